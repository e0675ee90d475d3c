using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Search;
using QuoteBot.Core.Selection;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Commands.Handlers;

/// <summary>/search words: the best quote in full, then other matching quotes and passages of the talk.</summary>
public sealed class SearchCommand(QuoteCards cards, SearchIndex index, ChatMemory memory) : ICommandHandler
{
    private const int SnippetLength = 90;

    public IReadOnlyList<string> Names { get; } = ["search", "find", "搜索", "查找"];

    public Reply Handle(CommandRequest request)
    {
        var strings = UiStrings.For(request.Language);
        var echo = TextNormalizer.Sanitize(request.Argument, ReplyLimits.Echo);
        if (echo.Length == 0)
        {
            return new Reply { Kind = ReplyKind.Notice, Text = strings.SearchEmpty, Ephemeral = true };
        }

        var result = index.Search(request.Argument);
        if (result.IsEmpty)
        {
            return new Reply { Kind = ReplyKind.Notice, Text = strings.NothingFound(echo), Ephemeral = true };
        }

        var items = new List<ReplyItem>();
        foreach (var hit in result.Quotes.Skip(1))
        {
            items.Add(new ReplyItem($"{hit.Quote.Id} · {TextNormalizer.Truncate(hit.Quote.DisplayText, SnippetLength)}", strings.MoreQuotes, $"/quote {hit.Quote.Id}"));
        }

        foreach (var hit in result.Passages)
        {
            items.Add(new ReplyItem(Snippet(hit.Paragraph, request.Argument), $"{strings.AlsoInTheTalk} · {hit.Turn.Speaker}"));
        }

        var title = strings.SearchTitle(echo);
        if (result.Quotes.Count == 0)
        {
            return new Reply { Kind = ReplyKind.List, Title = title, Items = items };
        }

        var best = result.Quotes[0].Quote;
        memory.Remember(request.ChatId, best.Id);
        return cards.QuoteReply(best, strings, title) with { Items = items };
    }

    /// <summary>About <see cref="SnippetLength"/> characters of the paragraph around the first term it contains.</summary>
    private static string Snippet(string paragraph, string query)
    {
        var at = SearchTokenizer.Tokenize(query)
            .Select(term => paragraph.IndexOf(term, StringComparison.OrdinalIgnoreCase))
            .Where(i => i >= 0)
            .DefaultIfEmpty(0)
            .Min();
        var start = Math.Max(0, at - (SnippetLength / 3));
        if (start > 0 && char.IsLowSurrogate(paragraph[start]))
        {
            start--;
        }

        var text = TextNormalizer.Truncate(paragraph[start..], SnippetLength);
        return start > 0 ? "…" + text : text;
    }
}
