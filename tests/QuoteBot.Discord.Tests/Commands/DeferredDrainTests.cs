using QuoteBot.Discord.Tests.Fakes;

namespace QuoteBot.Discord.Tests.Commands;

public sealed class DeferredDrainTests
{
    [Fact]
    public async Task Shutdown_waits_for_a_deferred_reply_and_edits_it_in()
    {
        using var slow = new GatedCommand();
        await using var bot = await DiscordBotHarness.StartAsync(extraHandlers: [slow]);
        var interaction = Interactions.Command("slow");
        var id = interaction["id"]!.GetValue<string>();
        var token = interaction["token"]!.GetValue<string>();
        var callback = bot.Fake.WaitForRequestAsync($"interactions/{id}/");
        var mark = bot.Time.Mark();
        await bot.SendAsync(interaction);
        await bot.Time.AdvanceToTimerAsync(mark, d => d == TimeSpan.FromSeconds(2));
        Assert.Equal(5, (await callback.WaitAsync(TestTime.Guard)).Json.GetProperty("type").GetInt32());

        // Stopping now: shutdown waits (up to 10 s) for the reply still being worked on.
        var draining = bot.Time.Mark();
        var stopped = bot.Host.StopAsync();
        await bot.Time.WaitForTimerAsync(draining, d => d == TimeSpan.FromSeconds(10));
        slow.Gate.Set();
        await stopped.WaitAsync(TestTime.Guard);

        var edit = Assert.Single(bot.Fake.RequestsTo($"webhooks/1234/{token}/messages/@original"));
        Assert.Equal("PATCH", edit.Method);
    }
}
