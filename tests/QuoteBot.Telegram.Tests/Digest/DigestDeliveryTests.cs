using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using QuoteBot.Core.State;
using QuoteBot.Digest.Admin;
using QuoteBot.Digest.Delivery;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Testing;
using Serilog.Core;

namespace QuoteBot.Telegram.Tests.Digest;

/// <summary>The daily post over the wire: on time in the chat's zone, once per day across restarts, and what happens to chats that refuse or move.</summary>
public sealed class DigestDeliveryTests : IDisposable
{
    private const long Admin = 555;

    /// <summary>08:00 in Shanghai on 2026-11-30 and 2026-12-01.</summary>
    private static readonly DateTimeOffset FirstSlot = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset SecondSlot = FirstSlot.AddDays(1);

    private readonly TempDirectory _data = new("quotebot-telegram-digest");

    public void Dispose() => _data.Dispose();

    private Dictionary<string, string?> OnSqlite(Dictionary<string, string?>? settings = null) => new(settings ?? [])
    {
        ["Bot:Storage:DataDirectory"] = _data.Path,
    };

    private static bool IsDigest(ApiCall call, DateTimeOffset slot) =>
        call.Text.Contains($"Quote of the day · {slot:yyyy-MM-dd}", StringComparison.Ordinal);

    [Fact]
    public async Task Set_at_0800_Shanghai_posts_once_a_day_at_0800_Shanghai_and_a_restart_repeats_nothing()
    {
        var first = await TelegramBotHarness.StartAsync(OnSqlite(), durableChats: true);
        var api = first.Api;
        api.SetMember(Updates.Supergroup, Admin, "administrator");
        api.Enqueue(Updates.Message("/daily 08:00 Asia/Shanghai", Updates.Supergroup, user: Admin));
        var set = await api.WaitForSendAsync(c => c.ChatId == Updates.Supergroup);
        Assert.Contains("Next post: 2026-11-30 08:00 (Asia/Shanghai)", set.Text, StringComparison.Ordinal);

        // Nothing before the minute: a second before it, the digest waits on the clock for the minute, having posted
        // nothing. At 08:00 Shanghai exactly one post, with its buttons.
        await first.Time.AdvanceToAsync(FirstSlot - TimeSpan.FromSeconds(1));
        await WaitUntil.TrueAsync(() => first.Clock.IsWaitingFor(FirstSlot), "the digest asleep until the minute");
        await first.Services.DigestAsleepAsync();
        Assert.DoesNotContain(api.Sent, c => IsDigest(c, FirstSlot));
        await first.Time.AdvanceToAsync(FirstSlot);
        var post = await api.WaitForSendAsync(c => IsDigest(c, FirstSlot));
        Assert.Equal(FirstSlot, post.At);
        Assert.Equal(Updates.Supergroup, post.ChatId);
        var buttons = post.Body["reply_markup"]!["inline_keyboard"]![0]!.AsArray().Select(b => b!["callback_data"]!.GetValue<string>()).ToList();
        Assert.Contains(buttons, b => b.StartsWith("c:q", StringComparison.Ordinal));
        TelegramHtmlCheck.AssertValid(post.Text);

        // A restart a few minutes later, well within the catch-up grace: the day's post is on record, not sent again.
        // The post is on record once the delivery has finished: a stop while its answer is still on the way would
        // leave the claim open, and the next start would send it again (the interrupted-send case further down).
        await first.Time.AdvanceToAsync(FirstSlot + TimeSpan.FromMinutes(5));
        await first.Services.DigestAsleepAsync();
        await first.StopAsync();
        await using var second = await TelegramBotHarness.StartAsync(OnSqlite(), api: api, time: first.Time, durableChats: true);
        await second.Time.AdvanceToAsync(FirstSlot + TimeSpan.FromHours(2));
        await second.Services.DigestAsleepAsync();
        Assert.Single(api.Sent, c => IsDigest(c, FirstSlot));

        await second.Time.AdvanceToAsync(SecondSlot);
        var next = await api.WaitForSendAsync(c => IsDigest(c, SecondSlot));
        Assert.Equal(SecondSlot, next.At);
        await second.Time.AdvanceToAsync(SecondSlot + TimeSpan.FromHours(3));
        await second.Services.DigestAsleepAsync();
        Assert.Single(api.Sent, c => IsDigest(c, FirstSlot));
        Assert.Single(api.Sent, c => IsDigest(c, SecondSlot));
        Assert.Equal(2, api.Sent.Count(c => c.Text.Contains("Quote of the day", StringComparison.Ordinal)));

        var status = await second.Get<IDigestAdmin>().StatusAsync("telegram", "-1003003");
        Assert.Equal(new DateOnly(2026, 12, 1), status.LastPostDate);
    }

    [Fact]
    public async Task A_blocked_chat_is_turned_off_and_a_migrated_group_followed_while_the_others_are_delivered()
    {
        const long Blocked = 3003;
        const long Normal = -1005005;
        var slot = new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
        var settings = OnSqlite(Targets(("-2002", "09:00", "UTC"), ("3003", "09:00", "UTC"), ("-1005005", "09:00", "UTC")));
        await using var bot = await TelegramBotHarness.StartAsync(settings, durableChats: true);
        await YesterdayHandledAsync(bot, slot, "-2002", "3003", "-1005005");
        bot.Api.FailNext("sendMessage", 403, "Forbidden: bot was blocked by the user", when: c => c.ChatId == Blocked);
        bot.Api.FailNext("sendMessage", 400, "Bad Request: group chat was upgraded to a supergroup chat",
            new JsonObject { ["migrate_to_chat_id"] = Updates.Supergroup }, when: c => c.ChatId == Updates.Group);

        await bot.Time.AdvanceToAsync(slot);
        await bot.Api.WaitForSendAsync(c => IsDigest(c, slot) && c.ChatId == Normal);
        await bot.Api.WaitForSendAsync(c => IsDigest(c, slot) && c.ChatId == Updates.Supergroup);
        await bot.Time.AdvanceToAsync(slot.AddDays(1));
        await bot.Api.WaitForSendAsync(c => c.ChatId == Updates.Supergroup, count: 2);
        await bot.Api.WaitForSendAsync(c => c.ChatId == Normal, count: 2);
        await bot.Time.AdvanceToAsync(slot.AddDays(1).AddHours(1));
        await bot.Services.DigestAsleepAsync();

        // The normal chat and the group at its new id get one post a day; the old id and the blocked chat are tried once.
        Assert.Equal(2, bot.Api.Sent.Count(c => c.ChatId == Normal));
        Assert.Equal(2, bot.Api.Sent.Count(c => c.ChatId == Updates.Supergroup));
        Assert.Single(bot.Api.Sent, c => c.ChatId == Updates.Group);
        Assert.Single(bot.Api.Sent, c => c.ChatId == Blocked);

        var digest = bot.Get<IDigestAdmin>();
        var blocked = await digest.StatusAsync("telegram", "3003");
        Assert.False(blocked.Enabled);
        Assert.Contains("blocked by the user", blocked.DisabledReason, StringComparison.Ordinal);
        var chats = bot.Get<IChatRegistry>();
        Assert.Equal(ChatStatus.Blocked, (await chats.FindAsync("telegram", "3003"))!.Status);
        Assert.Equal(ChatStatus.Migrated, (await chats.FindAsync("telegram", "-2002"))!.Status);
        // The post's date is recorded once Telegram's answer is back, a moment after the fake took the message.
        await WaitUntil.TrueAsync(async () => (await digest.StatusAsync("telegram", "-1003003")).LastPostDate == new DateOnly(2026, 11, 30), "the moved group's second post recorded");
        var moved = await digest.StatusAsync("telegram", "-1003003");
        Assert.True(moved.Enabled);
        Assert.Equal("-1003003", moved.ChatId);
        Assert.Equal(new DateOnly(2026, 11, 30), moved.LastPostDate);
    }

    [Fact]
    public async Task A_pinned_post_in_a_topic_is_pinned_silently_and_a_failed_pin_still_counts_as_delivered()
    {
        var slot = new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
        var settings = OnSqlite(Targets(("-1007007", "09:00", "UTC"), ("-1008008", "09:00", "UTC")));
        settings["Bot:Digest:Targets:0:Pin"] = "true";
        settings["Bot:Digest:Targets:0:ThreadId"] = "77";
        settings["Bot:Digest:Targets:1:Pin"] = "true";
        await using var bot = await TelegramBotHarness.StartAsync(settings);
        await YesterdayHandledAsync(bot, slot, "-1007007", "-1008008");
        bot.Api.FailNext("pinChatMessage", 400, "Bad Request: not enough rights to manage pinned messages in the chat", when: c => c.ChatId == -1008008);

        await bot.Time.AdvanceToAsync(slot);
        await bot.Api.WaitForCallAsync(c => c.Method == "pinChatMessage", count: 2);
        await bot.Time.AdvanceToAsync(slot.AddHours(6));
        await bot.Services.DigestAsleepAsync();

        var inTopic = Assert.Single(bot.Api.Sent, c => c.ChatId == -1007007);
        Assert.Equal(77, inTopic.Body["message_thread_id"]!.GetValue<int>());
        Assert.Null(Assert.Single(bot.Api.Sent, c => c.ChatId == -1008008).Body["message_thread_id"]);

        var ledger = bot.Get<IDeliveryLedger>();
        var date = new DateOnly(2026, 11, 29);
        var pinned = await ledger.FindAsync("telegram:-1007007", date);
        var pin = Assert.Single(bot.Api.CallsTo("pinChatMessage"), c => c.ChatId == -1007007);
        Assert.Equal(pinned!.MessageId, pin.Body["message_id"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture));
        Assert.True(pin.Body["disable_notification"]!.GetValue<bool>());
        Assert.Equal(DeliveryState.Sent, (await ledger.FindAsync("telegram:-1008008", date))!.State);
    }

    [Fact]
    public async Task A_post_cut_off_by_a_crash_is_sent_again_once_and_the_log_says_only_it_may_repeat()
    {
        const long Chat = -1009009;
        var slot = new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
        var settings = OnSqlite(Targets(("-1009009", "09:00", "UTC")));
        var first = await TelegramBotHarness.StartAsync(settings, durableChats: true);
        var api = first.Api;
        await YesterdayHandledAsync(first, slot, "-1009009");
        // The message reaches Telegram, and the bot dies before it hears back: the answer is held until the bot hangs up.
        api.Fault(async (call, context) =>
        {
            if (call.Method != "sendMessage" || call.ChatId != Chat)
            {
                return false;
            }

            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The bot hung up: it never heard that the message arrived.
            }

            return true;
        });
        await first.Time.AdvanceToAsync(slot);
        await api.WaitForSendAsync(c => c.ChatId == Chat);
        await first.StopAsync();

        var log = new RecordingLogSink();
        await using var second = await TelegramBotHarness.StartAsync(settings, api: api, time: first.Time, durableChats: true,
            services: s => s.AddSingleton<ILogEventSink>(log));
        await api.WaitForSendAsync(c => c.ChatId == Chat, count: 2);
        await second.Time.AdvanceToAsync(slot.AddDays(1).AddHours(1));
        await second.Services.DigestAsleepAsync();

        Assert.Equal(3, api.Sent.Count(c => c.ChatId == Chat));
        var warning = Assert.Single(log.WithEventId(3600));
        Assert.Contains("is attempt 2", warning, StringComparison.Ordinal);
        Assert.Contains("this one message appears twice there; no other post is at risk", warning, StringComparison.Ordinal);
        Assert.Equal(DeliveryState.Sent, (await second.Get<IDeliveryLedger>().FindAsync("telegram:-1009009", new DateOnly(2026, 11, 29)))!.State);
    }

    /// <summary>
    /// Waits until the start-up round has recorded yesterday's slot of each configured target as skipped (it was missed
    /// by more than the grace). Until then that delivery is in flight, and the engine would start today's only at its
    /// next wake-up, which a test that stops moving the clock never reaches.
    /// </summary>
    internal static async Task YesterdayHandledAsync(TelegramBotHarness bot, DateTimeOffset slot, params string[] chats)
    {
        var ledger = bot.Get<IDeliveryLedger>();
        var yesterday = DateOnly.FromDateTime(slot.UtcDateTime).AddDays(-1);
        foreach (var chat in chats)
        {
            await WaitUntil.TrueAsync(async () => (await ledger.FindAsync($"telegram:{chat}", yesterday))?.IsFinal == true, $"yesterday's slot of {chat} handled");
        }
    }

    /// <summary><c>Bot:Digest:Targets</c> entries for Telegram chats.</summary>
    internal static Dictionary<string, string?> Targets(params (string Chat, string Time, string Zone)[] targets)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < targets.Length; i++)
        {
            settings[$"Bot:Digest:Targets:{i}:Platform"] = "telegram";
            settings[$"Bot:Digest:Targets:{i}:ChatId"] = targets[i].Chat;
            settings[$"Bot:Digest:Targets:{i}:Time"] = targets[i].Time;
            settings[$"Bot:Digest:Targets:{i}:TimeZone"] = targets[i].Zone;
        }

        return settings;
    }
}
