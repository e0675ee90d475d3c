using QuoteBot.Core.Commands;
using QuoteBot.Core.Replies;
using QuoteBot.Discord.Tests.Fakes;

namespace QuoteBot.Discord.Tests.Commands;

public sealed class DeferAndFailureTests
{
    private sealed class FailingCommand : ICommandHandler
    {
        public CommandDescriptor Descriptor { get; } = new()
        {
            Name = "boom",
            Title = new("boom", "炸"),
            Summary = new("Always fails", "总是失败"),
            Help = new("always fails", "总是失败"),
        };

        public Reply Handle(CommandRequest request) => throw new InvalidOperationException("handler bug");
    }

    [Fact]
    public async Task A_slow_reply_is_deferred_within_three_seconds_then_the_original_is_edited()
    {
        using var slow = new GatedCommand();
        await using var bot = await DiscordBotHarness.StartAsync(extraHandlers: [slow]);
        var interaction = Interactions.Command("slow");
        var id = interaction["id"]!.GetValue<string>();
        var token = interaction["token"]!.GetValue<string>();
        var callback = bot.Fake.WaitForRequestAsync($"interactions/{id}/");
        var sentAt = bot.Time.GetUtcNow();
        var mark = bot.Time.Mark();
        await bot.SendAsync(interaction);

        // The bot waits on its 2-second budget: until that ends, nothing can have answered.
        await bot.Time.WaitForTimerAsync(mark, d => d == TimeSpan.FromSeconds(2));
        Assert.False(callback.IsCompleted);
        bot.Time.Advance(TimeSpan.FromSeconds(2));
        var deferred = await callback.WaitAsync(TestTime.Guard);
        Assert.Equal(5, deferred.Json.GetProperty("type").GetInt32());
        Assert.Equal(TimeSpan.FromSeconds(2), deferred.At - sentAt);

        var edit = bot.Fake.WaitForRequestAsync($"webhooks/1234/{token}/messages/@original");
        slow.Gate.Set();
        var edited = await edit.WaitAsync(TestTime.Guard);
        Assert.Equal("PATCH", edited.Method);
        Assert.Contains("finally done", edited.Json.GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Empty(edited.Json.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
    }

    [Fact]
    public async Task A_failing_handler_becomes_an_ephemeral_apology()
    {
        await using var bot = await DiscordBotHarness.StartAsync(extraHandlers: [new FailingCommand()]);
        var callback = await bot.InteractAsync(Interactions.Command("boom"));
        Assert.Equal(4, callback.GetProperty("type").GetInt32());
        var data = callback.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32() & 64);
        Assert.Contains("Sorry, something went wrong", data.GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
