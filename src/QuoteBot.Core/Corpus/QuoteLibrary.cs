using System.Collections.Frozen;

namespace QuoteBot.Core.Corpus;

/// <summary>The loaded corpus with the look-ups the commands need, built once at start.</summary>
public sealed class QuoteLibrary
{
    public QuoteLibrary(QuoteCorpus corpus)
    {
        Corpus = corpus;
        Quotes = corpus.Quotes;
        ById = corpus.Quotes.ToFrozenDictionary(q => q.Id, StringComparer.OrdinalIgnoreCase);
        Turns = corpus.Turns.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
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
    }

    // By reference, not by the record's value equality: hashing a record would hash every field of the quote on each look-up.
    private readonly Dictionary<Quote, int> _positions;

    public QuoteCorpus Corpus { get; }
    public IReadOnlyList<Quote> Quotes { get; }
    public FrozenDictionary<string, Quote> ById { get; }
    public FrozenDictionary<string, Turn> Turns { get; }
    public IReadOnlyList<Topic> Topics { get; }
    public FrozenDictionary<string, Topic> TopicsById { get; }
    public FrozenDictionary<string, IReadOnlyList<Quote>> ByTopic { get; }
    public IReadOnlyList<Quote> DailyCycle { get; }
    public int FeaturedCount => DailyCycle.Count(q => q.Featured);

    /// <summary>Where this very quote object stands in <see cref="Quotes"/>, or -1 for a quote that is not this library's.</summary>
    internal int PositionOf(Quote quote) => _positions.TryGetValue(quote, out var position) ? position : -1;

    /// <summary>Finds a quote by "q07", "Q7", "7" or "#7".</summary>
    public Quote? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var key = Text.TextNormalizer.Fold(id).TrimStart('#');
        if (ById.TryGetValue(key, out var quote))
        {
            return quote;
        }

        var digits = key.StartsWith('q') ? key[1..] : key;
        if (digits.Length is > 0 and <= 6 && digits.All(char.IsAsciiDigit) && int.TryParse(digits, out var number))
        {
            return FindNumber(number);
        }

        return null;
    }

    // A loop, not a lambda: a lambda capturing the number made every Find allocate its closure, even Find("q14").
    private Quote? FindNumber(int number)
    {
        foreach (var quote in Quotes)
        {
            if (quote.Id.Length > 1 && int.TryParse(quote.Id.AsSpan(1), out var n) && n == number)
            {
                return quote;
            }
        }

        return null;
    }
}
