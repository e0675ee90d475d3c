using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Search;
using QuoteBot.Core.Selection;
using QuoteBot.Core.Text;
using QuoteBot.Core.Topics;
using QuoteBot.Telegram.Rendering;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace QuoteBot.Telegram.Receiving;

/// <summary>
/// Answers <c>@OurBot energy</c>, <c>@OurBot 核聚变</c>, <c>@OurBot q07</c> or <c>@OurBot hbs</c> (a talk) with up to 50 quotes as article results;
/// an empty query offers the quote of the day and the featured highlights.
/// </summary>
public sealed class InlineResults(QuoteCards cards, TopicResolver topics, SearchIndex search, DailyQuote daily, TimeProvider time, Microsoft.Extensions.Options.IOptions<CoreOptions> core)
{
    public const int MaxResults = 50;
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(core.Value.TimeZone);

    public IReadOnlyList<InlineQueryResult> For(string? query, UiLanguage language)
    {
        var strings = UiStrings.For(language);
        return [.. Quotes(query).Distinct().Take(MaxResults).Select(q => Article(q, strings))];
    }

    private IEnumerable<Quote> Quotes(string? query)
    {
        var library = cards.Library;
        if (string.IsNullOrWhiteSpace(TextNormalizer.Fold(query)))
        {
            return [daily.For(DailyQuote.Today(time, _zone)), .. library.Quotes.Where(q => q.Featured)];
        }

        if (library.Find(query) is { } byId)
        {
            return [byId];
        }

        if (library.FindSource(query) is { } source)
        {
            return library.QuotesBySource[source.Id];
        }

        if (topics.Resolve(query).Topic is { } topic)
        {
            return library.ByTopic[topic.Id];
        }

        return search.Search(query, maxQuotes: MaxResults, maxPassages: 0).Quotes.Select(h => h.Quote);
    }

    private InlineQueryResultArticle Article(Quote quote, UiStrings strings)
    {
        var reply = cards.QuoteReply(quote, strings) with { Actions = [] };
        var message = TelegramRenderer.Render(reply);
        return new InlineQueryResultArticle(
            quote.Id,
            PairedMarks.Truncate(cards.ShownText(quote), 64),
            new InputTextMessageContent(message.Html) { ParseMode = ParseMode.Html, LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true } })
        {
            Description = $"{quote.Id} · {cards.Attribution(quote, strings)}",
        };
    }
}
