using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;

namespace QuoteBot.Core.Commands.Handlers;

/// <summary>/help and /start: what the bot does and from which talks; the dispatcher, which knows every command, adds their list.</summary>
public sealed class HelpCommand(QuoteLibrary library) : ICommandHandler
{
    /// <summary>Up to this many talks are named in the title; more are counted and left to /sources.</summary>
    private const int NamedTalks = 3;

    private readonly LanguageCache<string> _talks = new(strings => Talks(library, strings));

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
            Title = strings.HelpTitle(_talks.Get(strings)),
            Text = request.Command == "start" ? strings.Welcome(_talks.Get(strings)) : null,
        };
    }

    /// <summary>"Sam Altman at Harvard Business School", several joined, or "5 talks (see /sources)".</summary>
    private static string Talks(QuoteLibrary library, UiStrings strings) =>
        library.Sources.Count > NamedTalks
            ? strings.ManyTalks(library.Sources.Count)
            : string.Join(strings.ListSeparator, library.Sources.Select(s => strings.TalkByAt(string.Join(strings.ListSeparator, s.Speakers), s.Event.For(strings.Language))));
}
