using System.Collections.Frozen;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Commands;

/// <summary>
/// The talks the quotes come from, as <c>/sources</c> lists them and as a command narrowed to a talk the bot does not
/// know is answered; the option that narrows <c>/quote</c> and <c>/topic</c>; the name a button uses for a talk.
/// </summary>
public sealed class SourceList
{
    /// <summary>Discord offers at most this many fixed choices; more talks are suggested as the user types.</summary>
    private const int MaxChoices = 25;

    private const int MaxLabel = 100;

    private readonly QuoteLibrary _library;
    private readonly LanguageCache<Reply> _lists;
    private readonly FrozenDictionary<string, string> _shortNames;

    public SourceList(QuoteLibrary library)
    {
        _library = library;
        _lists = new(Build);
        _shortNames = library.Sources.ToFrozenDictionary(s => s.Id, ShortestName, StringComparer.OrdinalIgnoreCase);
        Option = new()
        {
            Name = "source",
            Title = new("source", "来源"),
            Placeholder = new("talk", "来源"),
            Description = new("Only quotes from this talk (/sources lists them)", "只看这场演讲的金句（/sources 列出所有演讲）"),
            Choices = library.Sources.Count <= MaxChoices
                ? [.. library.Sources.Select(s => new ArgumentChoice(s.Id, new(Label(s, UiStrings.English), Label(s, UiStrings.Chinese))))]
                : [],
            Suggestions = library.Sources.Count <= MaxChoices ? ArgumentSuggestions.None : ArgumentSuggestions.Sources,
        };
    }

    /// <summary>The optional second argument of the commands that can be narrowed to one talk.</summary>
    public CommandArgument Option { get; }

    /// <summary>Every talk: who, where, when, how many quotes and their ids, and the command that narrows to it.</summary>
    public Reply List(UiStrings strings) => _lists.Get(strings);

    /// <summary>The list, for a talk name that names none (<c>/topic energy @mit</c>).</summary>
    public Reply Unknown(string typed, UiStrings strings) => List(strings) with
    {
        Kind = ReplyKind.Notice,
        Ephemeral = true,
        Text = strings.UnknownSource(TextNormalizer.Sanitize(typed, ReplyLimits.Echo)),
    };

    /// <summary>"Sam Altman · Harvard Business School · 2024-05-01": the talk's speakers, event and date.</summary>
    public static string Label(SourceInfo source, UiStrings strings) =>
        TextNormalizer.Truncate($"{string.Join(strings.ListSeparator, source.Speakers)} · {source.Event.For(strings.Language)} · {source.EventDate}", MaxLabel);

    /// <summary>The shortest name users may type for the talk ("hbs"), kept short for button data.</summary>
    public string ShortName(string sourceId) => _shortNames.TryGetValue(sourceId, out var name) ? name : sourceId;

    /// <summary>"q01–q14": the first and last id of the quotes, in corpus order.</summary>
    public static string IdRange(IReadOnlyList<Quote> quotes) =>
        quotes.Count switch
        {
            0 => string.Empty,
            1 => quotes[0].Id,
            _ => $"{quotes[0].Id}–{quotes[^1].Id}",
        };

    /// <summary>Talks whose id or an alias starts with or contains what was typed, for a platform's suggestions.</summary>
    public IEnumerable<SourceInfo> Suggest(string? typed)
    {
        var folded = TextNormalizer.Fold(typed);
        return _library.Sources.Where(s => folded.Length == 0
            || s.Aliases.Prepend(s.Id).Any(n => TextNormalizer.Fold(n).Contains(folded, StringComparison.Ordinal))
            || TextNormalizer.Fold(Label(s, UiStrings.English)).Contains(folded, StringComparison.Ordinal)
            || Label(s, UiStrings.Chinese).Contains(folded, StringComparison.Ordinal));
    }

    private Reply Build(UiStrings strings)
    {
        var example = _library.Sources.Count > 0 ? ShortName(_library.Sources[0].Id) : "…";
        return new()
        {
            Kind = ReplyKind.List,
            Title = strings.SourcesTitle,
            Items = [.. _library.Sources.Take(ReplyLimits.MaxItems).Select(s =>
            {
                var quotes = _library.QuotesBySource[s.Id];
                return new ReplyItem(Label(s, strings), $"{strings.QuoteCount(quotes.Count)} · {IdRange(quotes)}", $"/quote {ShortName(s.Id)}");
            })],
            Footer = strings.SourcesHint(example),
        };
    }

    // Only names made of a–z, 0–9 and '-' go into button data: they are typeable and one byte each.
    private static string ShortestName(SourceInfo source) =>
        source.Aliases
            .Where(a => a.Length > 0 && a.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            .Append(source.Id)
            .MinBy(a => a.Length)!;
}
