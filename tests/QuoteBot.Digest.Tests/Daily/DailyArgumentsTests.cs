using CsCheck;
using QuoteBot.Digest.Daily;

namespace QuoteBot.Digest.Tests.Daily;

public sealed class DailyArgumentsTests
{
    [Theory]
    [InlineData("", DailyAction.Status, null, null, false)]
    [InlineData("status", DailyAction.Status, null, null, false)]
    [InlineData("状态", DailyAction.Status, null, null, false)]
    [InlineData("OFF", DailyAction.Off, null, null, false)]
    [InlineData("关闭", DailyAction.Off, null, null, false)]
    [InlineData("preview", DailyAction.Preview, null, null, false)]
    [InlineData("help", DailyAction.Usage, null, null, false)]
    [InlineData("08:00 Asia/Shanghai", DailyAction.Set, "08:00", "Asia/Shanghai", false)]
    [InlineData("8:00", DailyAction.Set, "8:00", null, false)]
    [InlineData("08：00　Asia/Shanghai", DailyAction.Set, "08:00", "Asia/Shanghai", false)]
    [InlineData("08:00 Asia/Shanghai pin", DailyAction.Set, "08:00", "Asia/Shanghai", true)]
    [InlineData("08:00 置顶", DailyAction.Set, "08:00", null, true)]
    [InlineData("\"0 8 * * 1-5\" Europe/London", DailyAction.Set, "0 8 * * 1-5", "Europe/London", false)]
    [InlineData("“0 8 * * 1-5” Europe/London pin", DailyAction.Set, "0 8 * * 1-5", "Europe/London", true)]
    [InlineData("'30 7 * * *'", DailyAction.Set, "30 7 * * *", null, false)]
    [InlineData("0 8 * * 1-5 Europe/London", DailyAction.Set, "0 8 * * 1-5", "Europe/London", false)]
    [InlineData("\"0 8 * * 1-5 Europe/London", DailyAction.Set, "0 8 * * 1-5 Europe/London", null, false)]
    [InlineData("Asia/Shanghai", DailyAction.Set, "Asia/Shanghai", null, false)]
    [InlineData("08:00 Asia/Shanghai extra", DailyAction.Set, "08:00", "Asia/Shanghai extra", false)]
    public void Parses_what_admins_type(string text, DailyAction action, string? schedule, string? zone, bool pin)
    {
        Assert.Equal(new DailyArguments(action, schedule, zone, pin), DailyArguments.Parse(text));
    }

    [Theory]
    [InlineData("08:00 Asia/Shanghai zh", "Asia/Shanghai", false, "zh")]
    [InlineData("08:00 Asia/Shanghai pin 中文", "Asia/Shanghai", true, "zh")]
    [InlineData("08:00 Asia/Shanghai EN pin", "Asia/Shanghai", true, "en")]
    [InlineData("08:00 english", null, false, "en")]
    [InlineData("08:00 Asia/Shanghai", "Asia/Shanghai", false, null)]
    public void A_trailing_language_names_the_language_of_the_posts(string text, string? zone, bool pin, string? language)
    {
        Assert.Equal(new DailyArguments(DailyAction.Set, "08:00", zone, pin, language), DailyArguments.Parse(text));
    }

    [Theory]
    [InlineData("08:00 Asia/Shanghai card", "08:00", "Asia/Shanghai", false, null)]
    [InlineData("08:00 卡片", "08:00", null, false, null)]
    [InlineData("08:00 Asia/Shanghai 图片 置顶", "08:00", "Asia/Shanghai", true, null)]
    [InlineData("08:00 Asia/Shanghai CARD pin zh", "08:00", "Asia/Shanghai", true, "zh")]
    [InlineData("08:00 Asia/Shanghai en card", "08:00", "Asia/Shanghai", false, "en")]
    [InlineData("\"0 8 * * 1-5\" Europe/London card", "0 8 * * 1-5", "Europe/London", false, null)]
    [InlineData("0 8 * * 1-5 Europe/London cards pin", "0 8 * * 1-5", "Europe/London", true, null)]
    public void A_trailing_card_posts_cards(string text, string schedule, string? zone, bool pin, string? language)
    {
        Assert.Equal(new DailyArguments(DailyAction.Set, schedule, zone, pin, language, Card: true), DailyArguments.Parse(text));
    }

    [Theory]
    // A lone word is the schedule (refused later as a bad time), never a flag with no schedule.
    [InlineData("card", "card", null, false)]
    // Each flag is read once: a second "card" is left in the zone, which the admin then refuses as unknown.
    [InlineData("08:00 card card", "08:00", "card", true)]
    public void A_card_word_without_a_schedule_before_it_is_not_a_flag(string text, string schedule, string? zone, bool card)
    {
        Assert.Equal(new DailyArguments(DailyAction.Set, schedule, zone, Card: card), DailyArguments.Parse(text));
    }

    [Fact]
    public void Pin_card_and_the_language_are_read_in_any_order_and_any_letter_case()
    {
        var schedules = Gen.OneOfConst<(string Typed, string Read)>(("08:00", "08:00"), ("9:30", "9:30"), ("\"0 8 * * 1-5\"", "0 8 * * 1-5"), ("0 8 * * 1-5", "0 8 * * 1-5"));
        var zones = Gen.OneOfConst<string?>(null, "Asia/Shanghai", "UTC", "America/New_York");
        var pins = Gen.OneOfConst<string?>(null, "pin", "PIN", "置顶");
        var cards = Gen.OneOfConst<string?>(null, "card", "Card", "cards", "卡片", "图片");
        var languages = Gen.OneOfConst<(string Word, string Code)?>(null, ("en", "en"), ("English", "en"), ("zh", "zh"), ("中文", "zh"), ("汉语", "zh"));
        var cases = Gen.Select(schedules, zones, Gen.Select(pins, cards, languages))
            .SelectMany(c => Gen.Shuffle(new[] { c.Item3.Item1, c.Item3.Item2, c.Item3.Item3?.Word }.OfType<string>().ToArray())
                .Select(flags => (Schedule: c.Item1, Zone: c.Item2, Pin: c.Item3.Item1, Card: c.Item3.Item2, Language: c.Item3.Item3, Flags: flags)));

        cases.Sample(c =>
        {
            var text = string.Join(' ', new[] { c.Schedule.Typed, c.Zone }.OfType<string>().Concat(c.Flags));
            var expected = new DailyArguments(DailyAction.Set, c.Schedule.Read, c.Zone, c.Pin is not null, c.Language?.Code, c.Card is not null);
            Assert.Equal(expected, DailyArguments.Parse(text));
        });
    }
}
