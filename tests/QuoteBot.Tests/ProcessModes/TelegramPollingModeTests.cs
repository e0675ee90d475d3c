using QuoteBot.Fakes.Telegram;
using QuoteBot.Testing;

namespace QuoteBot.Tests.ProcessModes;

/// <summary>Telegram's default mode: long polling the (fake) Bot API.</summary>
[Trait("Category", BotProcess.Category)]
public sealed class TelegramPollingModeTests
{
    [Fact]
    public async Task Polling_answers_topic_energy_shows_ready_and_exits_0_on_sigterm()
    {
        await using var api = await FakeBotApi.StartAsync(TimeProvider.System);
        using var data = TempDirectory.Create("quotebot-matrix");
        await using var bot = RunningBot.Start(ProcessEnvironment.Base(data).Telegram(api));

        var ready = await bot.ReadyAsync();
        Assert.Contains("\"telegram\":{\"ready\":true,\"detail\":\"polling\"", ready, StringComparison.Ordinal);
        Assert.Contains("\"corpus\":{\"ready\":true", ready, StringComparison.Ordinal);

        api.Enqueue(Updates.Message("/topic energy", chat: 2001));
        var reply = await api.WaitForSendAsync(c => c.ChatId == 2001);
        Assert.Contains("Energy", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, await bot.StopAsync());
    }
}
