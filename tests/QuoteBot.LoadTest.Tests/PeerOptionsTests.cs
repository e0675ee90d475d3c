using QuoteBot.LoadTest.Peers;

namespace QuoteBot.LoadTest.Tests;

/// <summary>
/// How <c>--peer</c> reads on the command line. Only the parsing: running a peer needs Node, which the test suite
/// does not (the peers are run by hand, docs/PERFORMANCE.md "Node peers").
/// </summary>
public sealed class PeerOptionsTests
{
    [Theory]
    [InlineData("grammy", Platforms.Telegram)]
    [InlineData("discordjs", Platforms.Discord)]
    [InlineData("GrammY", Platforms.Telegram)]
    public void A_peer_takes_its_platform(string name, Platforms platform)
    {
        var options = LoadOptions.Parse(["--peer", name, "--commands", "2000"]);

        Assert.Equal(platform, options.Platform);
        Assert.Equal(platform, options.Peer?.Platform);
        Assert.Equal(2000, options.Commands);
    }

    [Fact]
    public void The_platform_may_be_named_when_it_is_the_peers()
    {
        var options = LoadOptions.Parse(["--platform", "telegram", "--peer", "grammy"]);

        Assert.Equal(NodePeer.Grammy, options.Peer);
        Assert.Equal(Platforms.Telegram, options.Platform);
    }

    [Theory]
    [InlineData("--peer", "grammy", "--platform", "discord")]
    [InlineData("--platform", "both", "--peer", "discordjs")]
    [InlineData("--peer", "grammy", "--bot", "QuoteBot.dll")]
    [InlineData("--peer", "telegraf", "--commands", "10")]
    public void A_peer_on_another_platform_with_a_bot_or_unknown_is_refused(string a, string b, string c, string d) =>
        Assert.Throws<ArgumentException>(() => LoadOptions.Parse([a, b, c, d]));

    [Fact]
    public void Without_a_peer_our_bot_runs()
    {
        var options = LoadOptions.Parse(["--platform", "telegram"]);

        Assert.Null(options.Peer);
    }

    [Fact]
    public void A_peer_reads_its_token_and_the_fakes_address()
    {
        var fakes = new Uri("http://127.0.0.1:5123/");

        Assert.Equal("http://127.0.0.1:5123", NodePeer.Grammy.Environment(fakes)["TELEGRAM_API_ROOT"]);
        Assert.Equal("http://127.0.0.1:5123/api", NodePeer.DiscordJs.Environment(fakes)["DISCORD_API"]);
        Assert.False(string.IsNullOrEmpty(NodePeer.Grammy.Environment(fakes)["TELEGRAM_TOKEN"]));
        Assert.False(string.IsNullOrEmpty(NodePeer.DiscordJs.Environment(fakes)["DISCORD_TOKEN"]));
    }
}
