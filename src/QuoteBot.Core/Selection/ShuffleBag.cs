namespace QuoteBot.Core.Selection;

/// <summary>
/// Deals items in a random order, each once, then reshuffles: no repeats until every item was shown,
/// and the first of a new round is never the last of the old one.
/// </summary>
public sealed class ShuffleBag
{
    // The round being dealt, reused from round to round: a refill copies the items into it rather than into a new array.
    private string[] _round = [];
    private int _next;

    public string? Last { get; private set; }

    public string Next(IReadOnlyList<string> items, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfZero(items.Count);
        while (_next < _round.Length)
        {
            var candidate = _round[_next++];
            if (Contains(items, candidate))
            {
                return Last = candidate;
            }
        }

        if (_round.Length != items.Count)
        {
            _round = new string[items.Count];
        }

        for (var i = 0; i < _round.Length; i++)
        {
            _round[i] = items[i];
        }

        random.Shuffle(_round);
        if (_round.Length > 1 && _round[0] == Last)
        {
            (_round[0], _round[^1]) = (_round[^1], _round[0]);
        }

        _next = 1;
        return Last = _round[0];
    }

    /// <summary>
    /// Whether the items still hold an id dealt earlier (they may have changed since the round began). A scan, not a set:
    /// a scope holds a corpus' worth of ids at most, and the ids are usually the very same strings, compared by reference first.
    /// </summary>
    private static bool Contains(IReadOnlyList<string> items, string candidate)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i], candidate, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
