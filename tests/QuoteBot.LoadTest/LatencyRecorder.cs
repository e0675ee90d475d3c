using System.Diagnostics;

namespace QuoteBot.LoadTest;

/// <summary>Latency percentiles in milliseconds.</summary>
public sealed record LatencySummary(long Count, double P50, double P90, double P99, double P999, double Max);

/// <summary>
/// Records latencies (<see cref="Stopwatch"/> ticks) into a preallocated array from any thread without a lock, and
/// sorts once for the percentiles: exact figures, no allocation on the hot path.
/// </summary>
public sealed class LatencyRecorder(long capacity)
{
    private readonly long[] _values = new long[Math.Clamp(capacity, 1_024, 64_000_000)];
    private long _count;

    /// <summary>Latencies recorded beyond the capacity (counted, not kept).</summary>
    public long Dropped => Math.Max(0, Interlocked.Read(ref _count) - _values.Length);

    public void Record(long ticks)
    {
        var index = Interlocked.Increment(ref _count) - 1;
        if (index < _values.Length)
        {
            _values[index] = ticks;
        }
    }

    /// <summary>Forgets what was recorded; call only when no command is in flight.</summary>
    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public LatencySummary Summarize()
    {
        var count = (int)Math.Min(Interlocked.Read(ref _count), _values.Length);
        if (count == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }

        var sorted = _values.AsSpan(0, count).ToArray();
        Array.Sort(sorted);
        return new LatencySummary(count, Ms(At(sorted, 0.50)), Ms(At(sorted, 0.90)), Ms(At(sorted, 0.99)), Ms(At(sorted, 0.999)), Ms(sorted[^1]));
    }

    public static double Ms(long ticks) => ticks * 1_000.0 / Stopwatch.Frequency;

    private static long At(long[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
