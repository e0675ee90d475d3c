using QuoteBot.Core.Corpus;

namespace QuoteBot.Core.Selection;

/// <summary>
/// The quote of the day, from the date alone: no state, the same on every platform and instance.
/// Days run through cycles as long as the corpus; each cycle shows the featured highlights first, then the rest,
/// each part in an order shuffled by the cycle's number, so no quote repeats within a cycle.
/// </summary>
public sealed class DailyQuote(QuoteLibrary library)
{
    private const int MaxStackCount = 1024;

    private readonly Quote[] _featured = [.. library.DailyCycle.Where(q => q.Featured)];
    private readonly Quote[] _rest = [.. library.DailyCycle.Where(q => !q.Featured)];

    /// <summary>Day 0 of the first cycle.</summary>
    public static readonly DateOnly Epoch = new(2024, 1, 1);

    public Quote For(DateOnly date)
    {
        var (featured, rest) = (_featured, _rest);
        var length = featured.Length + rest.Length;
        var day = (long)date.DayNumber - Epoch.DayNumber;
        var cycle = unchecked((ulong)(day >= 0 ? day / length : ((day + 1) / length) - 1));
        var position = (int)(((day % length) + length) % length);

        if (position < featured.Length)
        {
            return featured[Pick(featured.Length, cycle, position)];
        }

        return rest[Pick(rest.Length, cycle ^ 0x9E3779B97F4A7C15UL, position - featured.Length)];
    }

    public static DateOnly Today(TimeProvider time, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);

    /// <summary>The item at <paramref name="position"/> of the cycle's order; the order is shuffled on the stack, not kept.</summary>
    private static int Pick(int count, ulong seed, int position)
    {
        var order = count <= MaxStackCount ? stackalloc int[count] : new int[count];
        Permutation(order, seed);
        return order[position];
    }

    /// <summary>A Fisher–Yates shuffle of 0, 1, 2… driven by SplitMix64, so the order is fixed by the seed on every runtime.</summary>
    private static void Permutation(Span<int> order, ulong seed)
    {
        var count = order.Length;
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        var state = seed;
        for (var i = count - 1; i > 0; i--)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            var j = (int)(z % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
    }
}
