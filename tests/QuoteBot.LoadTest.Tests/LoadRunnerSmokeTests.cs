namespace QuoteBot.LoadTest.Tests;

/// <summary>
/// The load tool's core against the real bot for a moment, so the tool cannot rot: both platforms connected, a short
/// closed loop, every command answered and every figure filled in. No timing is asserted: the machine may be busy.
/// </summary>
public sealed class LoadRunnerSmokeTests
{
    [Fact]
    public async Task A_short_run_on_both_platforms_answers_every_command_and_reports_the_process()
    {
        var options = new LoadOptions
        {
            Platform = Platforms.Both,
            Mode = LoadMode.Max,
            Concurrency = 8,
            Commands = 200,
            Warmup = 20,
            Duration = TimeSpan.FromMinutes(2),
            Settle = TimeSpan.Zero,
            Bot = Path.Combine(AppContext.BaseDirectory, "QuoteBot.dll"),
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        var result = await new LoadRunner(options, TextWriter.Null).RunAsync(timeout.Token);

        Assert.True(result.Passed, Report.Table(result));
        Assert.Equal(["discord", "telegram"], result.Platforms.Select(p => p.Platform));
        Assert.All(result.Platforms, p =>
        {
            Assert.Equal(100, p.Commands);
            Assert.Equal(100, p.Answered);
            Assert.Equal(0, p.Unmatched);
            Assert.True(p.PerSecond > 0);
            Assert.True(p.Latency.P50 > 0 && p.Latency.P99 >= p.Latency.P50);
        });
        var process = Assert.IsType<ProcessResult>(result.Process);
        Assert.True(process.ReadyMs > 0 && process.FirstAnswerMs >= process.ReadyMs);
        Assert.True(process.SteadyRssKb > 0 && process.PeakRssKb >= process.SteadyRssKb);
        Assert.True(process.Threads > 0 && process.Handles > 0);
        Assert.True(process.CpuSeconds >= 0);
    }
}
