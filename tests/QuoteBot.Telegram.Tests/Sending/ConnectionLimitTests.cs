using QuoteBot.Telegram.Receiving;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Telegram.Tests.Sending;

public sealed class ConnectionLimitTests
{
    [Fact]
    public async Task A_backlog_of_replies_shares_the_capped_connections_and_every_one_is_sent()
    {
        const int chats = 100;
        await using var bot = await TelegramBotHarness.StartAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.Api.HoldSends = release.Task;

        // One batch of 100 commands, each from its own chat, so nothing but the connection limit holds a reply back.
        bot.Api.EnqueueCommands([.. Enumerable.Range(0, chats).Select(i => (i, 30_000L + i, "/quote"))]);
        var pipeline = bot.Get<UpdatePipeline>();
        await WaitUntil.TrueAsync(() => pipeline.InFlight == chats, "every command of the batch being handled");
        await WaitUntil.TrueAsync(() => bot.Api.Sent.Count >= TelegramHostingExtensions.MaxConnections - 1, "the connections filled with held replies");

        // The fake answers none of them yet: a reply past the limit waits for a connection, not for a new one.
        Assert.InRange(bot.Api.Sent.Count, TelegramHostingExtensions.MaxConnections - 1, TelegramHostingExtensions.MaxConnections);

        release.SetResult();
        await bot.SettledAsync();
        Assert.Equal(chats, bot.Api.Sent.Select(s => s.ChatId).Distinct().Count());
    }
}
