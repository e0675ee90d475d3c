using QuoteBot.Core.Corpus;
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

    public CommandDescriptor Descriptor { get; } = new()
    {
        Name = "search",
        Aliases = ["find", "搜索", "查找"],
        Title = new("search", "搜索"),
        Summary = new("Search the quotes and the talk, e.g. 核聚变 or ads", "搜索金句和演讲内容，例如 核聚变 或 广告"),
        Help = new("find quotes and passages, e.g. /search 核聚变", "搜索金句和演讲内容，例如 /search 核聚变"),
        Argument = new()
        {
            Name = "query",
            Title = new("query", "关键词"),
            Placeholder = new("words", "关键词"),
            Description = new("Words to look for", "要搜索的词"),
            Required = true,
        },
    };

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

        var items = new ReplyItem[Math.Max(0, result.Quotes.Count - 1) + result.Passages.Count];
        var n = 0;
        for (var i = 1; i < result.Quotes.Count; i++)
        {
            var quote = result.Quotes[i].Quote;
            items[n++] = MoreQuote(quote, strings);
        }

        foreach (var hit in result.Passages)
        {
            items[n++] = new ReplyItem(Snippet(hit.Paragraph, request.Argument), $"{strings.AlsoInTheTalk} · {hit.Turn.Speaker}");
        }

        var title = strings.SearchTitle(echo);
        if (result.Quotes.Count == 0)
        {
            return new Reply { Kind = ReplyKind.List, Title = title, Items = items };
        }

        var best = result.Quotes[0].Quote;
        memory.Remember(request.ChatId, best.Id);
        return cards.QuoteReply(best, strings, title, topicId: null, items);
    }

    private ReplyItem MoreQuote(Quote quote, UiStrings strings) =>
        new($"{quote.Id} · {PairedMarks.Truncate(cards.ShownText(quote), SnippetLength)}", strings.MoreQuotes, $"/quote {quote.Id}");

    /// <summary>About <see cref="SnippetLength"/> characters of the paragraph around the first term it contains, paired marks balanced.</summary>
    private static string Snippet(string paragraph, string query)
    {
        var first = new FirstMention(paragraph);
        SearchTokenizer.Tokenize(query, ref first);
        var at = first.At;
        var start = Math.Max(0, at - (SnippetLength / 3));
        if (start > 0 && char.IsLowSurrogate(paragraph[start]))
        {
            start--;
        }

        return PairedMarks.Balance(TextNormalizer.Truncate(start > 0 ? "…" : string.Empty, paragraph.AsSpan(start), SnippetLength));
    }

    /// <summary>Where the paragraph first mentions any of the query's terms (ignoring case); 0 when it mentions none.</summary>
    private struct FirstMention(string paragraph) : ITermSink
    {
        private int _first = int.MaxValue;

        public readonly int At => _first == int.MaxValue ? 0 : _first;

        public void Add(string text, int start, int length)
        {
            var at = paragraph.AsSpan().IndexOf(text.AsSpan(start, length), StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                _first = Math.Min(_first, at);
            }
        }
    }
}
