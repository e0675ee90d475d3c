using System.Diagnostics;
using System.Globalization;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Telegram.Rendering;
using QuoteBot.Telegram.Sending;
using QuoteBot.Telegram.Tests.Digest;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Testing;
using Xunit.Abstractions;

namespace QuoteBot.Telegram.Tests.Sending;

/// <summary>
/// Reply bursts against Telegram's flood control read the strict way (<see cref="FloodControl"/>): arrivals counted
/// in every second, a penalty that refuses every send until it ends. The network takes 10 ms there and back, split
/// unevenly (one send in seven is 9 ms on the way, the others 1 ms): a pacer that counts when it gives a turn instead
/// of when Telegram can have seen the message lets two of its seconds overlap at Telegram and earns penalties.
/// </summary>
[Collection(Alone.Name)]
public sealed class FloodControlTests(ITestOutputHelper output)
{
    private const int Chats = 600;
    private const long FirstChat = 100_000;

    [Fact]
    public async Task A_backlog_of_600_private_replies_goes_out_at_25_a_second_or_more_and_never_into_a_known_penalty()
    {
        var run = await RunBacklogAsync(flood => { });

        Assert.Empty(run.Flood.InsideKnownPenalty);
        Assert.InRange(run.Flood.TooManyRequests, 0, Chats / 100);
        Assert.True(run.Rate >= 25, $"{run.Rate:0.0} messages/s");
        AssertEveryChatAnsweredOnce(run.Flood);
    }

    [Fact]
    public async Task After_a_429_no_chat_is_sent_to_until_retry_after_has_passed_and_nothing_is_lost()
    {
        var run = await RunBacklogAsync(flood => flood.TooManyRequestsAt(Chats / 2, TimeSpan.FromSeconds(5)));

        Assert.Empty(run.Flood.InsideKnownPenalty);
        var penalty = Assert.Single(run.Flood.Penalties);
        Assert.True(penalty.Scripted);
        var known = penalty.KnownAt!.Value;
        var received = run.Bot.Api.Sent.Select(c => c.At).ToList();
        Assert.DoesNotContain(received, at => at > known && at < penalty.End);
        Assert.Contains(received, at => at >= penalty.End);
        AssertEveryChatAnsweredOnce(run.Flood);
    }

    [Fact]
    public async Task A_bot_api_call_after_a_429_waits_out_the_hold_too()
    {
        await using var bot = await TelegramBotHarness.StartAsync(StrictPacing());
        bot.Api.EnforceFloodControl().TooManyRequestsAt(1, TimeSpan.FromSeconds(5));
        var limitedAt = bot.Time.GetUtcNow();
        var pacer = bot.Get<ChatPacer>();
        bot.Api.Enqueue(Updates.Message("/quote", FirstChat));
        await WaitUntil.TrueAsync(() => pacer.Snapshot().HeldUntil > limitedAt, "the pacer holding every send until the penalty is over");

        // A button pressed in another chat: its answer must wait out the penalty as well.
        bot.Api.Enqueue(Updates.Callback("a", FirstChat + 1));
        await bot.Time.AdvanceUntilAsync(() => bot.Api.CallsTo("answerCallbackQuery").Count > 0);

        var call = Assert.Single(bot.Api.CallsTo("answerCallbackQuery"));
        Assert.True(call.At >= limitedAt + TimeSpan.FromSeconds(5), $"answered at {call.At:HH:mm:ss}, the 429 came at {limitedAt:HH:mm:ss}");
    }

    [Fact]
    public async Task A_group_gets_one_message_a_second_and_twenty_a_minute_as_telegram_counts_them()
    {
        const int Messages = 25;
        await using var bot = await TelegramBotHarness.StartAsync(StrictPacing());
        var flood = bot.Api.EnforceFloodControl();
        flood.Latency = Uneven;
        var sender = bot.Get<TelegramSender>();
        var sends = Enumerable.Range(0, Messages).Select(i => sender.SendAsync(Updates.Group, new TelegramMessage($"m{i}", null))).ToList();

        var clock = new QuiescentClock(bot.Time, bot.Get<ChatPacer>(), flood);
        await clock.RunUntilAsync(() => flood.DeliveredCount == Messages, () => Messages - flood.DeliveredCount);
        await Task.WhenAll(sends);

        Assert.Equal(0, flood.TooManyRequests);
        var arrivals = flood.Delivered.Select(v => v.ArrivedAt).Order().ToList();
        Assert.Equal(Messages, arrivals.Count);
        Assert.True(arrivals[FloodControl.GroupPerMinute] - arrivals[0] >= TimeSpan.FromMinutes(1));
        Assert.All(arrivals.Zip(arrivals.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(1)));
    }

    private async Task<BacklogRun> RunBacklogAsync(Action<FloodControl> script)
    {
        var real = Stopwatch.StartNew();
        var bot = await TelegramBotHarness.StartAsync(StrictPacing());
        try
        {
            var flood = bot.Api.EnforceFloodControl();
            flood.Latency = Uneven;
            script(flood);
            for (var i = 0; i < Chats; i++)
            {
                bot.Api.Enqueue(Updates.Message("/quote", FirstChat + i));
            }

            var clock = new QuiescentClock(bot.Time, bot.Get<ChatPacer>(), flood);
            await clock.RunUntilAsync(() => flood.DeliveredCount == Chats, () => Chats - flood.DeliveredCount);

            var arrivals = flood.Delivered.Select(v => v.ArrivedAt).ToList();
            var span = arrivals.Max() - arrivals.Min();
            var rate = Chats / (span.TotalSeconds + 1);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Chats} replies in {span.TotalSeconds:0.00} s of the fake clock: {rate:0.0}/s; {flood.Received} sends, {flood.TooManyRequests} answered 429, {flood.InsideKnownPenalty.Count} inside a known penalty, {flood.Penalties.Count} penalties; {clock.Steps} clock steps, {real.Elapsed.TotalSeconds:0.0} s real"));
            return new BacklogRun(bot, flood, rate);
        }
        finally
        {
            await bot.DisposeAsync();
        }
    }

    /// <summary>Telegram's limits as the bot ships them: one message a second per chat, 20 a minute per group, the default overall pace.</summary>
    internal static Dictionary<string, string?> StrictPacing() => new()
    {
        ["Bot:Telegram:Pacing:PerChatInterval"] = "00:00:01",
        ["Bot:Telegram:Pacing:GroupMessagesPerMinute"] = "20",
        ["Bot:Telegram:Pacing:GlobalMessagesPerSecond"] = new TelegramPacingOptions().GlobalMessagesPerSecond.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>10 ms there and back; one send in seven spends 9 ms of it on the way, the others 1 ms.</summary>
    internal static (TimeSpan Up, TimeSpan Down) Uneven(int nth) =>
        nth % 7 == 0 ? (TimeSpan.FromMilliseconds(9), TimeSpan.FromMilliseconds(1)) : (TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(9));

    private static void AssertEveryChatAnsweredOnce(FloodControl flood)
    {
        var chats = flood.Delivered.GroupBy(v => v.ChatId).ToList();
        Assert.Equal(Chats, chats.Count);
        Assert.All(chats, chat => Assert.Single(chat));
    }

    private sealed record BacklogRun(TelegramBotHarness Bot, FloodControl Flood, double Rate);
}
