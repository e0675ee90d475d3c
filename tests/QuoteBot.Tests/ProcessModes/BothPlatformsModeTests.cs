using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Testing;

namespace QuoteBot.Tests.ProcessModes;

/// <summary>Telegram and Discord served by one process, each through its default mode.</summary>
[Trait("Category", BotProcess.Category)]
public sealed class BothPlatformsModeTests
{
    [Fact]
    public async Task Both_platforms_answer_topic_energy_are_ready_together_and_the_bot_exits_0_on_sigterm()
    {
        await using var api = await FakeBotApi.StartAsync(TimeProvider.System);
        await using var fake = await FakeDiscord.StartAsync(TimeProvider.System);
        using var data = TempDirectory.Create("quotebot-matrix");
        await using var bot = RunningBot.Start(ProcessEnvironment.Base(data).Telegram(api).Discord(fake));
        var gateway = await GatewaySession.OpenAsync(fake);

        var ready = await bot.ReadyAsync();
        Assert.Contains("\"discord\":{\"ready\":true", ready, StringComparison.Ordinal);
        Assert.Contains("\"telegram\":{\"ready\":true", ready, StringComparison.Ordinal);

        api.Enqueue(Updates.Message("/topic energy", chat: 4001));
        Assert.Contains("Energy", (await gateway.TopicEnergyAsync(fake, sequence: 2)).Body, StringComparison.Ordinal);
        Assert.Contains("Energy", (await api.WaitForSendAsync(c => c.ChatId == 4001)).Text, StringComparison.Ordinal);
        Assert.Equal(0, await bot.StopAsync());
    }
}
