using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QuoteBot.Discord.Interactions;
using QuoteBot.Discord.Resilience;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;
using Serilog.Events;

namespace QuoteBot.Discord.Tests.Commands;

/// <summary>
/// Answers that meet a passing server error or a timeout, against a fake Discord that takes one answer per
/// interaction within 3 seconds of creating it. Time moves only to the timers the bot is waiting on.
/// </summary>
public sealed class AnswerRetryTests
{
    private const int AnswerNotDelivered = 5304;
    private const int EarlierAttemptLanded = 5606;
    private const int DeferralLost = 5104;

    private static readonly TimeSpan DeferAfter = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_502_on_the_answer_is_retried_and_the_user_gets_the_answer()
    {
        await using var bot = await StartAsync();
        var interaction = Interactions.Command("help");
        var id = interaction["id"]!.GetValue<string>();
        bot.Fake.Enqueue("POST", $"interactions/{id}/", FakeResponse.Error(502, 0, "Bad Gateway"));
        var mark = bot.Time.Mark();

        await bot.SendAsync(interaction);
        var answer = await StepRetriesUntilAsync(bot, mark, bot.Fake.Interactions.AnswerAsync(id));

        Assert.Equal(4, JsonDocument.Parse(answer).RootElement.GetProperty("type").GetInt32());
        var attempts = bot.Fake.RequestsTo($"interactions/{id}/");
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].At > attempts[0].At, "The retry waited for its backoff.");
    }

    [Fact]
    public async Task An_answer_that_times_out_is_retried_and_the_user_gets_the_answer()
    {
        await using var bot = await StartAsync();
        var interaction = Interactions.Command("help");
        var id = interaction["id"]!.GetValue<string>();
        bot.Fake.Enqueue("POST", $"interactions/{id}/", new FakeResponse(200, Hang: true));
        var mark = bot.Time.Mark();
        var held = bot.Fake.WaitForRequestAsync($"interactions/{id}/");

        await bot.SendAsync(interaction);
        await held.WaitAsync(TestTime.Guard);
        // The fake holds the first attempt: the bot's own timeout, on the fake clock, has to end it.
        var timedOut = bot.Time.Mark();
        await bot.Time.AdvanceToTimerAsync(mark, d => d == InteractionWindows.AnswerAttemptTimeout);
        var answer = await StepRetriesUntilAsync(bot, timedOut, bot.Fake.Interactions.AnswerAsync(id));

        Assert.Equal(4, JsonDocument.Parse(answer).RootElement.GetProperty("type").GetInt32());
        Assert.Equal(2, bot.Fake.RequestsTo($"interactions/{id}/").Count);
    }

    [Fact]
    public async Task A_retry_refused_as_already_acknowledged_counts_as_delivered()
    {
        await using var bot = await StartAsync(logLevel: "Information");
        var interaction = Interactions.Command("help");
        var id = interaction["id"]!.GetValue<string>();
        // Discord takes the first answer, and the reply to the bot is lost in a 502.
        bot.Fake.Enqueue("POST", $"interactions/{id}/", new FakeResponse(502) { CreatesFirst = true });
        var mark = bot.Time.Mark();

        await bot.SendAsync(interaction);
        await StepRetriesUntilAsync(bot, mark, bot.Logs.WaitForAsync(EarlierAttemptLanded));

        Assert.Equal(2, bot.Fake.RequestsTo($"interactions/{id}/").Count);
        Assert.True(bot.Fake.Interactions.IsAnswered(id));
        Assert.DoesNotContain(bot.Logs.Events, e => e.Level >= LogEventLevel.Error);
        Assert.Empty(bot.Fake.RequestsTo("webhooks/"));
    }

    [Fact]
    public async Task A_502_on_the_edit_after_a_deferral_is_retried()
    {
        using var slow = new GatedCommand();
        await using var bot = await StartAsync(slow);
        var interaction = Interactions.Command("slow");
        var id = interaction["id"]!.GetValue<string>();
        var token = interaction["token"]!.GetValue<string>();
        var mark = bot.Time.Mark();

        await bot.SendAsync(interaction);
        await bot.Time.AdvanceToTimerAsync(mark, d => d == DeferAfter);
        Assert.Equal(5, JsonDocument.Parse(await bot.Fake.Interactions.AnswerAsync(id)).RootElement.GetProperty("type").GetInt32());
        bot.Fake.Enqueue("PATCH", $"webhooks/1234/{token}/messages/@original", FakeResponse.Error(502, 0, "Bad Gateway"));
        var firstEdit = bot.Fake.WaitForRequestAsync($"webhooks/1234/{token}/messages/@original");
        var released = bot.Time.Mark();
        slow.Gate.Set();
        await firstEdit.WaitAsync(TestTime.Guard);
        var edit = await StepRetriesUntilAsync(bot, released, bot.Fake.Interactions.EditAsync(token));

        Assert.Contains("finally done", edit, StringComparison.Ordinal);
        Assert.Equal(2, bot.Fake.RequestsTo($"webhooks/1234/{token}/messages/@original").Count);
    }

    [Fact]
    public async Task Server_errors_past_the_three_seconds_give_up_once_and_the_bot_goes_on()
    {
        await using var bot = await StartAsync();
        var interaction = Interactions.Command("help");
        var id = interaction["id"]!.GetValue<string>();
        for (var i = 0; i < 10; i++)
        {
            bot.Fake.Enqueue("POST", $"interactions/{id}/", FakeResponse.Error(502, 0, "Bad Gateway"));
        }

        var createdAt = bot.Time.GetUtcNow();
        var mark = bot.Time.Mark();
        await bot.SendAsync(interaction);
        await StepRetriesUntilAsync(bot, mark, bot.Logs.WaitForAsync(AnswerNotDelivered));

        var attempts = bot.Fake.RequestsTo($"interactions/{id}/");
        Assert.InRange(attempts.Count, 2, 10);
        Assert.All(attempts, a => Assert.True(a.At - createdAt < InteractionWindows.Answer, $"an attempt at {a.At - createdAt}"));
        Assert.False(bot.Fake.Interactions.IsAnswered(id));
        Assert.Single(bot.Logs.Events, e => e.Level >= LogEventLevel.Error);

        // Nothing broke: the next interaction is answered.
        var next = await bot.InteractAsync(Interactions.Command("help"));
        Assert.Equal(4, next.GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task A_deferral_that_never_arrived_is_not_followed_by_edits()
    {
        using var slow = new GatedCommand();
        await using var bot = await StartAsync(slow, logLevel: "Information");
        var interaction = Interactions.Command("slow");
        var id = interaction["id"]!.GetValue<string>();
        for (var i = 0; i < 10; i++)
        {
            bot.Fake.Enqueue("POST", $"interactions/{id}/", FakeResponse.Error(503, 0, "Service Unavailable"));
        }

        var mark = bot.Time.Mark();
        await bot.SendAsync(interaction);
        var deferred = bot.Time.Mark();
        await bot.Time.AdvanceToTimerAsync(mark, d => d == DeferAfter);
        await StepRetriesUntilAsync(bot, deferred, bot.Logs.WaitForAsync(AnswerNotDelivered));
        slow.Gate.Set();
        await bot.Logs.WaitForAsync(DeferralLost);

        Assert.False(bot.Fake.Interactions.IsAnswered(id));
        Assert.Empty(bot.Fake.RequestsTo("webhooks/"));
        Assert.Single(bot.Logs.Events, e => e.Level >= LogEventLevel.Error);
    }

    private static Task<DiscordBotHarness> StartAsync(GatedCommand? slow = null, string logLevel = "Warning") =>
        DiscordBotHarness.StartAsync(
            new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = logLevel },
            extraHandlers: slow is null ? null : [slow],
            // Backoff without jitter: 0.375 s, 0.75 s, 1.5 s, 3 s.
            configure: services => services.Replace(ServiceDescriptor.Singleton(new DiscordRandom(new SequenceRandom(0.5)))));

    private static Task<T> StepRetriesUntilAsync<T>(DiscordBotHarness bot, long mark, Task<T> done) => bot.Time.StepTimersUntilAsync(mark, done, IsRetryDelay);

    /// <summary>A backoff delay, not an attempt's timeout or the deferral budget.</summary>
    private static bool IsRetryDelay(TimeSpan due) =>
        due > TimeSpan.Zero && due <= TimeSpan.FromSeconds(8) && due != InteractionWindows.AnswerAttemptTimeout && due != DeferAfter;
}
