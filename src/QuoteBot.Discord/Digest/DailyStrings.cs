using System.Globalization;
using QuoteBot.Core.Localization;
using QuoteBot.Core;
using QuoteBot.Digest.Admin;

namespace QuoteBot.Discord.Digest;

/// <summary>The words of <c>/daily</c>'s replies, in English and Chinese. Times are <c>&lt;t:unix:F&gt;</c>: each reader sees their own zone.</summary>
internal static class DailyStrings
{
    public static string NotAllowed(UiLanguage l) => l == UiLanguage.Chinese
        ? "只有拥有**管理服务器**权限的成员才能设置每日金句。"
        : "Only members with the **Manage Server** permission can set up the daily quote.";

    public static string GuildOnly(UiLanguage l) => l == UiLanguage.Chinese
        ? "每日金句只能在服务器频道中设置。"
        : "The daily quote can only be set up in a server channel.";

    public static string BadTimeZone(UiLanguage l, string typed, IReadOnlyList<string> suggestions) => l == UiLanguage.Chinese
        ? suggestions.Count == 0
            ? $"“{typed}”不是已知的时区；请使用 IANA 时区，例如 UTC、Asia/Shanghai、America/New_York。"
            : $"“{typed}”不是已知的时区；你是不是想用 {string.Join("、", suggestions)}？"
        : suggestions.Count == 0
            ? $"'{typed}' is not a known time zone; use an IANA id such as UTC, Asia/Shanghai or America/New_York."
            : $"'{typed}' is not a known time zone; did you mean {string.Join(", ", suggestions)}?";

    public static string Refused(UiLanguage l, string? message) => l == UiLanguage.Chinese
        ? $"无法设置：{message}（时间请写成 HH:mm，例如 08:00）"
        : $"Not set: {message}";

    public static string SetDone(UiLanguage l, string channel) => l == UiLanguage.Chinese
        ? $"已设置：每日金句将发送到 {channel}。"
        : $"Done: the quote of the day will be posted in {channel}.";

    public static string TurnedOff(UiLanguage l, string channel) => l == UiLanguage.Chinese
        ? $"已关闭 {channel} 的每日金句。"
        : $"The daily quote in {channel} is off.";

    public static string Status(UiLanguage l, DigestStatus status, string channel)
    {
        var zh = l == UiLanguage.Chinese;
        if (!status.Configured)
        {
            return zh ? $"{channel} 尚未设置每日金句。用 `/daily set` 设置。" : $"No daily quote is set for {channel}. Set one with `/daily set`.";
        }

        var lines = new List<string>();
        if (status.Enabled)
        {
            lines.Add(zh
                ? $"{channel} 每天 {status.Schedule}（{status.TimeZone}）发送今日金句。"
                : $"{channel} gets the quote of the day at {status.Schedule} ({status.TimeZone}).");
            if (status.NextPostAt is { } next)
            {
                var t = next.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                lines.Add(zh ? $"下一次：<t:{t}:F>（<t:{t}:R>）" : $"Next post: <t:{t}:F> (<t:{t}:R>)");
            }
        }
        else
        {
            var reason = status.DisabledReason ?? (zh ? "已关闭" : "turned off");
            lines.Add(zh ? $"{channel} 的每日金句已停止：{reason}。用 `/daily set` 重新开启。" : $"The daily quote in {channel} is off: {reason}. Turn it on again with `/daily set`.");
        }

        if (status.LastPostDate is { } last)
        {
            var date = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            lines.Add(zh ? $"上一次发送：{date}" : $"Last posted: {date}");
        }

        return string.Join('\n', lines);
    }

    public static string PreviewHeader(UiLanguage l, DigestPreview preview)
    {
        var date = preview.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var when = preview.PostAt is { } at ? $" <t:{at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:F>" : string.Empty;
        return l == UiLanguage.Chinese ? $"预览：{date} 的每日金句{when}" : $"Preview of the daily post for {date}{when}";
    }
}
