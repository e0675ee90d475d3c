using System.Globalization;
using System.Text.RegularExpressions;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Testing;

namespace QuoteBot.Tests.ProcessModes;

/// <summary>A digest target in the configuration (docs/DIGEST.md), posted by the process and counted in /metrics.</summary>
[Trait("Category", BotProcess.Category)]
public sealed partial class DigestModeTests
{
    private const long DigestChat = 5005;

    [Fact]
    public async Task A_configured_target_whose_slot_passed_an_hour_ago_is_caught_up_at_start_and_counted()
    {
        // The process runs on the real clock, so its slot is chosen from it: an hour ago (UTC) is always the latest
        // slot, always inside the default catch-up grace (6 h), so the post goes out at start without any wait.
        var slot = DateTimeOffset.UtcNow.AddHours(-1).ToString("HH:mm", CultureInfo.InvariantCulture);
        await using var api = await FakeBotApi.StartAsync(TimeProvider.System);
        using var data = TempDirectory.Create("quotebot-matrix");
        await using var bot = RunningBot.Start(ProcessEnvironment.Base(data).Telegram(api).With(new()
        {
            ["Bot__Digest__Targets__0__Platform"] = "telegram",
            ["Bot__Digest__Targets__0__ChatId"] = DigestChat.ToString(CultureInfo.InvariantCulture),
            ["Bot__Digest__Targets__0__Time"] = slot,
            ["Bot__Digest__Targets__0__TimeZone"] = "UTC",
        }));

        Assert.Contains("\"telegram\":{\"ready\":true", await bot.ReadyAsync(), StringComparison.Ordinal);
        api.Enqueue(Updates.Message("/topic energy", chat: 2002));
        Assert.Contains("Energy", (await api.WaitForSendAsync(c => c.ChatId == 2002)).Text, StringComparison.Ordinal);

        var post = await api.WaitForSendAsync(c => c.ChatId == DigestChat);
        Assert.Contains("Sam Altman", post.Text, StringComparison.Ordinal);
        // The post is counted once the delivery is recorded, just after the Bot API answered.
        var metrics = await bot.UntilAsync(
            async () => (await bot.GetAsync("/metrics")).Body is var body && SentOnTelegram().IsMatch(body) ? body : null,
            "the digest post in /metrics");
        Assert.Matches(SentOnTelegram(), metrics);
        Assert.Equal(0, await bot.StopAsync());
        Assert.Single(api.Sent, c => c.ChatId == DigestChat);
    }

    [GeneratedRegex("quotebot_digest_posts_total\\{[^}]*platform=\"telegram\",result=\"sent\"[^}]*\\} 1\\b")]
    private static partial Regex SentOnTelegram();
}
