using QuoteBot.Core.Corpus;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Topics;

/// <summary>The outcome of resolving what a user typed as a topic.</summary>
public sealed record TopicMatch(Topic? Topic, IReadOnlyList<Topic> Suggestions);

/// <summary>A topic ranked for a typed prefix, with how many quotes it has: what autocomplete shows.</summary>
public sealed record TopicSuggestion(Topic Topic, int QuoteCount, int Score);

/// <summary>
/// Matches what a user typed to a topic: id, English or Chinese name, or alias, in any case or width;
/// then a unique prefix; else "did you mean" suggestions by edit distance.
/// </summary>
public sealed class TopicResolver
{
    private readonly QuoteLibrary _library;
    private readonly (string Name, Topic Topic)[] _names;

    public TopicResolver(QuoteLibrary library)
    {
        _library = library;
        _names = [.. library.Topics.SelectMany(t => NamesOf(t).Select(n => (TextNormalizer.Fold(n), t))).Where(p => p.Item1.Length > 0).Distinct()];
    }

    public TopicMatch Resolve(string? input)
    {
        var typed = TextNormalizer.Fold(input);
        if (typed.Length == 0)
        {
            return new TopicMatch(null, []);
        }

        var exact = _names.Where(n => n.Name == typed).Select(n => n.Topic).Distinct().ToList();
        if (exact.Count == 1)
        {
            return new TopicMatch(exact[0], []);
        }

        var prefixed = _names.Where(n => n.Name.StartsWith(typed, StringComparison.Ordinal)).Select(n => n.Topic).Distinct().ToList();
        if (prefixed.Count == 1 && exact.Count == 0)
        {
            return new TopicMatch(prefixed[0], []);
        }

        return new TopicMatch(null, Suggest(typed, 5).Select(s => s.Topic).ToList());
    }

    /// <summary>Up to <paramref name="limit"/> topics ranked for what has been typed so far; all topics by size when nothing is.</summary>
    public IReadOnlyList<TopicSuggestion> Suggest(string? input, int limit)
    {
        var typed = TextNormalizer.Fold(input);
        var ranked = new List<TopicSuggestion>();
        foreach (var topic in _library.Topics)
        {
            var score = typed.Length == 0 ? 1 : Score(typed, topic);
            if (score > 0)
            {
                ranked.Add(new TopicSuggestion(topic, _library.ByTopic[topic.Id].Count, score));
            }
        }

        return [.. ranked.OrderByDescending(s => s.Score).ThenByDescending(s => s.QuoteCount).ThenBy(s => s.Topic.Id, StringComparer.Ordinal).Take(limit)];
    }

    /// <summary>Higher is better: exact name, then prefix, then contains, then a near miss by edit distance; 0 is no match.</summary>
    private int Score(string typed, Topic topic)
    {
        var best = 0;
        foreach (var (name, owner) in _names)
        {
            if (!ReferenceEquals(owner, topic))
            {
                continue;
            }

            int score;
            if (name == typed)
            {
                score = 1000;
            }
            else if (name.StartsWith(typed, StringComparison.Ordinal))
            {
                score = 800 - name.Length;
            }
            else if (name.Contains(typed, StringComparison.Ordinal))
            {
                score = 600 - name.Length;
            }
            else
            {
                var allowed = typed.Length <= 3 ? 1 : Math.Max(2, typed.Length / 3);
                var comparable = name.Length > typed.Length + allowed ? name[..(typed.Length + allowed)] : name;
                var distance = Math.Min(EditDistance.Compute(typed, name, allowed), typed.Length >= 4 ? EditDistance.Compute(typed, comparable, allowed) + 1 : allowed + 1);
                score = distance <= allowed ? 400 - (distance * 50) : 0;
            }

            best = Math.Max(best, score);
        }

        return best;
    }

    private static IEnumerable<string> NamesOf(Topic topic) => [topic.Id, topic.En, topic.Zh, .. topic.Aliases];
}
