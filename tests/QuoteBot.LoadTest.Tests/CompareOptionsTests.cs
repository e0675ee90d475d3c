using QuoteBot.LoadTest.Peers;

namespace QuoteBot.LoadTest.Tests;

/// <summary>
/// <c>--mode backlog</c> and <c>--compare</c> on the command line, and the runs a comparison makes. Only the parsing
/// and the plan: the peers need Node, which the test suite does not.
/// </summary>
public sealed class CompareOptionsTests
{
    [Theory]
    [InlineData("--mode", "backlog", "--commands", "20000")]
    [InlineData("--mode", "Backlog", "--platform", "telegram")]
    [InlineData("--mode", "backlog", "--peer", "grammy")]
    public void A_backlog_is_Telegrams(string a, string b, string c, string d)
    {
        var options = LoadOptions.Parse([a, b, c, d]);

        Assert.Equal((LoadMode.Backlog, Platforms.Telegram), (options.Mode, options.Platform));
        Assert.Equal(TimeSpan.FromMinutes(10), options.Duration);
    }

    [Theory]
    [InlineData("--mode", "backlog", "--platform", "discord")]
    [InlineData("--mode", "backlog", "--platform", "both")]
    [InlineData("--mode", "backlog", "--peer", "discordjs")]
    public void Discord_has_no_backlog(string a, string b, string c, string d) =>
        Assert.Throws<ArgumentException>(() => LoadOptions.Parse([a, b, c, d]));

    [Fact]
    public void Compare_defaults_to_both_platforms_a_backlog_of_20000_and_3000_at_32_in_flight()
    {
        var options = LoadOptions.Parse(["--compare"]);

        Assert.True(options.Compare);
        Assert.Equal((Platforms.Both, 20_000L, 3_000L, 32, (string?)null), (options.Platform, options.Commands, options.DiscordCommands, options.Concurrency, options.Native));
    }

    [Fact]
    public void Compare_takes_its_counts_and_a_native_build()
    {
        var options = LoadOptions.Parse(["--compare", "--commands", "50000", "--discord-commands", "10000", "--concurrency", "64", "--native", "/tmp/qb/QuoteBot", "--platform", "telegram"]);

        Assert.Equal((Platforms.Telegram, 50_000L, 10_000L, 64, "/tmp/qb/QuoteBot"), (options.Platform, options.Commands, options.DiscordCommands, options.Concurrency, options.Native));
    }

    [Theory]
    [InlineData("--compare", "--mode", "max")]
    [InlineData("--compare", "--peer", "grammy")]
    [InlineData("--native", "/tmp/qb/QuoteBot", "--soak")]
    public void Compare_picks_its_own_modes_and_bots(params string[] args) =>
        Assert.Throws<ArgumentException>(() => LoadOptions.Parse(args));

    [Fact]
    public void A_comparison_runs_ours_native_and_the_peer_per_platform_then_ours_idle_with_both()
    {
        var options = LoadOptions.Parse(["--compare", "--native", "/tmp/qb/QuoteBot", "--warmup", "500", "--env", "DOTNET_gcServer=1"]);

        var plan = new Comparison(options, TextWriter.Null).Plan();

        Assert.Equal(
            [
                (Comparison.Telegram, "ours (JIT)"), (Comparison.Telegram, "ours (native)"), (Comparison.Telegram, "grammY"),
                (Comparison.Discord, "ours (JIT)"), (Comparison.Discord, "ours (native)"), (Comparison.Discord, "@discordjs/ws + rest"),
                (Comparison.BothIdle, "ours (JIT)"), (Comparison.BothIdle, "ours (native)"),
            ],
            plan.Select(r => (r.Platform, r.Bot)));
        Assert.All(plan, r => Assert.Equal(("1", false), (r.Options.Environment["DOTNET_gcServer"], r.Options.Compare)));
        Assert.Equal([500, 500, 500, 500, 500, 500, 0, 0], plan.Select(r => r.Options.Warmup));
        Assert.All(plan.Where(r => r.Platform == Comparison.Telegram), r => Assert.Equal((LoadMode.Backlog, Platforms.Telegram, 20_000L), (r.Options.Mode, r.Options.Platform, r.Options.Commands)));
        Assert.All(plan.Where(r => r.Platform == Comparison.Discord), r => Assert.Equal((LoadMode.Max, Platforms.Discord, 3_000L, 32), (r.Options.Mode, r.Options.Platform, r.Options.Commands, r.Options.Concurrency)));
        Assert.Equal([null, "/tmp/qb/QuoteBot", null, null, "/tmp/qb/QuoteBot", null, null, "/tmp/qb/QuoteBot"], plan.Select(r => r.Options.Bot));
        Assert.Equal([null, null, NodePeer.Grammy, null, null, NodePeer.DiscordJs, null, null], plan.Select(r => r.Options.Peer));
    }
}
