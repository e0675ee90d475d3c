using QuoteBot.Digest.Admin;
using QuoteBot.Digest.Targets;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Telegram.Tests.Fakes;

namespace QuoteBot.Telegram.Tests.Digest;

/// <summary><c>/daily</c> over the wire: who may use it (checked with getChatMember), what it stores, what it answers.</summary>
public sealed class DailyCommandTests : IAsyncLifetime
{
    private const long Admin = 555;
    private const long Member = 666;
    private const long Channel = -1004004;

    private TelegramBotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await TelegramBotHarness.StartAsync();
        _bot.Api.SetMember(Updates.Supergroup, Admin, "administrator");
        _bot.Api.SetMember(Updates.Group, Admin, "creator");
        _bot.Api.SetMember(Updates.Supergroup, Member, "member");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private IDigestAdmin Digest => _bot.Get<IDigestAdmin>();

    private async Task<string> AskAsync(string text, long chat = Updates.Supergroup, long user = Admin, string language = "en")
    {
        var before = _bot.Api.Sent.Count(c => c.ChatId == chat);
        _bot.Api.Enqueue(Updates.Message(text, chat, language, user));
        return TelegramHtmlCheck.AssertValid((await _bot.Api.WaitForSendAsync(c => c.ChatId == chat, before + 1)).Text);
    }

    [Fact]
    public async Task An_admin_sets_the_daily_post_and_status_shows_the_next_one_in_the_chats_zone()
    {
        // The clock stands at 2026-11-29 08:00 UTC, 16:00 in Shanghai: today's 08:00 has passed.
        var set = await AskAsync("/daily 08:00 Asia/Shanghai");
        Assert.Contains("Every day at 08:00 (Asia/Shanghai).", set, StringComparison.Ordinal);
        Assert.Contains("Next post: 2026-11-30 08:00 (Asia/Shanghai)", set, StringComparison.Ordinal);
        Assert.Single(_bot.Api.CallsTo("getChatMember"), c => c.ChatId == Updates.Supergroup && c.Body["user_id"]!.GetValue<long>() == Admin);

        var status = await AskAsync("/daily status");
        Assert.Contains("Next post: 2026-11-30 08:00 (Asia/Shanghai)", status, StringComparison.Ordinal);
        var stored = Assert.Single(await _bot.Get<IDigestTargetStore>().ListAsync());
        Assert.Equal(("-1003003", "08:00", "Asia/Shanghai", "555", (string?)null), (stored.ChatId, stored.Schedule, stored.TimeZone, stored.CreatedBy, stored.Language));

        // A new time without a zone keeps the chat's zone.
        var moved = await AskAsync("/daily 9:30");
        Assert.Contains("Next post: 2026-11-30 09:30 (Asia/Shanghai)", moved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_who_is_not_an_admin_is_refused_and_nothing_is_stored()
    {
        var refused = await AskAsync("/daily 08:00 Asia/Shanghai", user: Member);
        Assert.Contains("Only the admins of this chat can change its daily quote.", refused, StringComparison.Ordinal);
        var stranger = await AskAsync("/daily off", user: 999);
        Assert.Contains("Only the admins", stranger, StringComparison.Ordinal);
        var status = await AskAsync("/daily status", user: Member);
        Assert.Contains("Only the admins", status, StringComparison.Ordinal);

        Assert.Empty(await _bot.Get<IDigestTargetStore>().ListAsync());
        Assert.False((await Digest.StatusAsync("telegram", "-1003003")).Configured);
        Assert.Equal(3, _bot.Api.CallsTo("getChatMember").Count);
    }

    [Fact]
    public async Task A_misspelt_time_zone_gets_suggestions_and_a_bad_time_an_example()
    {
        var zone = await AskAsync("/daily 08:00 Asia/Shangai");
        Assert.Contains("“Asia/Shangai” is not a time zone I know. Did you mean Asia/Shanghai", zone, StringComparison.Ordinal);
        var time = await AskAsync("/daily 25:00 Asia/Shanghai");
        Assert.Contains("“25:00” is not a time of day", time, StringComparison.Ordinal);
        Assert.Contains("/daily 08:00 Asia/Shanghai", time, StringComparison.Ordinal);
        Assert.Empty(await _bot.Get<IDigestTargetStore>().ListAsync());

        var chinese = await AskAsync("/daily 08:00 Asia/Shangai", language: "zh-hans");
        Assert.Contains("不是已知的时区。你是不是想写 Asia/Shanghai", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Off_preview_and_a_quoted_cron_schedule()
    {
        var cron = await AskAsync("/daily “0 8 * * 1-5” Europe/London");
        Assert.Contains("On the schedule 0 8 * * 1-5 (Europe/London).", cron, StringComparison.Ordinal);
        // 2026-11-29 is a Sunday: the next weekday is Monday the 30th.
        Assert.Contains("Next post: 2026-11-30 08:00 (Europe/London)", cron, StringComparison.Ordinal);

        var preview = await AskAsync("/daily preview");
        Assert.Contains("Quote of the day · 2026-11-30", preview, StringComparison.Ordinal);
        Assert.Contains("Preview of the post of 2026-11-30", preview, StringComparison.Ordinal);
        var buttons = _bot.Api.Sent[^1].Body["reply_markup"]!["inline_keyboard"]![0]!.AsArray();
        Assert.Contains(buttons, b => b!["callback_data"]!.GetValue<string>().StartsWith("c:q", StringComparison.Ordinal));

        var off = await AskAsync("/daily off");
        Assert.Contains("The daily quote is turned off.", off, StringComparison.Ordinal);
        Assert.Contains("It is off (turned off by 555).", off, StringComparison.Ordinal);
        Assert.False((await Digest.StatusAsync("telegram", "-1003003")).Enabled);
    }

    [Fact]
    public async Task In_a_channel_the_post_comes_from_the_channel_itself_and_counts_as_an_admins()
    {
        _bot.Api.Enqueue(Updates.ChannelPost("/daily 07:15 Europe/Berlin"));
        var sent = await _bot.Api.WaitForSendAsync(c => c.ChatId == Channel);
        Assert.Contains("Next post: 2026-11-30 07:15 (Europe/Berlin)", sent.Text, StringComparison.Ordinal);
        Assert.Empty(_bot.Api.CallsTo("getChatMember"));
        Assert.Equal("chat -1004004", (await _bot.Get<IDigestTargetStore>().FindAsync("telegram:-1004004"))!.CreatedBy);
    }

    [Fact]
    public async Task An_anonymous_group_admin_and_the_owner_of_a_private_chat_may_use_it_and_a_forum_topic_is_kept()
    {
        var anonymous = Updates.Message("/daily 08:00", Updates.Supergroup, user: 1087968824);
        anonymous["message"]!["sender_chat"] = Updates.Chat(Updates.Supergroup);
        anonymous["message"]!["message_thread_id"] = 77;
        anonymous["message"]!["is_topic_message"] = true;
        _bot.Api.Enqueue(anonymous);
        var inTopic = await _bot.Api.WaitForSendAsync(c => c.ChatId == Updates.Supergroup);
        Assert.Contains("Every day at 08:00 (UTC).", inTopic.Text, StringComparison.Ordinal);
        Assert.Equal(77, inTopic.Body["message_thread_id"]!.GetValue<int>());
        Assert.Equal("77", (await _bot.Get<IDigestTargetStore>().FindAsync("telegram:-1003003"))!.ThreadId);

        var mine = await AskAsync("/daily 06:45 America/New_York pin", chat: Updates.PrivateChat, user: 777);
        Assert.Contains("Done. Each post is pinned.", mine, StringComparison.Ordinal);
        Assert.True((await _bot.Get<IDigestTargetStore>().FindAsync("telegram:1001"))!.Pin);
        Assert.Empty(_bot.Api.CallsTo("getChatMember"));
    }

    [Fact]
    public async Task A_language_after_the_zone_sets_the_language_of_the_posts()
    {
        var set = await AskAsync("/daily 08:00 Asia/Shanghai 中文");

        Assert.Contains("Every day at 08:00 (Asia/Shanghai).", set, StringComparison.Ordinal);
        Assert.Equal("zh", (await _bot.Get<IDigestTargetStore>().FindAsync("telegram:-1003003"))!.Language);
    }

    [Fact]
    public async Task Replies_follow_the_admins_language_and_daily_alone_shows_the_status()
    {
        var none = await AskAsync("/daily", language: "zh-hans");
        Assert.Contains("本群还没有设置每日金句", none, StringComparison.Ordinal);
        var set = await AskAsync("/daily 08:00 Asia/Shanghai", language: "zh-hans");
        Assert.Contains("每天 08:00（Asia/Shanghai）。", set, StringComparison.Ordinal);
        Assert.Contains("下次发布：2026-11-30 08:00 (Asia/Shanghai)", set, StringComparison.Ordinal);
        // The posts are in the bot's default language unless the admin names one, whatever the admin's own language.
        Assert.Null((await _bot.Get<IDigestTargetStore>().FindAsync("telegram:-1003003"))!.Language);

        var usage = await AskAsync("/daily help");
        Assert.Contains("/daily off", usage, StringComparison.Ordinal);
        Assert.Contains("Only the chat's admins can use /daily.", usage, StringComparison.Ordinal);
    }
}
