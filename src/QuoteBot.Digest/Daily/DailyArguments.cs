using System.Text;

namespace QuoteBot.Digest.Daily;

/// <summary>What a <c>/daily</c> asks for.</summary>
public enum DailyAction
{
    /// <summary><c>/daily 08:00 Asia/Shanghai</c>: post every day at that local time.</summary>
    Set,

    /// <summary><c>/daily off</c>.</summary>
    Off,

    /// <summary><c>/daily status</c>, and <c>/daily</c> alone.</summary>
    Status,

    /// <summary><c>/daily preview</c>.</summary>
    Preview,

    /// <summary><c>/daily help</c>.</summary>
    Usage,
}

/// <summary>
/// What a <c>/daily</c> asks for, read from a platform's options or parsed from text (<see cref="Parse"/>).
/// <see cref="Schedule"/> is a time (<c>08:00</c>) or a cron expression, in quotes (<c>"0 8 * * 1-5"</c>) or bare when it
/// has exactly five fields; <see cref="TimeZone"/> is what follows it, if anything; a trailing <c>pin</c> (置顶) pins each
/// post, a trailing <c>card</c> (卡片, 图片) posts the quote's card, and a trailing <c>en</c> or <c>zh</c> (英文, 中文) is
/// the language of the posts, these three in any order. The schedule and the zone are checked by the digest's admin,
/// not here.
/// </summary>
public sealed record DailyArguments(DailyAction Action, string? Schedule = null, string? TimeZone = null, bool Pin = false, string? Language = null, bool Card = false)
{
    private static readonly string[] OffWords = ["off", "stop", "disable", "关闭", "停止", "关"];
    private static readonly string[] StatusWords = ["status", "状态"];
    private static readonly string[] PreviewWords = ["preview", "预览"];
    private static readonly string[] HelpWords = ["help", "帮助", "?"];
    private static readonly string[] PinWords = ["pin", "置顶"];
    private static readonly string[] CardWords = ["card", "cards", "卡片", "图片"];
    private static readonly string[] EnglishWords = ["en", "english", "英文", "英语"];
    private static readonly string[] ChineseWords = ["zh", "chinese", "中文", "汉语"];

    public static DailyArguments Parse(string? argument)
    {
        var text = Normalize(argument);
        if (text.Length == 0)
        {
            return new DailyArguments(DailyAction.Status);
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words[0].ToLowerInvariant();
        if (words.Length == 1 && Is(first, OffWords))
        {
            return new DailyArguments(DailyAction.Off);
        }

        if (words.Length == 1 && Is(first, StatusWords))
        {
            return new DailyArguments(DailyAction.Status);
        }

        if (words.Length == 1 && Is(first, PreviewWords))
        {
            return new DailyArguments(DailyAction.Preview);
        }

        if (words.Length == 1 && Is(first, HelpWords))
        {
            return new DailyArguments(DailyAction.Usage);
        }

        // "pin", "card" and the language come last, in any order; the schedule always stays.
        var (pin, card, language, rest) = (false, false, (string?)null, text);
        for (var i = 0; i < 3 && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } tail; i++)
        {
            var last = tail[^1].ToLowerInvariant();
            if (!pin && Is(last, PinWords))
            {
                pin = true;
            }
            else if (!card && Is(last, CardWords))
            {
                card = true;
            }
            else if (language is null && LanguageOf(last) is { } named)
            {
                language = named;
            }
            else
            {
                break;
            }

            rest = rest[..rest.LastIndexOf(' ')].TrimEnd();
        }

        if (rest.StartsWith('"'))
        {
            var close = rest.IndexOf('"', 1);
            // Without its closing quote the whole rest is the schedule: refused with the example of a quoted one.
            return close < 0
                ? new DailyArguments(DailyAction.Set, rest[1..].Trim(), null, pin, language, card)
                : new DailyArguments(DailyAction.Set, rest[1..close].Trim(), Zone(rest[(close + 1)..]), pin, language, card);
        }

        words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A bare cron expression: five fields, then maybe the zone. A time of day has no spaces.
        return words.Length is 5 or 6 && !words[0].Contains(':', StringComparison.Ordinal)
            ? new DailyArguments(DailyAction.Set, string.Join(' ', words[..5]), words.Length == 6 ? words[5] : null, pin, language, card)
            : new DailyArguments(DailyAction.Set, words[0], Zone(string.Join(' ', words[1..])), pin, language, card);
    }

    private static string? LanguageOf(string word) => Is(word, EnglishWords) ? "en" : Is(word, ChineseWords) ? "zh" : null;

    private static string? Zone(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool Is(string word, string[] words) => words.Contains(word, StringComparer.Ordinal);

    /// <summary>
    /// Phones type what people mean, not what a parser wants: full-width colons and spaces (Chinese keyboards) and
    /// curly quotes (iOS and macOS turn " into “ ”) are read as their plain forms.
    /// </summary>
    private static string Normalize(string? argument)
    {
        var text = new StringBuilder((argument ?? string.Empty).Trim());
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = text[i] switch
            {
                '：' => ':',
                '\u3000' or '\t' or '\n' or '\r' => ' ',
                '“' or '”' or '„' or '「' or '」' or '«' or '»' or '\'' or '‘' or '’' => '"',
                var c => c,
            };
        }

        return text.ToString().Trim();
    }
}
