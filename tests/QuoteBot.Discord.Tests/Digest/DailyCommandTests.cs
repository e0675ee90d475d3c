using System.Globalization;
using QuoteBot.Digest.Admin;
using QuoteBot.Digest.Targets;
using QuoteBot.Discord.Digest;
using QuoteBot.Discord.Models;
using QuoteBot.Discord.Tests.Commands;

namespace QuoteBot.Discord.Tests.Digest;

/// <summary><c>/daily</c> over the fake gateway: who may use it, what it stores, what it answers.</summary>
public sealed class DailyCommandTests
{
    private static readonly Dictionary<string, string?> DigestOn = new() { ["Bot:Digest:Enabled"] = "true" };

    [Fact]
    public async Task A_member_with_Manage_Server_sets_the_daily_quote_and_status_shows_the_next_post_in_each_readers_zone()
    {
        await using var bot = await DiscordBotHarness.StartAsync(DigestOn);

        var set = await bot.InteractAsync(DailyInteractions.Set("501", "09:00", "asia/shanghai"));

        Assert.Equal(4, set.GetProperty("type").GetInt32());
        Assert.Equal(64, set.GetProperty("data").GetProperty("flags").GetInt32());
        // 09:00 in Shanghai on 2026-01-01 is 01:00 UTC; the clock stands at 00:00 UTC.
        var next = new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        Assert.Contains($"<t:{next}:F>", set.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);

        var status = await bot.InteractAsync(DailyInteractions.Status("501"));
        var text = status.GetProperty("data").GetProperty("content").GetString()!;
        Assert.Contains("<#501>", text, StringComparison.Ordinal);
        Assert.Contains("09:00 (Asia/Shanghai)", text, StringComparison.Ordinal);
        Assert.Contains($"<t:{next}:F>", text, StringComparison.Ordinal);
        Assert.Equal(64, status.GetProperty("data").GetProperty("flags").GetInt32());

        var stored = await bot.Get<IDigestAdmin>().StatusAsync("discord", "501");
        Assert.True(stored.Enabled);
        Assert.Equal("Asia/Shanghai", stored.TimeZone);
    }

    [Fact]
    public async Task A_member_without_Manage_Server_is_refused_and_nothing_is_stored()
    {
        await using var bot = await DiscordBotHarness.StartAsync(DigestOn);

        var refused = await bot.InteractAsync(DailyInteractions.Set("502", "08:00", "UTC", permissions: DailyInteractions.PlainMember));

        Assert.Equal(64, refused.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("Manage Server", refused.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.False((await bot.Get<IDigestAdmin>().StatusAsync("discord", "502")).Configured);

        // Administrator implies Manage Server.
        var admin = await bot.InteractAsync(DailyInteractions.Set("502", "08:00", "UTC", permissions: "8"));
        Assert.Contains("Done", admin.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.True((await bot.Get<IDigestAdmin>().StatusAsync("discord", "502")).Enabled);
    }

    [Fact]
    public async Task A_misspelt_time_zone_is_refused_with_suggestions_in_the_users_language()
    {
        await using var bot = await DiscordBotHarness.StartAsync(DigestOn);

        var english = await bot.InteractAsync(DailyInteractions.Set("503", "08:00", "Asia/Shangai"));
        var chinese = await bot.InteractAsync(DailyInteractions.Set("503", "08:00", "Asia/Shangai", locale: "zh-CN"));

        Assert.Equal(64, english.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("“Asia/Shangai” is not a time zone I know. Did you mean Asia/Shanghai", english.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("你是不是想写 Asia/Shanghai", chinese.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.False((await bot.Get<IDigestAdmin>().StatusAsync("discord", "503")).Configured);
    }

    [Fact]
    public void Daily_set_offers_an_optional_boolean_card_option()
    {
        var option = DailyCommandDefinition.Command.Options!.Single(o => o.Name == DailyCommandDefinition.Set).Options!.Single(o => o.Name == "card");
        Assert.Equal(ApplicationCommandOptionType.Boolean, option.Type);
        Assert.False(option.Required);
        Assert.Equal("卡片", option.NameLocalizations!["zh-CN"]);
    }

    /// <summary>Needs the digest to store <c>DailyArguments.Card</c> on the target.</summary>
    [Fact]
    public async Task The_card_option_set_to_true_makes_the_target_post_cards()
    {
        await using var bot = await DiscordBotHarness.StartAsync(DigestOn);

        await bot.InteractAsync(DailyInteractions.Daily("set", options: [("channel", 7, "505"), ("time", 3, "08:00"), ("timezone", 3, "UTC")]));
        Assert.False((await bot.Get<IDigestTargetStore>().FindAsync("discord:505"))!.Card);

        await bot.InteractAsync(DailyInteractions.Daily("set", options: [("channel", 7, "505"), ("time", 3, "08:00"), ("timezone", 3, "UTC"), ("card", 5, true)]));
        Assert.True((await bot.Get<IDigestTargetStore>().FindAsync("discord:505"))!.Card);
    }

    [Theory]
    [InlineData("en-US", "Attach Files")]
    [InlineData("zh-CN", "“Attach Files”权限")]
    public async Task Cards_are_refused_where_the_bot_lacks_Attach_Files_and_accepted_where_it_has_it(string locale, string naming)
    {
        await using var bot = await DiscordBotHarness.StartAsync(DigestOn);
        var setWithCard = () => DailyInteractions.Daily("set", locale: locale, options: [("time", 3, "08:00"), ("timezone", 3, "UTC"), ("card", 5, true)]);

        // app_permissions: the bot's own in the channel asked from (88); Send Messages and View Channel only.
        var without = setWithCard();
        without["app_permissions"] = DailyInteractions.PlainMember;
        var refused = await bot.InteractAsync(without);
        Assert.Contains(naming, refused.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, refused.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Null(await bot.Get<IDigestTargetStore>().FindAsync("discord:88"));

        var with = setWithCard();
        with["app_permissions"] = (3072 | (1 << 15)).ToString(CultureInfo.InvariantCulture);
        await bot.InteractAsync(with);
        Assert.True((await bot.Get<IDigestTargetStore>().FindAsync("discord:88"))!.Card);
    }

    [Fact]
    public async Task The_preview_of_a_card_target_shows_the_card_only_to_the_admin()
    {
        await using var bot = await DiscordBotHarness.StartAsync(DigestOn);
        await bot.InteractAsync(DailyInteractions.Daily("set", options: [("channel", 7, "506"), ("time", 3, "08:00"), ("timezone", 3, "UTC"), ("card", 5, true)]));

        var edit = await CardTests.CardEditAsync(bot, DailyInteractions.Daily("preview", options: [("channel", 7, "506")]), ephemeral: true);

        var file = Assert.Single(edit.Files);
        CardTests.AssertCardPng(file.Bytes);
        Assert.Equal("attachment://" + file.FileName, edit.Json.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        Assert.StartsWith("Preview of the post of", edit.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, edit.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task The_language_option_sets_the_language_of_the_posts_and_a_chinese_client_alone_does_not()
    {
        await using var bot = await DiscordBotHarness.StartAsync(DigestOn);

        await bot.InteractAsync(DailyInteractions.Daily("set", locale: "zh-CN", options: [("channel", 7, "504"), ("time", 3, "08:00"), ("timezone", 3, "UTC")]));
        Assert.Null((await bot.Get<IDigestTargetStore>().FindAsync("discord:504"))!.Language);

        var set = await bot.InteractAsync(DailyInteractions.Daily("set", options: [("channel", 7, "504"), ("time", 3, "08:00"), ("timezone", 3, "UTC"), ("language", 3, "zh")]));
        Assert.Contains("Done", set.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("zh", (await bot.Get<IDigestTargetStore>().FindAsync("discord:504"))!.Language);
    }

    [Fact]
    public async Task The_time_zone_option_autocompletes_over_IANA_ids()
    {
        await using var bot = await DiscordBotHarness.StartAsync(DigestOn);

        var answer = await bot.InteractAsync(DailyInteractions.TimeZoneAutocomplete("shang"));

        Assert.Equal(8, answer.GetProperty("type").GetInt32());
        var choices = answer.GetProperty("data").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Contains("Asia/Shanghai", choices);
        Assert.InRange(choices.Count, 1, 25);
    }
}
