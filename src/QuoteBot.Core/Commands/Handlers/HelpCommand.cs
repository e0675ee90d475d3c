using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;

namespace QuoteBot.Core.Commands.Handlers;

/// <summary>/help and /start: what the bot does and its commands.</summary>
public sealed class HelpCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["help", "start", "帮助"];

    public Reply Handle(CommandRequest request)
    {
        var strings = UiStrings.For(request.Language);
        return new Reply
        {
            Kind = ReplyKind.Help,
            Title = strings.HelpTitle,
            Text = request.Command == "start" ? strings.Welcome : null,
            Items = CommandList.For(strings),
        };
    }
}
