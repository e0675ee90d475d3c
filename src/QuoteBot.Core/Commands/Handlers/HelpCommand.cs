using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;

namespace QuoteBot.Core.Commands.Handlers;

/// <summary>/help and /start: what the bot does; the dispatcher, which knows every command, adds their list.</summary>
public sealed class HelpCommand : ICommandHandler
{
    public CommandDescriptor Descriptor { get; } = new()
    {
        Name = "help",
        Aliases = ["start", "帮助"],
        Title = new("help", "帮助"),
        Summary = new("What this bot does and its commands", "这个机器人能做什么"),
        Help = new("this list", "显示本帮助"),
    };

    public Reply Handle(CommandRequest request)
    {
        var strings = UiStrings.For(request.Language);
        return new Reply
        {
            Kind = ReplyKind.Help,
            Title = strings.HelpTitle,
            Text = request.Command == "start" ? strings.Welcome : null,
        };
    }
}
