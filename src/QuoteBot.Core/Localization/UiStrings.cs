namespace QuoteBot.Core.Localization;

/// <summary>Every word the bot says of its own, in one language.</summary>
public sealed record UiStrings
{
    public required UiLanguage Language { get; init; }
    public required string Another { get; init; }
    public required string Context { get; init; }
    public required string SameTopic { get; init; }
    public required string QuoteOfTheDay { get; init; }
    public required string ContextTitle { get; init; }
    public required string AskedBy { get; init; }
    public required string Host { get; init; }
    public required string Audience { get; init; }
    public required string NoQuestion { get; init; }
    public required string TopicsTitle { get; init; }
    /// <summary>How to pick a topic; the argument is "" or the " @talk" the list is narrowed to.</summary>
    public required Func<string, string> TopicsHint { get; init; }
    public required Func<int, string> QuoteCount { get; init; }
    public required Func<string, string> UnknownTopic { get; init; }
    public required string DidYouMean { get; init; }
    public required Func<string, string> SearchTitle { get; init; }
    public required Func<string, string> NothingFound { get; init; }
    public required string SearchEmpty { get; init; }
    public required string AlsoInTheTalk { get; init; }
    public required string MoreQuotes { get; init; }
    /// <summary>"There is no quote “q99”." with the ids there are ("q01–q14").</summary>
    public required Func<string, string, string> UnknownQuote { get; init; }
    /// <summary>"“7” is a quote number in several talks: /quote q07 (…), /quote r07 (…)." (what was typed, the choices).</summary>
    public required Func<string, string, string> InSeveralTalks { get; init; }
    /// <summary>A remark after a word: " (Harvard Business School)" or "（哈佛商学院）".</summary>
    public required Func<string, string> Parenthetical { get; init; }
    public required Func<string, string> QuoteOnTopicInstead { get; init; }
    public required Func<string, string> SearchInstead { get; init; }
    public required string SearchButton { get; init; }
    public required string SourcesTitle { get; init; }
    /// <summary>How to narrow to one talk, with a name of the first talk as the example.</summary>
    public required Func<string, string> SourcesHint { get; init; }
    public required Func<string, string> UnknownSource { get; init; }
    /// <summary>"No quote on Energy in Harvard Business School's talk." (topic, event).</summary>
    public required Func<string, string, string> NoTopicInSource { get; init; }
    /// <summary>Between the items of a list inside a sentence: ", " or "、".</summary>
    public required string ListSeparator { get; init; }
    public required string ContextEmpty { get; init; }
    public required Func<string, string> UnknownCommand { get; init; }
    /// <summary>The title of /help, naming the talks ("Sam Altman at Harvard Business School").</summary>
    public required Func<string, string> HelpTitle { get; init; }
    /// <summary>What /start says first, naming the talks.</summary>
    public required Func<string, string> Welcome { get; init; }
    /// <summary>One talk in a sentence: "Sam Altman at Harvard Business School" (speakers, event).</summary>
    public required Func<string, string, string> TalkByAt { get; init; }
    /// <summary>Many talks in a sentence: "5 talks (see /sources)".</summary>
    public required Func<int, string> ManyTalks { get; init; }
    public required string SomethingWentWrong { get; init; }
    public required string Featured { get; init; }
    public required string Share { get; init; }
    public required string CardButton { get; init; }
    /// <summary>The last line of a card's caption, naming the quote id: how to see its context.</summary>
    public required Func<string, string> CardContextHint { get; init; }
    /// <summary>What the console says after writing a card, with the file's path.</summary>
    public required Func<string, string> CardWritten { get; init; }

    public static UiStrings For(UiLanguage language) => language == UiLanguage.Chinese ? Chinese : English;

    public static readonly UiStrings English = new()
    {
        Language = UiLanguage.English,
        Another = "🔄 Another",
        Context = "📖 Context",
        SameTopic = "🏷 Same topic",
        QuoteOfTheDay = "Quote of the day",
        ContextTitle = "Context",
        AskedBy = "Asked by",
        Host = "host",
        Audience = "a member of the audience",
        NoQuestion = "(said before any question)",
        TopicsTitle = "Topics",
        TopicsHint = at => $"Pick one: /topic energy{at}, /topic 能源{at}",
        QuoteCount = n => n == 1 ? "1 quote" : $"{n} quotes",
        UnknownTopic = t => $"I don't know the topic “{t}”.",
        DidYouMean = "Did you mean",
        SearchTitle = q => $"Search: {q}",
        NothingFound = q => $"Nothing in the talk matches “{q}”. Try other words, e.g. /search 核聚变 or /search ads.",
        SearchEmpty = "What should I look for? e.g. /search 核聚变, /search 广告, /search AGI",
        AlsoInTheTalk = "Also in the talk",
        MoreQuotes = "More quotes",
        UnknownQuote = (id, ids) => $"There is no quote “{id}”. The quotes are {ids}; /quote shows one with its id.",
        InSeveralTalks = (typed, choices) => $"“{typed}” is a quote number in several talks: {choices}. Pick one.",
        Parenthetical = text => $" ({text})",
        QuoteOnTopicInstead = command => $"For a quote on that topic: {command}.",
        SearchInstead = command => $"To look for those words: {command}.",
        SearchButton = "🔎 Search",
        ListSeparator = ", ",
        SourcesTitle = "Talks",
        SourcesHint = name => $"To keep to one talk: /quote {name}, or /topic <name> @{name}",
        UnknownSource = name => $"I don't know the talk “{name}”. These are the talks:",
        NoTopicInSource = (topic, talk) => $"No quote on {topic} in the talk at {talk}. Its topics:",
        ContextEmpty = "Which quote? Use /context with the id shown under a quote, or ask for /quote first.",
        UnknownCommand = c => $"I don't know the command {c}.",
        HelpTitle = talks => $"QuoteBot — the highlights (金句) of {talks}",
        Welcome = talks => $"Hi! I share the best lines (金句) of {talks}, with the question each one answers.",
        TalkByAt = (speakers, talk) => $"{speakers} at {talk}",
        ManyTalks = n => $"{n} talks (see /sources)",
        SomethingWentWrong = "Sorry, something went wrong on my side. Please try again.",
        Featured = "★ Highlight",
        Share = "📤 Share",
        CardButton = "🖼 Card",
        CardContextHint = id => $"/context {id}: the question and the paragraph around it",
        CardWritten = path => $"Card written: {path}",
    };

    public static readonly UiStrings Chinese = new()
    {
        Language = UiLanguage.Chinese,
        Another = "🔄 换一句",
        Context = "📖 上下文",
        SameTopic = "🏷 同话题",
        QuoteOfTheDay = "今日金句",
        ContextTitle = "上下文",
        AskedBy = "提问",
        Host = "主持人",
        Audience = "现场观众",
        NoQuestion = "（提问之前的发言）",
        TopicsTitle = "话题",
        TopicsHint = at => $"选一个：/topic 能源{at}，/topic energy{at}",
        QuoteCount = n => $"{n} 条",
        UnknownTopic = t => $"没有找到话题“{t}”。",
        DidYouMean = "你是不是想找",
        SearchTitle = q => $"搜索：{q}",
        NothingFound = q => $"演讲中没有与“{q}”匹配的内容。换个词试试，例如 /search 核聚变 或 /search 广告。",
        SearchEmpty = "要搜索什么？例如 /search 核聚变、/search 广告、/search AGI",
        AlsoInTheTalk = "演讲中还提到",
        MoreQuotes = "更多金句",
        UnknownQuote = (id, ids) => $"没有编号为“{id}”的金句。现有金句：{ids}；/quote 会显示金句及其编号。",
        InSeveralTalks = (typed, choices) => $"好几场演讲都有编号“{typed}”：{choices}。请选一个。",
        Parenthetical = text => $"（{text}）",
        QuoteOnTopicInstead = command => $"要看这个话题的金句：{command}。",
        SearchInstead = command => $"要搜索这些词：{command}。",
        SearchButton = "🔎 搜索",
        ListSeparator = "、",
        SourcesTitle = "演讲",
        SourcesHint = name => $"只看某一场演讲：/quote {name}，或 /topic <话题> @{name}",
        UnknownSource = name => $"没有找到演讲“{name}”。现有演讲：",
        NoTopicInSource = (topic, talk) => $"{talk}的演讲中没有关于{topic}的金句。这场演讲的话题：",
        ContextEmpty = "要看哪一句的上下文？在 /context 后加上金句下方的编号，或先发 /quote。",
        UnknownCommand = c => $"不认识命令 {c}。",
        HelpTitle = talks => $"金句 Bot —— {talks}的金句",
        Welcome = talks => $"你好！我分享{talks}中的金句，以及每句话回答的问题。",
        TalkByAt = (speakers, talk) => $"{speakers} 在{talk}的演讲",
        ManyTalks = n => $"{n} 场演讲（见 /sources）",
        SomethingWentWrong = "抱歉，我这边出了点问题，请再试一次。",
        Featured = "★ 精选",
        Share = "📤 分享",
        CardButton = "🖼 卡片",
        CardContextHint = id => $"/context {id}：提问与上下文",
        CardWritten = path => $"卡片已保存：{path}",
    };
}
