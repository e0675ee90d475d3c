using QuoteBot.Core.Corpus;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Search;

/// <summary>A quote that matched a search, and how well.</summary>
public sealed record QuoteHit(Quote Quote, double Score);

/// <summary>A paragraph of the talk that matched a search, where no quote's context holds it.</summary>
public sealed record PassageHit(Turn Turn, string Paragraph, double Score);

/// <summary>What a search found: quotes first, then other passages of the talk.</summary>
public sealed record SearchResult(IReadOnlyList<QuoteHit> Quotes, IReadOnlyList<PassageHit> Passages)
{
    public bool IsEmpty => Quotes.Count == 0 && Passages.Count == 0;
}

/// <summary>
/// An inverted index over the quotes (text, topics, question, paragraph) and over every paragraph of the talk,
/// ranked with BM25-style term weights and a bonus for matching every term of the query.
/// </summary>
public sealed class SearchIndex
{
    private const int MaxQueryTerms = 32;
    private const double QuoteTextWeight = 3.0;
    private const double TopicWeight = 2.0;
    private const double ParagraphWeight = 1.5;
    private const double QuestionWeight = 1.0;

    private readonly Document[] _documents;
    private readonly Dictionary<string, List<Posting>> _postings = new(StringComparer.Ordinal);

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

        var quoted = library.Quotes.Select(q => q.Context?.Paragraph).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var turn in library.Corpus.Turns)
        {
            foreach (var paragraph in turn.Text.Split("\n\n"))
            {
                if (!quoted.Contains(paragraph))
                {
                    documents.Add(new Document(null, turn, paragraph, [(paragraph, 1.0)]));
                }
            }
        }

        _documents = [.. documents];
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
                if (!_postings.TryGetValue(term, out var list))
                {
                    _postings[term] = list = [];
                }

                list.Add(new Posting(d, weight));
            }
        }
    }

    public SearchResult Search(string? query, int maxQuotes = 5, int maxPassages = 3)
    {
        var terms = SearchTokenizer.Tokenize(query).Distinct(StringComparer.Ordinal).Take(MaxQueryTerms).ToList();
        if (terms.Count == 0)
        {
            return new SearchResult([], []);
        }

        var scores = new Dictionary<int, (double Score, int Matched)>();
        foreach (var term in terms)
        {
            if (!_postings.TryGetValue(term, out var postings))
            {
                continue;
            }

            var idf = Math.Log(1 + ((_documents.Length - postings.Count + 0.5) / (postings.Count + 0.5)));
            foreach (var posting in postings)
            {
                var (score, matched) = scores.GetValueOrDefault(posting.Document);
                scores[posting.Document] = (score + (idf * posting.Weight), matched + 1);
            }
        }

        // Short queries must match every term (核聚变 is 核聚 and 聚变, not either); long ones most of them.
        var needed = terms.Count <= 3 ? terms.Count : (int)Math.Ceiling(terms.Count * 0.6);
        var ranked = scores
            .Where(s => s.Value.Matched >= needed)
            .Select(s => (Document: _documents[s.Key], Score: s.Value.Score * Coverage(s.Value.Matched, terms.Count)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Document.Quote?.Id ?? s.Document.Turn?.Id, StringComparer.Ordinal)
            .ToList();

        return new SearchResult(
            [.. ranked.Where(r => r.Document.Quote is not null).Take(maxQuotes).Select(r => new QuoteHit(r.Document.Quote!, r.Score))],
            [.. ranked.Where(r => r.Document.Turn is not null).Take(maxPassages).Select(r => new PassageHit(r.Document.Turn!, r.Document.Paragraph!, r.Score))]);
    }

    private static double Coverage(int matched, int total) => Math.Pow((double)matched / total, 2);

    private sealed record Document(Quote? Quote, Turn? Turn, string? Paragraph, (string Text, double Weight)[] Fields);

    private readonly record struct Posting(int Document, double Weight);
}
