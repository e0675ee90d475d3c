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
}
