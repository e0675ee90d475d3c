using QuoteBot.Discord.Commands;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Digest;

/// <summary>
/// <c>/daily set|off|status|preview</c>: servers only, shown by default to members with Manage Server (the handler
/// checks the member's permissions again, since a server can change who sees a command).
/// </summary>
public static class DailyCommandDefinition
{
    public const string Set = "set";
    public const string Off = "off";
    public const string Status = "status";
    public const string Preview = "preview";

    public const string ChannelOption = "channel";
    public const string TimeOption = "time";
    public const string TimeZoneOption = "timezone";
    public const string PinOption = "pin";
    public const string LanguageOption = "language";
    public const string CardOption = "card";

    /// <summary>MANAGE_GUILD (0x20) as Discord's decimal permission string.</summary>
    public const string ManageGuild = "32";

    /// <summary>Text and announcement channels, and threads in them.</summary>
    private static readonly int[] PostableChannels = [0, 5, 10, 11, 12];

    public static ApplicationCommandDefinition Command { get; } = new()
    {
        Name = DiscordCommandSet.Daily,
        NameLocalizations = Zh("每日"),
        Description = "The quote of the day, posted to a channel every day (Manage Server)",
        DescriptionLocalizations = Zh("每天定时把今日金句发到频道（需要管理服务器权限）"),
        DefaultMemberPermissions = ManageGuild,
        Contexts = [InteractionContextType.Guild],
        IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
        Options =
        [
            Sub(Set, "设置", "Post the quote of the day to a channel at a local time", "每天在当地时间把今日金句发到频道",
                Channel(required: true),
                Text(TimeOption, "时间", "Local time of day, e.g. 08:00", "当地时间，例如 08:00", required: true, autocomplete: false),
                Text(TimeZoneOption, "时区", "IANA time zone, e.g. Asia/Shanghai or UTC", "IANA 时区，例如 Asia/Shanghai 或 UTC", required: true, autocomplete: true),
                Flag(PinOption, "置顶", "Pin each post (needs Pin Messages)", "置顶每条帖子（需要置顶消息权限）"),
                new ApplicationCommandOption
                {
                    Type = ApplicationCommandOptionType.String,
                    Name = LanguageOption,
                    NameLocalizations = Zh("语言"),
                    Description = "Language of the posts (the bot's default if empty)",
                    DescriptionLocalizations = Zh("帖子的语言（留空为 bot 的默认语言）"),
                    Required = false,
                    Choices =
                    [
                        new ApplicationCommandOptionChoice { Name = "English", NameLocalizations = Zh("英文"), Value = ApplicationCommandOptionChoice.FromString("English", "en").Value },
                        new ApplicationCommandOptionChoice { Name = "中文", Value = ApplicationCommandOptionChoice.FromString("中文", "zh").Value },
                    ],
                },
                Flag(CardOption, "卡片", "Post the quote as a picture card, with its text", "以图片卡片发送金句（附文字）")),
            Sub(Off, "关闭", "Stop the daily quote in a channel", "停止在频道发送每日金句", Channel(required: false)),
            Sub(Status, "状态", "The daily quote's setting and next post", "每日金句的设置和下一次发送时间", Channel(required: false)),
            Sub(Preview, "预览", "See the next daily post, only you", "预览下一条每日金句（仅自己可见）", Channel(required: false)),
        ],
    };

    private static ApplicationCommandOption Sub(string name, string zhName, string description, string zhDescription, params ApplicationCommandOption[] options) => new()
    {
        Type = ApplicationCommandOptionType.SubCommand,
        Name = name,
        NameLocalizations = Zh(zhName),
        Description = description,
        DescriptionLocalizations = Zh(zhDescription),
        Options = options,
    };

    private static ApplicationCommandOption Channel(bool required) => new()
    {
        Type = ApplicationCommandOptionType.Channel,
        Name = ChannelOption,
        NameLocalizations = Zh("频道"),
        Description = required ? "The channel or thread to post in" : "The channel (this one if empty)",
        DescriptionLocalizations = Zh(required ? "要发送到的频道或子区" : "频道（留空为当前频道）"),
        Required = required,
        ChannelTypes = PostableChannels,
    };

    private static ApplicationCommandOption Flag(string name, string zhName, string description, string zhDescription) => new()
    {
        Type = ApplicationCommandOptionType.Boolean,
        Name = name,
        NameLocalizations = Zh(zhName),
        Description = description,
        DescriptionLocalizations = Zh(zhDescription),
        Required = false,
    };

    private static ApplicationCommandOption Text(string name, string zhName, string description, string zhDescription, bool required, bool autocomplete) => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = name,
        NameLocalizations = Zh(zhName),
        Description = description,
        DescriptionLocalizations = Zh(zhDescription),
        Required = required,
        Autocomplete = autocomplete,
        MaxLength = 64,
    };

    private static Dictionary<string, string> Zh(string text) => new() { [DiscordCommandSet.Chinese] = text };
}
