namespace QuoteBot.LoadTest;

/// <summary>What one platform did in the measured phase.</summary>
public sealed record PlatformResult(
    string Platform,
    string Mode,
    long Commands,
    long Answered,
    long Unmatched,
    long Deferred,
    long Refused,
    double Seconds,
    double PerSecond,
    LatencySummary Latency)
{
    public long Unanswered => Commands - Answered;
}

/// <summary>
/// The bot process: start-up, memory, CPU, threads and handles. Idle RSS is read twice: at ready, before any command
/// (<see cref="ReadyRssKb"/>), and after the warm-up's answers, before the measured phase (<see cref="RssAfterWarmupKb"/>).
/// </summary>
public sealed record ProcessResult(
    double ReadyMs,
    double FirstAnswerMs,
    long ReadyRssKb,
    long PeakRssKb,
    long RssAfterLoadKb,
    long SteadyRssKb,
    long SteadyRssAnonKb,
    long SteadyRssFileKb,
    long SteadyRssShmemKb,
    double CpuSeconds,
    double CpuSecondsPer1000,
    int ThreadsAtReady,
    int Threads,
    int HandlesAtReady,
    int Handles,
    long RssAfterWarmupKb);

/// <summary>Start-up over several starts.</summary>
public sealed record StartupResult(IReadOnlyList<double> ReadyMs, IReadOnlyList<double> FirstAnswerMs)
{
    public double MedianReadyMs => Median(ReadyMs);

    public double MedianFirstAnswerMs => Median(FirstAnswerMs);

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary>The soak's leak check: RSS at the end against half-way (within 5 %), handles not growing.</summary>
public sealed record SoakVerdict(TimeSpan Mid, long RssMidKb, long RssEndKb, int HandlesMid, int HandlesEnd, int ThreadsMid, int ThreadsEnd)
{
    public const double MaxRssGrowthPercent = 5.0;

    /// <summary>Handles may differ by a few sockets in flight at the moment of sampling.</summary>
    public const int HandleSlack = 4;

    public double RssGrowthPercent => RssMidKb == 0 ? 0 : (RssEndKb - RssMidKb) * 100.0 / RssMidKb;

    public bool RssHolds => RssGrowthPercent <= MaxRssGrowthPercent;

    public bool HandlesHold => HandlesEnd <= HandlesMid + HandleSlack;

    public bool Passed => RssHolds && HandlesHold;
}

/// <summary>Everything a run measured, for the table and the JSON file.</summary>
public sealed record LoadResult(
    DateTimeOffset Date,
    string Bot,
    string Arguments,
    string LoadBefore,
    string LoadAfter,
    IReadOnlyList<PlatformResult> Platforms,
    ProcessResult? Process,
    IReadOnlyList<ProcessSample> Samples,
    StartupResult? Startup,
    SoakVerdict? Soak)
{
    /// <summary>Every command issued was answered, and the soak (if any) found no leak.</summary>
    public bool Passed => Platforms.All(p => p.Unanswered == 0) && (Soak?.Passed ?? true);
}
