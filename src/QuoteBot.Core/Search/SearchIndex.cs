using System.Buffers;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Search;

/// <summary>A quote that matched a search, and how well.</summary>
public sealed record QuoteHit(Quote Quote, double Score);

/// <summary>A paragraph of a talk that matched a search, where no quote's context holds it.</summary>
public sealed record PassageHit(Turn Turn, string Paragraph, double Score);

/// <summary>What a search found: quotes first, then other passages of the talks.</summary>
public sealed record SearchResult(IReadOnlyList<QuoteHit> Quotes, IReadOnlyList<PassageHit> Passages)
{
    public bool IsEmpty => Quotes.Count == 0 && Passages.Count == 0;
}

/// <summary>
/// An inverted index over the quotes (text, topics, question, paragraph) and over every paragraph of every talk,
/// ranked with BM25-style term weights and a bonus for matching every term of the query.
/// </summary>
public sealed class SearchIndex
{
    private const int MaxQueryTerms = 32;
    private const int MaxStackHits = 64;
    private const double QuoteTextWeight = 3.0;
    private const double TopicWeight = 2.0;
    private const double ParagraphWeight = 1.5;
    private const double QuestionWeight = 1.0;
    private static readonly SearchResult Nothing = new([], []);

    private readonly Document[] _documents;

    // Looked up by the query's terms as spans of the folded query, so a search makes no string per term.
    private readonly Dictionary<string, Posting[]>.AlternateLookup<ReadOnlySpan<char>> _postings;

    public SearchIndex(QuoteLibrary library)
    {
        var documents = new List<Document>();
        foreach (var quote in library.Quotes)
        {
            var topics = string.Join(' ', quote.Topics.Select(id => library.TopicsById.TryGetValue(id, out var t) ? $"{t.En} {t.Zh}" : id));
            documents.Add(new Document(quote, null, null, [
                (quote.DisplayText + " " + (quote.Highlight is null ? string.Empty : quote.Text), QuoteTextWeight),
                (topics, TopicWeight),
                (quote.Note ?? string.Empty, QuestionWeight),
                (quote.Context?.Question ?? string.Empty, QuestionWeight),
                (quote.Context?.Paragraph ?? string.Empty, ParagraphWeight),
            ]));
        }

        // A paragraph is a passage of its own unless a quote of the same source stands in it.
        var quoted = library.Quotes.Where(q => q.Context is not null).Select(q => (q.Source, q.Context!.Paragraph)).ToHashSet();
        foreach (var turn in library.Corpus.Turns)
        {
            foreach (var paragraph in turn.Text.Split("\n\n"))
            {
                if (!quoted.Contains((turn.Source, paragraph)))
                {
                    documents.Add(new Document(null, turn, paragraph, [(paragraph, 1.0)]));
                }
            }
        }

        _documents = [.. documents];
        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var d = 0; d < _documents.Length; d++)
        {
            var weights = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (text, weight) in _documents[d].Fields)
            {
                var counts = SearchTokenizer.Tokenize(text).CountBy(t => t);
                foreach (var (term, count) in counts)
                {
                    // Saturating term frequency: the fifth mention of a word adds little.
                    weights[term] = weights.GetValueOrDefault(term) + (weight * count / (count + 1.0));
                }
            }

            foreach (var (term, weight) in weights)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add(new Posting(d, weight));
            }
        }

        _postings = postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public SearchResult Search(string? query, int maxQuotes = 5, int maxPassages = 3)
    {
        var terms = new QueryTerms(stackalloc (int, int)[MaxQueryTerms]);
        SearchTokenizer.Tokenize(query, ref terms);
        if (terms.Count == 0)
        {
            return Nothing;
        }

        // Scores by document position in pooled arrays rather than a dictionary per query; only touched entries are read.
        var count = _documents.Length;
        var scores = ArrayPool<double>.Shared.Rent(count);
        var matched = ArrayPool<int>.Shared.Rent(count);
        var touched = ArrayPool<int>.Shared.Rent(count);
        try
        {
            Array.Clear(scores, 0, count);
            Array.Clear(matched, 0, count);
            var touchedCount = 0;
            for (var t = 0; t < terms.Count; t++)
            {
                if (!_postings.TryGetValue(terms[t], out var postings))
                {
                    continue;
                }

                var idf = Math.Log(1 + ((count - postings.Length + 0.5) / (postings.Length + 0.5)));
                foreach (var posting in postings)
                {
                    var d = posting.Document;
                    if (matched[d] == 0)
                    {
                        touched[touchedCount++] = d; // first-touch order breaks ties of score and id
                    }

                    scores[d] += idf * posting.Weight;
                    matched[d]++;
                }
            }

            return Rank(terms.Count, scores, matched, touched.AsSpan(0, touchedCount), maxQuotes, maxPassages);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
            ArrayPool<int>.Shared.Return(matched);
            ArrayPool<int>.Shared.Return(touched);
        }
    }

    /// <summary>
    /// The best quotes and passages, ordered by score, then id, then the order they were first matched in:
    /// the top few are picked by insertion instead of sorting every match.
    /// </summary>
    private SearchResult Rank(int termCount, double[] scores, int[] matched, ReadOnlySpan<int> touched, int maxQuotes, int maxPassages)
    {
        // Short queries must match every term (核聚变 is 核聚 and 聚变, not either); long ones most of them.
        var needed = termCount <= 3 ? termCount : (int)Math.Ceiling(termCount * 0.6);
        var quoteCapacity = Math.Clamp(maxQuotes, 0, touched.Length);
        var passageCapacity = Math.Clamp(maxPassages, 0, touched.Length);
        var quotes = quoteCapacity <= MaxStackHits ? stackalloc Hit[quoteCapacity] : new Hit[quoteCapacity];
        var passages = passageCapacity <= MaxStackHits ? stackalloc Hit[passageCapacity] : new Hit[passageCapacity];
        var (quoteCount, passageCount) = (0, 0);
        foreach (var d in touched)
        {
            if (matched[d] < needed)
            {
                continue;
            }

            var hit = new Hit(d, scores[d] * Coverage(matched[d], termCount));
            if (_documents[d].Quote is not null)
            {
                quoteCount = Insert(quotes, quoteCount, hit);
            }
            else
            {
                passageCount = Insert(passages, passageCount, hit);
            }
        }

        var quoteHits = new QuoteHit[quoteCount];
        for (var i = 0; i < quoteCount; i++)
        {
            quoteHits[i] = new QuoteHit(_documents[quotes[i].Document].Quote!, quotes[i].Score);
        }

        var passageHits = new PassageHit[passageCount];
        for (var i = 0; i < passageCount; i++)
        {
            var document = _documents[passages[i].Document];
            passageHits[i] = new PassageHit(document.Turn!, document.Paragraph!, passages[i].Score);
        }

        return new SearchResult(quoteHits, passageHits);
    }

    /// <summary>Puts <paramref name="hit"/> into the best-first list of <paramref name="count"/> hits; when full, the last falls off.</summary>
    private int Insert(Span<Hit> best, int count, Hit hit)
    {
        if (best.Length == 0 || (count == best.Length && !IsBefore(hit, best[count - 1])))
        {
            return count;
        }

        var at = count < best.Length ? count++ : best.Length - 1;
        while (at > 0 && IsBefore(hit, best[at - 1]))
        {
            best[at] = best[at - 1];
            at--;
        }

        best[at] = hit;
        return count;
    }

    // Strictly before: a hit equal to one already listed goes after it, so the first matched stays first.
    private bool IsBefore(Hit hit, Hit other) =>
        hit.Score > other.Score
        || (hit.Score == other.Score && string.CompareOrdinal(_documents[hit.Document].Id, _documents[other.Document].Id) < 0);

    private static double Coverage(int matched, int total) => Math.Pow((double)matched / total, 2);

    private sealed record Document(Quote? Quote, Turn? Turn, string? Paragraph, (string Text, double Weight)[] Fields)
    {
        /// <summary>What equal scores are ordered by: the quote's id, or the turn's for a passage.</summary>
        public string? Id { get; } = Quote?.Id ?? Turn?.Id;
    }

    private readonly record struct Posting(int Document, double Weight);

    /// <summary>A matching document by position, and its final score.</summary>
    private readonly record struct Hit(int Document, double Score);

    /// <summary>The query's distinct terms, first 32, as positions in the folded query.</summary>
    private ref struct QueryTerms(Span<(int Start, int Length)> terms) : ITermSink
    {
        private readonly Span<(int Start, int Length)> _terms = terms;
        private string _text = string.Empty;

        public int Count { get; private set; }

        public readonly ReadOnlySpan<char> this[int index] => _text.AsSpan(_terms[index].Start, _terms[index].Length);

        public void Add(string text, int start, int length)
        {
            _text = text;
            if (Count == _terms.Length)
            {
                return;
            }

            var term = text.AsSpan(start, length);
            for (var i = 0; i < Count; i++)
            {
                if (this[i].SequenceEqual(term))
                {
                    return;
                }
            }

            _terms[Count++] = (start, length);
        }
    }
}
