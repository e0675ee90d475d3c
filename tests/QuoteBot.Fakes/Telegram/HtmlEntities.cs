using System.Net;

namespace QuoteBot.Fakes.Telegram;

/// <summary>
/// Text in parse mode HTML turned into what Telegram stores: the visible text and its entities (bold, italic, code,
/// text_link …), offsets and lengths in UTF-16 code units, sorted by offset as Telegram returns them.
/// </summary>
internal static class HtmlEntities
{
    public readonly record struct Entity(string Type, int Offset, int Length, string? Url);

    public static (string Text, List<Entity> Entities) Parse(string html)
    {
        var text = new System.Text.StringBuilder(html.Length);
        var open = new Stack<(string Type, int Offset, string? Url)>();
        var entities = new List<Entity>();
        var at = 0;
        while (at < html.Length)
        {
            var lt = html.IndexOf('<', at);
            var end = lt < 0 ? -1 : html.IndexOf('>', lt);
            if (end < 0)
            {
                text.Append(WebUtility.HtmlDecode(html[at..]));
                break;
            }

            text.Append(WebUtility.HtmlDecode(html[at..lt]));
            var tag = html[(lt + 1)..end];
            if (tag.StartsWith('/'))
            {
                if (open.TryPop(out var started) && text.Length > started.Offset)
                {
                    entities.Add(new(started.Type, started.Offset, text.Length - started.Offset, started.Url));
                }
            }
            else
            {
                var name = tag.Split(' ', 2)[0].ToLowerInvariant();
                open.Push((TypeOf(name, tag), text.Length, name == "a" ? Href(tag) : null));
            }

            at = end + 1;
        }

        entities.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
        return (text.ToString(), entities);
    }

    private static string TypeOf(string name, string tag) => name switch
    {
        "b" or "strong" => "bold",
        "i" or "em" => "italic",
        "u" or "ins" => "underline",
        "s" or "strike" or "del" => "strikethrough",
        "code" => "code",
        "pre" => "pre",
        "a" => "text_link",
        "blockquote" => tag.Contains("expandable", StringComparison.Ordinal) ? "expandable_blockquote" : "blockquote",
        "tg-spoiler" or "span" => "spoiler",
        _ => "bold",
    };

    private static string? Href(string tag)
    {
        var start = tag.IndexOf("href=\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += 6;
        var end = tag.IndexOf('"', start);
        return WebUtility.HtmlDecode(tag[start..end]);
    }
}
