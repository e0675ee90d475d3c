namespace QuoteBot.LoadTest.Tests;

/// <summary>
/// The load tool's core against the real bot for a moment, so the tool cannot rot: both platforms connected, a short
/// closed loop, a Telegram backlog, every command answered and every figure filled in. No timing is asserted: the
/// machine may be busy.
/// </summary>
public sealed class LoadRunnerSmokeTests
{
    [Fact]
    public async Task A_short_run_on_both_platforms_answers_every_command_and_reports_the_process()
    {
        var result = await RunAsync(new LoadOptions { Platform = Platforms.Both, Mode = LoadMode.Max, Commands = 200 });

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

    [Fact]
    public async Task The_bot_drains_a_Telegram_backlog_of_300_and_every_reply_is_matched()
    {
        var result = await RunAsync(new LoadOptions { Platform = Platforms.Telegram, Mode = LoadMode.Backlog, Commands = 300 });

        Assert.True(result.Passed, Report.Table(result));
        var telegram = Assert.Single(result.Platforms);
        Assert.Equal(("telegram", "backlog", 300L, 300L, 0L, 0L), (telegram.Platform, telegram.Mode, telegram.Commands, telegram.Answered, telegram.Unmatched, telegram.Refused));
        Assert.True(telegram.PerSecond > 0 && telegram.Latency.Count == 300);
        var process = Assert.IsType<ProcessResult>(result.Process);
        Assert.True(process.ReadyRssKb > 0 && process.RssAfterWarmupKb > 0 && process.RssAfterLoadKb > 0);
        Assert.True(process.PeakRssKb >= process.RssAfterLoadKb && process.CpuSeconds >= 0);
    }

    /// <summary>A short run of the bot built next to the tests: 8 in flight, a warm-up of 20, no settling.</summary>
    private static async Task<LoadResult> RunAsync(LoadOptions shape)
    {
        var options = shape with
        {
            Concurrency = 8,
            Warmup = 20,
            Duration = TimeSpan.FromMinutes(2),
            Settle = TimeSpan.Zero,
            Bot = Path.Combine(AppContext.BaseDirectory, "QuoteBot.dll"),
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        return await new LoadRunner(options, TextWriter.Null).RunAsync(timeout.Token);
    }
}
