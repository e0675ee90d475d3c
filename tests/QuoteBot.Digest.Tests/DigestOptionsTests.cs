using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Digest.Tests.Support;

namespace QuoteBot.Digest.Tests;

/// <summary>Bot:Digest is checked at start; each problem is one line naming its key.</summary>
public sealed class DigestOptionsTests
{
    [Theory]
    [InlineData("TimeZone", "Asia/Shangai", "Bot:Digest:Targets:0:TimeZone: 'Asia/Shangai' is not a known time zone; did you mean Asia/Shanghai")]
    [InlineData("TimeZone", "America/NewYork", "did you mean America/New_York")]
    [InlineData("Time", "8 am", "Bot:Digest:Targets:0:Time: '8 am' is neither a time of day such as 08:00")]
    [InlineData("Cron", "0 8 * * 1-5", "Bot:Digest:Targets:0: give Time or Cron, not both.")]
    [InlineData("Platform", "Discord!", "Bot:Digest:Targets:0:Platform must be a platform name")]
    [InlineData("Language", "fr", "Bot:Digest:Targets:0:Language must be 'en' or 'zh', not 'fr'.")]
    [InlineData("ChatId", "", "Bot:Digest:Targets:0:ChatId is required.")]
    public void A_bad_target_stops_the_start_with_one_clear_line(string key, string value, string message)
    {
        var settings = DigestHarness.Targets(("telegram", "-1", "08:00", "UTC"));
        settings[$"Bot:Digest:Targets:0:{key}"] = value;

        var error = Assert.Throws<OptionsValidationException>(() => new DigestHarness(new FakeTimeProvider(), settings));

        Assert.Contains(error.Failures, f => f.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Pool", "random", "Bot:Digest:Pool must be 'all' or 'highlights', not 'random'.")]
    [InlineData("CatchUpGrace", "2.00:00:00", "Bot:Digest:CatchUpGrace must be between 00:00:00 and 1.00:00:00")]
    [InlineData("MaxConcurrency", "0", "Bot:Digest:MaxConcurrency must be between 1 and 1024")]
    [InlineData("ClaimLease", "00:00:01", "Bot:Digest:ClaimLease must be at least 00:00:10")]
    public void A_bad_digest_setting_stops_the_start(string key, string value, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() => new DigestHarness(new FakeTimeProvider(), new Dictionary<string, string?> { [$"Bot:Digest:{key}"] = value }));

        Assert.StartsWith(message, Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_setting_that_is_not_true_or_false_names_its_key()
    {
        var settings = DigestHarness.Targets(("telegram", "-1", "08:00", "UTC"));
        settings["Bot:Digest:Targets:0:Card"] = "yes please";

        // The host turns this binder error into one "Configuration error:" line.
        var error = Assert.Throws<InvalidOperationException>(() => new DigestHarness(new FakeTimeProvider(), settings));

        Assert.Contains("Bot:Digest:Targets:0:Card", error.Message, StringComparison.Ordinal);
        Assert.Contains("configuration value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_chat_twice_is_refused()
    {
        var settings = DigestHarness.Targets(("telegram", "-1", "08:00", "UTC"), ("telegram", "-1", "20:00", "UTC"));

        var error = Assert.Throws<OptionsValidationException>(() => new DigestHarness(new FakeTimeProvider(), settings));

        Assert.Contains("Bot:Digest:Targets:1: telegram chat -1 is listed twice", Assert.Single(error.Failures), StringComparison.Ordinal);
    }
}
