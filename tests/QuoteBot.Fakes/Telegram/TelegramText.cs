using System.Net;
using System.Text.RegularExpressions;

namespace QuoteBot.Fakes.Telegram;

/// <summary>
/// The text Telegram shows for a message or caption in a parse mode: what its length limits count ("after entities
/// parsing"). HTML loses its tags and has its entities decoded; any other mode is counted as sent (no fewer characters
/// than Telegram would count). Lengths are UTF-16 code units, never fewer than the characters Telegram may count instead.
/// </summary>
internal static partial class TelegramText
{
    public static string Visible(string text, string? parseMode) =>
        string.Equals(parseMode, "html", StringComparison.OrdinalIgnoreCase) ? WebUtility.HtmlDecode(Tag().Replace(text, string.Empty)) : text;

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^>]*)?>")]
    private static partial Regex Tag();
}
