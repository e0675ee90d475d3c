namespace QuoteBot.Core.Selection;

/// <summary>
/// Deals items in a random order, each once, then reshuffles: no repeats until every item was shown,
/// and the first of a new round is never the last of the old one.
/// </summary>
public sealed class ShuffleBag
{
    private readonly Queue<string> _remaining = new();

    public string? Last { get; private set; }

    public string Next(IReadOnlyList<string> items, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfZero(items.Count);
        while (_remaining.Count > 0)
        {
            var candidate = _remaining.Dequeue();
            if (items.Contains(candidate))
            {
                return Last = candidate;
            }
        }

        var order = items.ToArray();
        random.Shuffle(order);
        if (order.Length > 1 && order[0] == Last)
        {
            (order[0], order[^1]) = (order[^1], order[0]);
        }

        foreach (var item in order.Skip(1))
        {
            _remaining.Enqueue(item);
        }

        return Last = order[0];
    }
}
