using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace QuoteBot.Benchmarks;

/// <summary>The two ways to run: the default job for the figures we record, a short run for a quick look while working.</summary>
public static class BenchmarkConfigs
{
    /// <summary>BenchmarkDotNet's default job (as many iterations as it takes), with allocations and the 95th percentile.</summary>
    public static IConfig Recorded { get; } = DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.P95)
        .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40)) // "/topic enrgy (fuzzy miss)" whole
        // The generated project rebuilds the bot's libraries (the Discord ones too); on 2 busy cores that takes longer
        // than the default 2 minutes.
        .WithBuildTimeout(TimeSpan.FromMinutes(10));

    /// <summary>A few iterations only: seconds per benchmark instead of tens, noisier figures.</summary>
    public static IConfig Quick { get; } = Recorded.AddJob(Job.ShortRun);
}
