using QuoteBot.Core.Localization;

namespace QuoteBot.Digest.Daily;

/// <summary>
/// The words of <c>/daily</c> on every platform, in one language. They live with the digest rather than in the core's
/// <c>UiStrings</c>: the digest is an optional part, and these are its words.
/// </summary>
public sealed record DailyStrings
{
    public required string Usage { get; init; }
    public required string Description { get; init; }
    public required string Title { get; init; }
    /// <summary>The refusal; the argument names the permission that makes an admin on the platform, if it has one.</summary>
    public required Func<string?, string> NotAdmin { get; init; }
    public required string CheckFailed { get; init; }
    public required string OutsideChat { get; init; }

    /// <summary>No daily quote yet; the argument is how to set one on the platform.</summary>
    public required Func<string, string> NotSet { get; init; }
    public required string Saved { get; init; }
    public required string TurnedOff { get; init; }
    public required Func<string, string, string> EveryDay { get; init; }
    public required Func<string, string, string> OnCron { get; init; }
    public required Func<string, string> NextPost { get; init; }
    public required Func<string, string> LastPost { get; init; }
    public required Func<string?, string> IsOff { get; init; }
    public required string Pinned { get; init; }
    public required string AsCards { get; init; }

    /// <summary>Cards asked for where the bot may not upload; the argument names the missing permission.</summary>
    public required Func<string, string> CannotPostCards { get; init; }
    public required Func<string, string> PreviewOf { get; init; }
    public required Func<string, string> BadTime { get; init; }
    public required Func<string, string> BadTimeOption { get; init; }
    public required Func<string, IReadOnlyList<string>, string> BadZone { get; init; }
    public required IReadOnlyList<(string Example, string Meaning)> Examples { get; init; }
    public required string AdminsOnly { get; init; }

    public static DailyStrings For(UiLanguage language) => language == UiLanguage.Chinese ? Chinese : English;

    public static readonly DailyStrings English = new()
    {
        Usage = "/daily <HH:mm> [zone] [pin] [card]",
        Description = "(admins) post the quote of the day here every day; /daily off · status · preview",
        Title = "Daily quote",
        NotAdmin = permission => permission is null
            ? "Only the admins of this chat can change its daily quote."
            : $"Only members with the {permission} permission can change the daily quote.",
        CheckFailed = "I could not check whether you are an admin of this chat. Please try again in a minute.",
        OutsideChat = "The daily quote can only be set up in a group or server channel.",
        NotSet = set => $"There is no daily quote in this chat yet. An admin can start it with {set}",
        Saved = "Done.",
        TurnedOff = "The daily quote is turned off.",
        EveryDay = (time, zone) => $"Every day at {time} ({zone}).",
        OnCron = (cron, zone) => $"On the schedule {cron} ({zone}).",
        NextPost = when => $"Next post: {when}",
        LastPost = date => $"Last post: {date}",
        IsOff = reason => reason is null ? "It is off." : $"It is off ({reason}).",
        Pinned = "Each post is pinned.",
        AsCards = "Each post is the quote's card (a picture, the words as its caption).",
        CannotPostCards = permission => $"I cannot post cards here: I lack the {permission} permission in this channel. Give it to me and try again, or set the daily quote without card.",
        PreviewOf = when => $"Preview of the post of {when}",
        BadTime = text => $"“{text}” is not a time of day. Write it as HH:mm, e.g. /daily 08:00 Asia/Shanghai, or a cron expression in quotes, e.g. /daily \"0 8 * * 1-5\" Europe/London",
        BadTimeOption = text => $"“{text}” is not a time of day. Write it as HH:mm, e.g. 08:00, or a cron expression, e.g. 0 8 * * 1-5",
        BadZone = (text, suggestions) => suggestions.Count > 0
            ? $"“{text}” is not a time zone I know. Did you mean {string.Join(", ", suggestions)}?"
            : $"“{text}” is not a time zone I know. Use an IANA name such as Asia/Shanghai, Europe/London or UTC.",
        Examples =
        [
            ("/daily 08:00 Asia/Shanghai", "every day at 08:00 Shanghai time; without a zone, the chat's current one (or the bot's default)"),
            ("/daily \"0 8 * * 1-5\" Europe/London", "a cron schedule: weekdays at 08:00"),
            ("/daily 08:00 Asia/Shanghai pin", "and pin each post"),
            ("/daily 08:00 Asia/Shanghai card", "post each quote as its card, a picture (with pin and the language in any order)"),
            ("/daily 08:00 Asia/Shanghai zh", "posts in Chinese (en: English); without it, in the bot's default language"),
            ("/daily status", "the schedule and the next post"),
            ("/daily preview", "the next post, now"),
            ("/daily off", "no more daily posts"),
        ],
        AdminsOnly = "Only the chat's admins can use /daily.",
    };

    public static readonly DailyStrings Chinese = new()
    {
        Usage = "/daily <HH:mm> [时区] [置顶] [卡片]",
        Description = "（管理员）每天在本群发布今日金句；/daily off · status · preview",
        Title = "每日金句",
        NotAdmin = permission => permission is null
            ? "只有本群的管理员可以设置每日金句。"
            : $"只有拥有“{permission}”权限的成员才能设置每日金句。",
        CheckFailed = "暂时无法确认你是否为本群管理员，请稍后再试。",
        OutsideChat = "每日金句只能在群组或服务器频道中设置。",
        NotSet = set => $"本群还没有设置每日金句。管理员可以发送 {set} 开启。",
        Saved = "已设置。",
        TurnedOff = "每日金句已关闭。",
        EveryDay = (time, zone) => $"每天 {time}（{zone}）。",
        OnCron = (cron, zone) => $"按计划 {cron}（{zone}）。",
        NextPost = when => $"下次发布：{when}",
        LastPost = date => $"上次发布：{date}",
        IsOff = reason => reason is null ? "目前已关闭。" : $"目前已关闭（{reason}）。",
        Pinned = "每条都会置顶。",
        AsCards = "每条都以金句卡片（图片，配文为金句原文）发布。",
        CannotPostCards = permission => $"无法在这里发布卡片：我在本频道没有“{permission}”权限。请授予该权限后再试，或不带卡片设置每日金句。",
        PreviewOf = when => $"预览：{when} 的金句",
        BadTime = text => $"“{text}”不是有效的时间。请写成 HH:mm，例如 /daily 08:00 Asia/Shanghai；或用引号括起 cron 表达式，例如 /daily \"0 8 * * 1-5\" Europe/London",
        BadTimeOption = text => $"“{text}”不是有效的时间。请写成 HH:mm，例如 08:00；或写 cron 表达式，例如 0 8 * * 1-5",
        BadZone = (text, suggestions) => suggestions.Count > 0
            ? $"“{text}”不是已知的时区。你是不是想写 {string.Join("、", suggestions)}？"
            : $"“{text}”不是已知的时区。请使用 IANA 名称，例如 Asia/Shanghai、Europe/London 或 UTC。",
        Examples =
        [
            ("/daily 08:00 Asia/Shanghai", "每天北京时间 08:00；不写时区则沿用本群当前的时区（或 bot 的默认时区）"),
            ("/daily \"0 8 * * 1-5\" Europe/London", "cron 计划：工作日 08:00"),
            ("/daily 08:00 Asia/Shanghai pin", "并置顶每条金句"),
            ("/daily 08:00 Asia/Shanghai 卡片", "以金句卡片（图片）发布（可与 pin 和语言任意顺序组合）"),
            ("/daily 08:00 Asia/Shanghai zh", "用中文发布（en：英文）；不写则用 bot 的默认语言"),
            ("/daily status", "查看计划和下次发布时间"),
            ("/daily preview", "现在预览下一条"),
            ("/daily off", "关闭每日金句"),
        ],
        AdminsOnly = "只有本群管理员可以使用 /daily。",
    };
}
