using System.Collections.Frozen;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Corpus;

/// <summary>The loaded corpus with the look-ups the commands need, built once at start.</summary>
public sealed class QuoteLibrary
{
    public QuoteLibrary(QuoteCorpus corpus)
    {
        Corpus = corpus;
        Quotes = corpus.Quotes;
        Sources = corpus.Sources;
        SourcesById = corpus.Sources.ToFrozenDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        QuotesBySource = corpus.Sources.ToFrozenDictionary(
            s => s.Id,
            s => (IReadOnlyList<Quote>)[.. corpus.Quotes.Where(q => q.Source == s.Id)],
            StringComparer.OrdinalIgnoreCase);
        ById = corpus.Quotes.ToFrozenDictionary(q => q.Id, StringComparer.OrdinalIgnoreCase);
        Topics = corpus.Topics;
        TopicsById = corpus.Topics.ToFrozenDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);
        ByTopic = corpus.Topics.ToFrozenDictionary(
            t => t.Id,
            t => (IReadOnlyList<Quote>)[.. corpus.Quotes.Where(q => q.Topics.Contains(t.Id))],
            StringComparer.OrdinalIgnoreCase);
        // The daily cycle shows the editor's highlights first, then the other quotes, each in corpus order.
        DailyCycle = [.. corpus.Quotes.Where(q => q.Featured), .. corpus.Quotes.Where(q => !q.Featured)];
        _positions = new Dictionary<Quote, int>(corpus.Quotes.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < corpus.Quotes.Count; i++)
        {
            _positions.TryAdd(corpus.Quotes[i], i);
        }

        _turns = corpus.Turns
            .GroupBy(t => t.Source, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.DistinctBy(t => t.Id, StringComparer.Ordinal).ToFrozenDictionary(t => t.Id, StringComparer.Ordinal),
                StringComparer.OrdinalIgnoreCase);
        _sourceNames = SourceNames(corpus.Sources);
        (_byPrefixedNumber, _byBareNumber) = QuoteNumbers(corpus.Sources, QuotesBySource);
        _prefixedNumbers = _byPrefixedNumber.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // By reference, not by the record's value equality: hashing a record would hash every field of the quote on each look-up.
    private readonly Dictionary<Quote, int> _positions;
    private readonly FrozenDictionary<string, FrozenDictionary<string, Turn>> _turns;
    private readonly FrozenDictionary<string, SourceInfo> _sourceNames;

    // Quote numbers by source prefix ("q" → 7 → q07), and a bare number to every source that has it.
    private readonly FrozenDictionary<string, FrozenDictionary<int, Quote>> _byPrefixedNumber;
    private readonly FrozenDictionary<string, FrozenDictionary<int, Quote>>.AlternateLookup<ReadOnlySpan<char>> _prefixedNumbers;
    private readonly FrozenDictionary<int, Quote[]> _byBareNumber;

    public QuoteCorpus Corpus { get; }
    public IReadOnlyList<Quote> Quotes { get; }
    /// <summary>The talks, ordered by their date, then id.</summary>
    public IReadOnlyList<SourceInfo> Sources { get; }
    public FrozenDictionary<string, SourceInfo> SourcesById { get; }
    /// <summary>Each source's quotes, in corpus order.</summary>
    public FrozenDictionary<string, IReadOnlyList<Quote>> QuotesBySource { get; }
    public FrozenDictionary<string, Quote> ById { get; }
    public IReadOnlyList<Topic> Topics { get; }
    public FrozenDictionary<string, Topic> TopicsById { get; }
    public FrozenDictionary<string, IReadOnlyList<Quote>> ByTopic { get; }
    public IReadOnlyList<Quote> DailyCycle { get; }
    public int FeaturedCount => DailyCycle.Count(q => q.Featured);

    /// <summary>Where this very quote object stands in <see cref="Quotes"/>, or -1 for a quote that is not this library's.</summary>
    internal int PositionOf(Quote quote) => _positions.TryGetValue(quote, out var position) ? position : -1;

    /// <summary>The talk the quote comes from (a loaded corpus is validated: every quote's source exists).</summary>
    public SourceInfo SourceOf(Quote quote) => SourcesById[quote.Source];

    /// <summary>The turn the quote stands in.</summary>
    public Turn TurnOf(Quote quote) =>
        FindTurn(quote.Source, quote.Turn) ?? throw new KeyNotFoundException($"quote {quote.Id}: no turn '{quote.Turn}' in source '{quote.Source}'");

    /// <summary>A turn by its id within its source; turn ids repeat across sources.</summary>
    public Turn? FindTurn(string sourceId, string turnId) =>
        _turns.TryGetValue(sourceId, out var turns) && turns.TryGetValue(turnId, out var turn) ? turn : null;

    /// <summary>A source by its id or one of its aliases, whatever the case or width ("HBS", "ｈｂｓ", "哈佛").</summary>
    public SourceInfo? FindSource(string? text)
    {
        var key = TextNormalizer.Fold(text);
        return key.Length > 0 && _sourceNames.TryGetValue(key, out var source) ? source : null;
    }

    /// <summary>
    /// Finds a quote by "q07", "Q7", "h3" (a source's prefix and the number within it), "#7" or "7" (the number in the
    /// one source that has it, else in the first source that has it).
    /// </summary>
    public Quote? Find(string? id) => Candidates(id, within: null) is [var first, ..] ? first : null;

    /// <summary>
    /// The one quote <paramref name="id"/> names within <paramref name="within"/> (a bare number or "#7" is that talk's
    /// number; an id of another talk names nothing), or across all talks when it is null; null when it names none or,
    /// for a bare number, several (see <see cref="Candidates"/>).
    /// </summary>
    public Quote? Find(string? id, SourceInfo? within) => Candidates(id, within) is [var one] ? one : null;

    /// <summary>
    /// Every quote <paramref name="id"/> may mean, in source order: one for a prefixed id, one per talk that has a bare
    /// number, none when it names no quote (or, with <paramref name="within"/>, none of that talk's).
    /// </summary>
    public IReadOnlyList<Quote> Candidates(string? id, SourceInfo? within)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return [];
        }

        var key = TextNormalizer.Fold(id).TrimStart('#');
        if (ById.TryGetValue(key, out var quote))
        {
            return within is null || string.Equals(quote.Source, within.Id, StringComparison.OrdinalIgnoreCase) ? [quote] : [];
        }

        var letters = 0;
        while (letters < key.Length && char.IsAsciiLetterLower(key[letters]))
        {
            letters++;
        }

        var digits = key.AsSpan(letters);
        if (digits.Length is 0 or > 6 || !int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return [];
        }

        ReadOnlySpan<char> prefix = letters > 0 ? key.AsSpan(0, letters) : within is null ? [] : within.QuotePrefix.ToLowerInvariant();
        if (prefix.IsEmpty)
        {
            return _byBareNumber.TryGetValue(number, out var all) ? all : [];
        }

        if (within is not null && !prefix.Equals(within.QuotePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        return _prefixedNumbers.TryGetValue(prefix, out var numbers) && numbers.TryGetValue(number, out var found) ? [found] : [];
    }

    private static FrozenDictionary<string, SourceInfo> SourceNames(IReadOnlyList<SourceInfo> sources)
    {
        var names = new Dictionary<string, SourceInfo>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var name in source.Aliases.Prepend(source.Id))
            {
                names.TryAdd(TextNormalizer.Fold(name), source);
            }
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static (FrozenDictionary<string, FrozenDictionary<int, Quote>> Prefixed, FrozenDictionary<int, Quote[]> Bare) QuoteNumbers(
        IReadOnlyList<SourceInfo> sources, FrozenDictionary<string, IReadOnlyList<Quote>> quotesBySource)
    {
        var prefixed = new Dictionary<string, FrozenDictionary<int, Quote>>(StringComparer.Ordinal);
        var bare = new Dictionary<int, List<Quote>>();
        foreach (var source in sources)
        {
            var prefix = source.QuotePrefix.ToLowerInvariant();
            var numbers = new Dictionary<int, Quote>();
            foreach (var quote in quotesBySource[source.Id])
            {
                if (QuoteIds.TryGetNumber(quote.Id, prefix, StringComparison.OrdinalIgnoreCase, out var number))
                {
                    if (numbers.TryAdd(number, quote))
                    {
                        if (!bare.TryGetValue(number, out var talks))
                        {
                            bare[number] = talks = [];
                        }

                        talks.Add(quote); // sources come in order, so the talks that have a number are too
                    }
                }
            }

            prefixed.TryAdd(prefix, numbers.ToFrozenDictionary());
        }

        return (prefixed.ToFrozenDictionary(StringComparer.Ordinal), bare.ToFrozenDictionary(b => b.Key, b => b.Value.ToArray()));
    }
}
