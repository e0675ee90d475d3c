using System.Net;
using System.Text.RegularExpressions;

namespace QuoteBot.Telegram.Tests.Fakes;

/// <summary>Checks text the way Telegram's HTML parse mode reads it: only its tags, balanced, entities well formed.</summary>
public static partial class TelegramHtmlCheck
{
    private static readonly HashSet<string> Allowed = ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "blockquote", "a", "tg-spoiler", "span"];

    /// <summary>The visible text, after asserting the HTML is valid for Telegram.</summary>
    public static string AssertValid(string html)
    {
        var open = new Stack<string>();
        foreach (Match tag in TagPattern().Matches(html))
        {
            var name = tag.Groups[2].Value.ToLowerInvariant();
            Assert.Contains(name, Allowed);
            if (tag.Groups[1].Value == "/")
            {
                Assert.True(open.Count > 0 && open.Pop() == name, $"unbalanced </{name}> in: {html}");
            }
            else
            {
                open.Push(name);
            }
        }

        Assert.Empty(open);
        var withoutTags = TagPattern().Replace(html, string.Empty);
        Assert.DoesNotContain('<', withoutTags);
        Assert.DoesNotContain('>', withoutTags);
        foreach (Match amp in AmpPattern().Matches(withoutTags))
        {
            Assert.Matches("^&(amp|lt|gt|quot|#[0-9]+);$", amp.Value);
        }

        var visible = WebUtility.HtmlDecode(withoutTags);
        Assert.True(visible.Length <= 4096, $"visible text is {visible.Length} characters");
        return visible;
    }

    [GeneratedRegex(@"<(/?)([a-zA-Z-]+)[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"&[^;\s]{0,10};?")]
    private static partial Regex AmpPattern();
}
