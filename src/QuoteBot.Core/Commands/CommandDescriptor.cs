using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;

namespace QuoteBot.Core.Commands;

/// <summary>
/// How a command presents itself: every list a platform shows (Discord's slash commands, Telegram's command menu,
/// <c>/help</c>, the console's help) is made from these, so a new handler appears everywhere by itself.
/// </summary>
public sealed record CommandDescriptor
{
    /// <summary>The canonical name: lower-case a–z, 0–9 and _, at most 32 characters (what Telegram and Discord accept).</summary>
    public required string Name { get; init; }

    /// <summary>Further names it answers to when typed (<c>金句</c>, <c>random</c>); lower case, without the slash.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The name as shown to a reader of each language (Discord's localized command name).</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>One short line, at most 100 characters: what a command picker shows beside the name.</summary>
    public required LocalizedText Summary { get; init; }

    /// <summary>The line of <c>/help</c> and of Telegram's command menu.</summary>
    public required LocalizedText Help { get; init; }

    /// <summary>The one optional argument, or null for a command that takes none.</summary>
    public CommandArgument? Argument { get; init; }

    /// <summary>
    /// An optional second argument naming the talk (source) to narrow the command to, or null. Discord registers it
    /// as a second option with the corpus' sources as choices and passes it as <see cref="CommandRequest.Source"/>;
    /// on text platforms it is typed after the argument (<c>/topic energy @harvard</c>), and the core reads it from
    /// there in one place (<see cref="SourceArgument"/>).
    /// </summary>
    public CommandArgument? Source { get; init; }

    /// <summary>
    /// Whether the answer to a button press goes only to the one who pressed (where the platform can do that):
    /// what one person wants to read more of is not news for the whole channel.
    /// </summary>
    public bool PrivateWhenPressed { get; init; }

    /// <summary>The canonical name first, then the aliases.</summary>
    public IReadOnlyList<string> Names => [Name, .. Aliases];

    /// <summary>"/topic &lt;name&gt; [@talk]" in English, "/topic &lt;话题&gt; [@来源]" in Chinese.</summary>
    public string Usage(UiLanguage language)
    {
        var usage = Argument is null ? "/" + Name : $"/{Name} <{Argument.Placeholder.For(language)}>";
        return Source is null ? usage : $"{usage} [@{Source.Placeholder.For(language)}]";
    }
}

/// <summary>A command's one argument: its name where a platform names it, what it means, and where suggestions come from.</summary>
public sealed record CommandArgument
{
    /// <summary>The option name on Discord: lower-case a–z, 0–9 and _.</summary>
    public required string Name { get; init; }

    /// <summary>The option name as shown in each language.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>What the usage line shows between angle brackets: <c>/topic &lt;name&gt;</c>.</summary>
    public required LocalizedText Placeholder { get; init; }

    /// <summary>One line, at most 100 characters.</summary>
    public required LocalizedText Description { get; init; }

    public bool Required { get; init; }

    /// <summary>What a platform suggests while the user types it.</summary>
    public ArgumentSuggestions Suggestions { get; init; }

    /// <summary>The only values it takes, where a platform offers a fixed list (Discord's choices, at most 25); empty for free text.</summary>
    public IReadOnlyList<ArgumentChoice> Choices { get; init; } = [];
}

/// <summary>One value of an argument with fixed choices: what is sent back, and what each language shows.</summary>
public sealed record ArgumentChoice(string Value, LocalizedText Title);

/// <summary>The values a platform may suggest for an argument as it is typed.</summary>
public enum ArgumentSuggestions
{
    None,
    Topics,
    Quotes,

    /// <summary>The talks, where there are too many for fixed choices.</summary>
    Sources,
}
