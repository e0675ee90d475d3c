using QuoteBot.Core.Replies;

namespace QuoteBot.Core.Commands;

/// <summary>
/// One command: how it presents itself and how it answers. Register one more as an <see cref="ICommandHandler"/>
/// singleton and every platform lists it and answers it. Handlers are stateless apart from what they are given.
/// </summary>
public interface ICommandHandler
{
    CommandDescriptor Descriptor { get; }

    Reply Handle(CommandRequest request);
}
