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
    private const int MaxSuggestions = 5;
    private const int MaxStackTopics = 256;
    private static readonly TopicMatch NoMatch = new(null, []);

    private readonly QuoteLibrary _library;
    private readonly (string Name, Topic Topic)[] _names;

    // Folded once at start, so a command folds only what was typed: each topic's names, quote count and found-it match,
    // and every name with the topics it names exactly.
    private readonly string[][] _namesByTopic;
    private readonly int[] _quoteCounts;
    private readonly Dictionary<Topic, TopicMatch> _found = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Topic[]> _exact = new(StringComparer.Ordinal);

    public TopicResolver(QuoteLibrary library)
    {
        _library = library;
        _names = [.. library.Topics.SelectMany(t => NamesOf(t).Select(n => (TextNormalizer.Fold(n), t))).Where(p => p.Item1.Length > 0).Distinct()];
        _namesByTopic = [.. library.Topics.Select(t => _names.Where(n => ReferenceEquals(n.Topic, t)).Select(n => n.Name).ToArray())];
        _quoteCounts = [.. library.Topics.Select(t => library.ByTopic[t.Id].Count)];
        foreach (var (name, topic) in _names)
        {
            _found.TryAdd(topic, new TopicMatch(topic, []));
            _exact.TryAdd(name, [.. _names.Where(n => n.Name == name).Select(n => n.Topic).Distinct()]);
        }
    }

    public TopicMatch Resolve(string? input)
    {
        var typed = TextNormalizer.Fold(input);
        if (typed.Length == 0)
        {
            return NoMatch;
        }

        var exact = _exact.TryGetValue(typed, out var named) ? named : [];
        if (exact.Length == 1)
        {
            return _found[exact[0]];
        }

        if (exact.Length == 0 && UniquePrefixOwner(typed) is { } prefixed)
        {
            return _found[prefixed];
        }

        // Suggestions rank the typed text folded once more, as Suggest(typed) does: Fold is not quite idempotent
        // (NFKC can lengthen text past MaxInputLength), so skipping it could change a suggestion.
        return new TopicMatch(null, Best(TextNormalizer.Fold(typed), MaxSuggestions));
    }

    /// <summary>Up to <paramref name="limit"/> topics ranked for what has been typed so far; all topics by size when nothing is.</summary>
    public IReadOnlyList<TopicSuggestion> Suggest(string? input, int limit)
    {
        var typed = TextNormalizer.Fold(input);
        var scores = _library.Topics.Count <= MaxStackTopics ? stackalloc int[_library.Topics.Count] : new int[_library.Topics.Count];
        var order = Rank(typed, scores, limit);
        var ranked = new TopicSuggestion[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var t = order[i];
            ranked[i] = new TopicSuggestion(_library.Topics[t], _quoteCounts[t], scores[t]);
        }

        return ranked;
    }

    /// <summary>The one topic some of whose names start with <paramref name="typed"/>, or null when none or several do.</summary>
    private Topic? UniquePrefixOwner(string typed)
    {
        Topic? owner = null;
        foreach (var (name, topic) in _names)
        {
            if (!name.StartsWith(typed, StringComparison.Ordinal))
            {
                continue;
            }

            if (owner is null)
            {
                owner = topic;
            }
            else if (!owner.Equals(topic))
            {
                return null; // Topics are told apart as Distinct() tells them: by value.
            }
        }

        return owner;
    }

    private Topic[] Best(string typed, int limit)
    {
        var scores = _library.Topics.Count <= MaxStackTopics ? stackalloc int[_library.Topics.Count] : new int[_library.Topics.Count];
        var order = Rank(typed, scores, limit);
        var best = new Topic[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            best[i] = _library.Topics[order[i]];
        }

        return best;
    }

    /// <summary>
    /// Scores every topic into <paramref name="scores"/> and returns the positions of the best <paramref name="limit"/>:
    /// by score, then quote count, then id, ties kept in corpus order.
    /// </summary>
    private int[] Rank(string typed, Span<int> scores, int limit)
    {
        var capacity = Math.Clamp(limit, 0, scores.Length);
        var order = capacity <= MaxStackTopics ? stackalloc int[capacity] : new int[capacity];
        var count = 0;
        for (var t = 0; t < scores.Length; t++)
        {
            scores[t] = typed.Length == 0 ? 1 : Score(typed, _namesByTopic[t]);
            if (scores[t] <= 0 || capacity == 0 || (count == capacity && !Before(t, order[count - 1], scores)))
            {
                continue;
            }

            // Insert after every equal one; when full, the last one falls off.
            var at = count < capacity ? count++ : capacity - 1;
            while (at > 0 && Before(t, order[at - 1], scores))
            {
                order[at] = order[at - 1];
                at--;
            }

            order[at] = t;
        }

        return order[..count].ToArray();
    }

    private bool Before(int a, int b, ReadOnlySpan<int> scores)
    {
        if (scores[a] != scores[b])
        {
            return scores[a] > scores[b];
        }

        if (_quoteCounts[a] != _quoteCounts[b])
        {
            return _quoteCounts[a] > _quoteCounts[b];
        }

        return string.CompareOrdinal(_library.Topics[a].Id, _library.Topics[b].Id) < 0;
    }

    /// <summary>Higher is better: exact name, then prefix, then contains, then a near miss by edit distance; 0 is no match.</summary>
    private static int Score(string typed, string[] names)
    {
        var best = 0;
        foreach (var name in names)
        {
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
                var distance = NearMiss(typed, name, allowed);
                score = distance <= allowed ? 400 - (distance * 50) : 0;
            }

            best = Math.Max(best, score);
        }

        return best;
    }

    /// <summary>
    /// The edit distance to the whole name, or to its beginning (plus one) for a name too long to be a typo of what was typed
    /// ("scalng" for "scaling laws"); more than <paramref name="allowed"/> means no near miss. One distance is computed: a name
    /// short enough is its own beginning, and a longer one is out of reach as a whole by its length alone.
    /// </summary>
    private static int NearMiss(string typed, string name, int allowed)
    {
        if (name.Length <= typed.Length + allowed)
        {
            return EditDistance.Compute(typed, name, allowed);
        }

        return typed.Length >= 4 ? Math.Min(allowed + 1, EditDistance.Compute(typed, name.AsSpan(0, typed.Length + allowed), allowed) + 1) : allowed + 1;
    }

    private static IEnumerable<string> NamesOf(Topic topic) => [topic.Id, topic.En, topic.Zh, .. topic.Aliases];
}
