using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Commands;

/// <summary>
/// The slash commands, with Chinese (<c>zh-CN</c>) names and descriptions, usable in servers and in DMs with the bot;
/// <c>/daily</c> (the digest's admin command) in servers only, for members with Manage Server.
/// </summary>
public static class DiscordCommandSet
{
    public const string Quote = "quote";
    public const string Topic = "topic";
    public const string Context = "context";
    public const string Search = "search";
    public const string Today = "today";
    public const string Help = "help";
    public const string Daily = "daily";

    public const string TopicOption = "topic";
    public const string IdOption = "id";
    public const string QueryOption = "query";

    /// <summary>The locale of the Chinese names and descriptions.</summary>
    internal const string Chinese = "zh-CN";

    public static IReadOnlyList<ApplicationCommandDefinition> All { get; } =
    [
        Command(Quote, "金句", "A random quote from Sam Altman's talk at Harvard Business School", "随机一句 Sam Altman 哈佛商学院演讲金句"),
        Command(Topic, "话题", "A quote on a topic: energy, scaling, AGI, startups…", "某个话题的金句：能源、规模、AGI、创业……",
            Option(TopicOption, "话题", "Topic, in English or Chinese", "话题（中文或英文）", required: true, autocomplete: true)),
        Command(Context, "上下文", "The question a quote answers and the paragraph around it", "金句回答的问题和所在段落",
            Option(IdOption, "编号", "Quote id, e.g. q07 (the last one shown if empty)", "金句编号，例如 q07（留空为上一句）", required: false, autocomplete: true)),
        Command(Search, "搜索", "Search the quotes and the talk, e.g. 核聚变 or ads", "搜索金句和演讲内容，例如 核聚变 或 广告",
            Option(QueryOption, "关键词", "Words to look for", "要搜索的词", required: true, autocomplete: false)),
        Command(Today, "今日", "The quote of the day", "今日金句"),
        Command(Help, "帮助", "What this bot does and its commands", "这个机器人能做什么"),
        Digest.DailyCommandDefinition.Command,
    ];

    private static ApplicationCommandDefinition Command(string name, string zhName, string description, string zhDescription, params ApplicationCommandOption[] options) => new()
    {
        Name = name,
        NameLocalizations = new Dictionary<string, string> { [Chinese] = zhName },
        Description = description,
        DescriptionLocalizations = new Dictionary<string, string> { [Chinese] = zhDescription },
        Options = options.Length == 0 ? null : options,
        Contexts = [InteractionContextType.Guild, InteractionContextType.BotDm],
        IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
    };

    private static ApplicationCommandOption Option(string name, string zhName, string description, string zhDescription, bool required, bool autocomplete) => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = name,
        NameLocalizations = new Dictionary<string, string> { [Chinese] = zhName },
        Description = description,
        DescriptionLocalizations = new Dictionary<string, string> { [Chinese] = zhDescription },
        Required = required,
        Autocomplete = autocomplete,
        MaxLength = 200,
    };
}
