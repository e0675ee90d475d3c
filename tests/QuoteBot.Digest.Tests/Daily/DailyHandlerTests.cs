using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Digest.Daily;
using QuoteBot.Digest.Tests.Support;

namespace QuoteBot.Digest.Tests.Daily;

/// <summary>
/// Every decision of <c>/daily</c>, once for all platforms: who is answered, what is stored (the language of the posts
/// above all), and the words of the answer. The platforms' own tests cover only how they read and send.
/// </summary>
public sealed class DailyHandlerTests : IAsyncDisposable
{
    // 2026-05-04 10:00 UTC = 18:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);

    private readonly DigestHarness _bot = new(new FakeTimeProvider(Now), DigestHarness.Targets());

    private DailyHandler Daily => _bot.Services.GetRequiredService<DailyHandler>();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Theory]
    [InlineData(DailyAsker.NotAdmin, "Only the admins of this chat can change its daily quote.")]
    [InlineData(DailyAsker.Unknown, "I could not check whether you are an admin of this chat.")]
    [InlineData(DailyAsker.OutsideChat, "only be set up in a group or server channel")]
    public async Task Anyone_but_an_admin_is_refused_and_nothing_is_stored(DailyAsker asker, string says)
    {
        var reply = await AskAsync("08:00 Asia/Shanghai", asker);

        Assert.Contains(says, reply.Text, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.False((await _bot.Admin.StatusAsync("telegram", "-100")).Configured);
    }

    [Fact]
    public async Task A_platform_that_names_its_admin_permission_is_refused_in_those_words()
    {
        var reply = await Daily.AnswerAsync(Request("08:00 UTC", DailyAsker.NotAdmin) with { AdminPermission = "Manage Server" }, CancellationToken.None);

        Assert.Equal("Only members with the Manage Server permission can change the daily quote.", reply.Text);
    }

    [Fact]
    public async Task The_posts_are_in_the_bots_default_language_whatever_the_admins_own_language()
    {
        var reply = await AskAsync("08:00 Asia/Shanghai", language: UiLanguage.Chinese);

        // The answer is in the admin's language; the posts are not.
        Assert.Contains("每天 08:00（Asia/Shanghai）。", reply.Text, StringComparison.Ordinal);
        Assert.Null((await _bot.TargetStore.FindAsync("telegram:-100"))!.Language);
    }

    [Theory]
    [InlineData("08:00 Asia/Shanghai zh", "zh")]
    [InlineData("08:00 Asia/Shanghai 中文 pin", "zh")]
    [InlineData("08:00 Asia/Shanghai en", "en")]
    public async Task An_admin_who_names_a_language_gets_the_posts_in_it(string text, string stored)
    {
        await AskAsync(text, language: UiLanguage.English);

        Assert.Equal(stored, (await _bot.TargetStore.FindAsync("telegram:-100"))!.Language);
    }

    [Fact]
    public async Task Status_gives_the_schedule_and_the_next_post_in_the_targets_zone_or_as_the_platform_shows_instants()
    {
        var set = await AskAsync("08:00 Asia/Shanghai pin");
        Assert.Equal("Done. Each post is pinned.\nEvery day at 08:00 (Asia/Shanghai).\nNext post: 2026-05-05 08:00 (Asia/Shanghai)", set.Text);
        Assert.Equal("Daily quote", set.Title);

        var shown = await Daily.AnswerAsync(Request("status") with { ChatMention = "<#-100>", ShowInstant = at => $"<t:{at.ToUnixTimeSeconds()}:F>" }, CancellationToken.None);
        Assert.Equal("Every day at 08:00 (Asia/Shanghai).\nEach post is pinned.\nNext post: <t:1777939200:F>", shown.Text);
        Assert.Equal("Daily quote · <#-100>", shown.Title);
    }

    [Fact]
    public async Task A_new_time_without_a_language_keeps_the_language_named_before()
    {
        await AskAsync("08:00 Asia/Shanghai zh", language: UiLanguage.English);

        await AskAsync("9:30", language: UiLanguage.English);

        Assert.Equal("zh", (await _bot.TargetStore.FindAsync("telegram:-100"))!.Language);
    }

    [Fact]
    public async Task A_new_time_without_a_zone_keeps_the_chats_zone()
    {
        await AskAsync("08:00 Asia/Shanghai");

        var moved = await AskAsync("9:30");

        Assert.Contains("Every day at 09:30 (Asia/Shanghai).", moved.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Off_and_status_without_a_setting_say_how_to_set_one_on_the_platform()
    {
        var text = await AskAsync("status");
        var option = await Daily.AnswerAsync(Request("off") with { SetCommand = "/daily set" }, CancellationToken.None);

        Assert.Equal("There is no daily quote in this chat yet. An admin can start it with /daily 08:00 Asia/Shanghai", text.Text);
        Assert.Equal("The daily quote is turned off.\nThere is no daily quote in this chat yet. An admin can start it with /daily set", option.Text);
    }

    [Fact]
    public async Task A_misspelt_zone_gets_suggestions_and_a_bad_time_the_platforms_form()
    {
        var zone = await AskAsync("08:00 Asia/Shangai");
        var textTime = await AskAsync("25:00 UTC");
        var optionTime = await Daily.AnswerAsync(Request("25:00 UTC") with { SetCommand = "/daily set" }, CancellationToken.None);

        Assert.StartsWith("“Asia/Shangai” is not a time zone I know. Did you mean Asia/Shanghai", zone.Text, StringComparison.Ordinal);
        Assert.Contains("e.g. /daily 08:00 Asia/Shanghai", textTime.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/daily", optionTime.Text, StringComparison.Ordinal);
        Assert.False((await _bot.Admin.StatusAsync("telegram", "-100")).Configured);
    }

    [Fact]
    public async Task Preview_is_the_post_itself_with_a_line_saying_so_and_help_lists_the_forms()
    {
        var preview = await AskAsync("preview");
        var help = await AskAsync("help");

        Assert.Equal(ReplyKind.Quote, preview.Kind);
        Assert.StartsWith("Preview of the post of 2026-05-0", preview.Footer, StringComparison.Ordinal);
        Assert.Contains(help.Items, i => i.Label == "/daily 08:00 Asia/Shanghai zh");
        Assert.Equal("Only the chat's admins can use /daily.", help.Footer);
    }

    [Fact]
    public async Task Daily_with_card_stores_it_and_saved_status_and_preview_say_and_show_the_card()
    {
        var set = await AskAsync("08:00 Asia/Shanghai card pin");
        var status = await AskAsync("status");
        var preview = await AskAsync("preview");

        Assert.True((await _bot.TargetStore.FindAsync("telegram:-100"))!.Card);
        Assert.Equal("Done. Each post is pinned. Each post is the quote's card (a picture, the words as its caption).\nEvery day at 08:00 (Asia/Shanghai).\nNext post: 2026-05-05 08:00 (Asia/Shanghai)", set.Text);
        Assert.Equal("Every day at 08:00 (Asia/Shanghai).\nEach post is pinned.\nEach post is the quote's card (a picture, the words as its caption).\nNext post: 2026-05-05 08:00 (Asia/Shanghai)", status.Text);
        // The preview is the card the chat will get on its next post's date, with the quote as the fallback.
        Assert.Equal(preview.Quote!.Id, preview.Card!.QuoteId);
        Assert.StartsWith("Quote of the day · 2026-05-05\n\n", preview.Card.Caption, StringComparison.Ordinal);
        Assert.True(preview.Ephemeral);
    }

    [Fact]
    public async Task Card_is_said_in_the_admins_language_and_a_new_setting_without_it_posts_text_again()
    {
        var set = await AskAsync("08:00 Asia/Shanghai 卡片", language: UiLanguage.Chinese);
        Assert.StartsWith("已设置。 每条都以金句卡片（图片，配文为金句原文）发布。\n每天 08:00（Asia/Shanghai）。", set.Text, StringComparison.Ordinal);

        // Like pin, card is part of each setting: a new one without it turns it off.
        await AskAsync("09:00");
        Assert.False((await _bot.TargetStore.FindAsync("telegram:-100"))!.Card);
        Assert.Null((await AskAsync("preview")).Card);
        Assert.DoesNotContain("card", (await AskAsync("status")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_shows_the_card_form_in_both_languages()
    {
        var english = await AskAsync("help");
        var chinese = await AskAsync("help", language: UiLanguage.Chinese);

        Assert.Contains(english.Items, i => i.Label == "/daily 08:00 Asia/Shanghai card");
        Assert.Contains(chinese.Items, i => i.Label == "/daily 08:00 Asia/Shanghai 卡片");
        Assert.Contains("card", DailyStrings.English.Usage, StringComparison.Ordinal);
        Assert.Contains("卡片", DailyStrings.Chinese.Usage, StringComparison.Ordinal);
    }

    private Task<Reply> AskAsync(string text, DailyAsker asker = DailyAsker.Admin, UiLanguage language = UiLanguage.English) =>
        Daily.AnswerAsync(Request(text, asker, language), CancellationToken.None);

    private static DailyRequest Request(string text, DailyAsker asker = DailyAsker.Admin, UiLanguage language = UiLanguage.English) =>
        new("telegram", "-100", DailyArguments.Parse(text), asker, language) { By = "555" };
}
