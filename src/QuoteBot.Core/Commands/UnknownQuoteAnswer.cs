using System.Diagnostics.CodeAnalysis;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Search;
using QuoteBot.Core.Text;
using QuoteBot.Core.Topics;

namespace QuoteBot.Core.Commands;

/// <summary>
/// The answer to an argument that names no quote (<c>/quote q99</c>, <c>/context zz</c>, <c>/quote energy</c>), for
/// the one who asked: which ids there are, the ids close to what was typed, and for words rather than an id the topic
/// or the search they were most likely meant for, with a button to it.
/// </summary>
public sealed class UnknownQuoteAnswer(QuoteCards cards, TopicResolver topics, SearchIndex search)
{
    private const int MaxNear = 3;

    private readonly LanguageCache<string> _ranges = new(strings => IdRanges(cards.Library, strings));

    /// <summary>The answer; narrowed to <paramref name="within"/>, it gives that talk's ids only (<c>/quote r01 @northfield</c>).</summary>
    public Reply For(string command, string typed, UiStrings strings, SourceInfo? within = null)
    {
        var echo = TextNormalizer.Sanitize(typed, ReplyLimits.Echo);
        var ranges = within is null ? _ranges.Get(strings) : SourceRange(within, cards.Library, strings);
        var text = strings.UnknownQuote(echo, ranges);
        var folded = TextNormalizer.Fold(typed).TrimStart('#');
        List<ReplyAction> actions = [];
        var near = NearIds(folded);
        if (near.Count > 0)
        {
            text += $" {strings.DidYouMean}: {string.Join(", ", near.Select(id => $"/{command} {id}"))}?";
            actions.AddRange(near.Select(id => new ReplyAction(command, id, id)));
        }
        else if (topics.Resolve(typed).Topic is { } topic)
        {
            text += " " + strings.QuoteOnTopicInstead($"/topic {topic.Id}");
            actions.Add(new ReplyAction("topic", $"🏷 {topic.NameFor(strings.Language)}", topic.Id));
        }
        else if (echo.Length > 0 && !search.Search(typed, maxQuotes: 1, maxPassages: 1).IsEmpty)
        {
            text += " " + strings.SearchInstead($"/search {echo}");
            actions.Add(new ReplyAction("search", strings.SearchButton, echo));
        }

        return new Reply { Kind = ReplyKind.Notice, Text = text, Actions = actions, Ephemeral = true };
    }

    /// <summary>The ids one typo away from what was typed ("qq7", "q0y7" → q07), closest first.</summary>
    private List<string> NearIds(string folded) =>
    [
        .. cards.Library.Quotes
            .Select(q => (q.Id, Distance: EditDistance.Compute(folded, q.Id.ToLowerInvariant(), 1)))
            .Where(n => n.Distance <= 1)
            .OrderBy(n => n.Distance)
            .Take(MaxNear)
            .Select(n => n.Id),
    ];

    /// <summary>
    /// The one quote <paramref name="typed"/> names across all talks, or (false) the answer for a name that is no quote
    /// or a number several talks have: what <c>/context</c> and <c>/card</c> share.
    /// </summary>
    public bool TryFind(string command, string typed, UiStrings strings, [NotNullWhen(true)] out Quote? quote, [NotNullWhen(false)] out Reply? answer)
    {
        var candidates = cards.Library.Candidates(typed, within: null);
        (quote, answer) = candidates switch
        {
            [var only] => (only, null),
            { Count: > 1 } => (null, Choices(command, typed, candidates, strings)),
            _ => ((Quote?)null, For(command, typed, strings)),
        };
        return quote is not null;
    }

    /// <summary>
    /// The answer to a bare number several talks have (<c>/quote 7</c>): each talk's quote with that number, as a
    /// command and a button, so adding a talk never changes silently which quote a number shows.
    /// </summary>
    public Reply Choices(string command, string typed, IReadOnlyList<Quote> quotes, UiStrings strings)
    {
        var echo = TextNormalizer.Sanitize(typed, ReplyLimits.Echo);
        var choices = string.Join(strings.ListSeparator, quotes.Select(q =>
            $"/{command} {q.Id}{strings.Parenthetical(cards.Library.SourceOf(q).Event.For(strings.Language))}"));
        return new Reply
        {
            Kind = ReplyKind.Notice,
            Text = strings.InSeveralTalks(echo, choices),
            Actions = [.. quotes.Select(q => new ReplyAction(command, q.Id, q.Id))],
            Ephemeral = true,
        };
    }

    /// <summary>"q01–q14", or with several talks "q01–q14 (Harvard Business School), h01–h09 (…)".</summary>
    private static string IdRanges(QuoteLibrary library, UiStrings strings) =>
        library.Sources.Count == 1
            ? SourceList.IdRange(library.Quotes)
            : string.Join(strings.ListSeparator, library.Sources.Select(s => SourceRange(s, library, strings)));

    private static string SourceRange(SourceInfo source, QuoteLibrary library, UiStrings strings) =>
        SourceList.IdRange(library.QuotesBySource[source.Id]) + strings.Parenthetical(source.Event.For(strings.Language));
}
