using QuoteBot.Fakes;
using QuoteBot.LoadTest.Drivers;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace QuoteBot.LoadTest.Tests;

/// <summary>
/// Telegram's backlog as the driver queues it: every command pending at once, each from a chat of its own, handed out
/// in batches of up to 100 as Telegram does (the bot draining one: <see cref="LoadRunnerSmokeTests"/>).
/// </summary>
public sealed class BacklogTests
{
    [Fact]
    public async Task A_backlog_is_pending_at_once_one_chat_per_command_and_handed_out_100_at_a_time()
    {
        await using var app = LoopbackServer.Create();
        var driver = new TelegramDriver(capacity: 1_024, chats: 300);
        driver.Map(app);
        await app.StartAsync();
        var client = new TelegramBotClient(new TelegramBotClientOptions(TelegramDriver.Token, LoopbackServer.Address(app).ToString().TrimEnd('/')));

        Assert.Equal(250, driver.QueueAtOnce(250));
        var batches = new List<Update[]>();
        for (var offset = 0; batches.Count < 3; offset = batches[^1][^1].Id + 1)
        {
            batches.Add(await client.GetUpdates(offset, timeout: 0));
        }

        Assert.Equal([100, 100, 50], batches.Select(b => b.Length));
        var chats = batches.SelectMany(b => b).Select(u => u.Message!.Chat.Id).ToList();
        Assert.Equal(250, chats.Distinct().Count());
        Assert.Equal(250, driver.Issued);
        Assert.NotEqual(0, driver.FirstSentTimestamp);
    }
}
