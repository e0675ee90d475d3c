using QuoteBot.Core.Commands;
using QuoteBot.Core.Replies;
using QuoteBot.Discord.Tests.Fakes;

namespace QuoteBot.Discord.Tests.Commands;

public sealed class DeferAndFailureTests
{
    /// <summary>A command whose reply takes as long as the test says.</summary>
    private sealed class SlowCommand : ICommandHandler
    {
        public ManualResetEventSlim Release { get; } = new();

        public IReadOnlyList<string> Names { get; } = ["slow"];

        public Reply Handle(CommandRequest request)
        {
            Release.Wait(TimeSpan.FromSeconds(20));
            return new Reply { Kind = ReplyKind.Notice, Text = "finally done" };
        }
    }

    private sealed class FailingCommand : ICommandHandler
    {
        public IReadOnlyList<string> Names { get; } = ["boom"];

        public Reply Handle(CommandRequest request) => throw new InvalidOperationException("handler bug");
    }

    [Fact]
    public async Task A_slow_reply_is_deferred_within_three_seconds_then_the_original_is_edited()
    {
        var slow = new SlowCommand();
        await using var bot = await DiscordBotHarness.StartAsync(extraHandlers: [slow]);
        var interaction = Interactions.Command("slow");
        var id = interaction["id"]!.GetValue<string>();
        var token = interaction["token"]!.GetValue<string>();
        var callback = bot.Fake.WaitForRequestAsync($"interactions/{id}/");
        var sentAt = bot.Time.GetUtcNow();
        await bot.Gateway.SendDispatchAsync("INTERACTION_CREATE", 2, interaction.ToJsonString());

        // Nothing yet: the bot is still inside its budget.
        await Task.Delay(100);
        Assert.False(callback.IsCompleted);
        var deferred = await bot.Time.AdvanceUntilAsync(callback, TimeSpan.FromMilliseconds(250));
        Assert.Equal(5, deferred.Json.GetProperty("type").GetInt32());
        Assert.True(deferred.At - sentAt < TimeSpan.FromSeconds(3), $"deferred after {deferred.At - sentAt}");

        var edit = bot.Fake.WaitForRequestAsync($"webhooks/1234/{token}/messages/@original");
        slow.Release.Set();
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
