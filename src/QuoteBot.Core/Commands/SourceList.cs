using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Commands;

/// <summary>
/// The talks the quotes come from, as <c>/sources</c> lists them and as a command narrowed to a talk the bot does not
/// know is answered.
/// </summary>
public sealed class SourceList
{
    private const int MaxLabel = 100;

    private readonly QuoteLibrary _library;
    private readonly SourceNames _names;
    private readonly LanguageCache<Reply> _lists;

    public SourceList(QuoteLibrary library, SourceNames names)
    {
        (_library, _names) = (library, names);
        _lists = new(Build);
    }

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
        var example = _library.Sources.Count > 0 ? _names.Of(_library.Sources[0].Id) : "…";
        return new()
        {
            Kind = ReplyKind.List,
            Title = strings.SourcesTitle,
            Items = [.. _library.Sources.Take(ReplyLimits.MaxItems).Select(s =>
            {
                var quotes = _library.QuotesBySource[s.Id];
                return new ReplyItem(Label(s, strings), $"{strings.QuoteCount(quotes.Count)} · {IdRange(quotes)}", $"/quote {_names.Of(s.Id)}");
            })],
            Footer = strings.SourcesHint(example),
        };
    }
}
