using QuoteBot.Core.Replies;

namespace QuoteBot.Core.Commands;

/// <summary>One command: its names and how it answers. Handlers are stateless apart from what they are given.</summary>
public interface ICommandHandler
{
    /// <summary>The command's name and aliases, lower case, without the slash; the first is canonical.</summary>
    IReadOnlyList<string> Names { get; }

    Reply Handle(CommandRequest request);
}
