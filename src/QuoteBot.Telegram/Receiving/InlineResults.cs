using Microsoft.Extensions.Logging;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Commands.Handlers;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Search;
using QuoteBot.Core.Selection;
using QuoteBot.Core.Text;
using QuoteBot.Core.Topics;
using QuoteBot.Telegram.Rendering;
using QuoteBot.Telegram.Sending;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;
using Telegram.Bot.Types.ReplyMarkups;

namespace QuoteBot.Telegram.Receiving;

/// <summary>
/// Answers <c>@OurBot energy</c>, <c>@OurBot 核聚变</c>, <c>@OurBot q07</c> or <c>@OurBot hbs</c> (a talk) with up to 50 quotes;
/// an empty query offers the quote of the day and the featured highlights. A quote whose card this bot has already
/// uploaded in the query's language is offered as that photo (by its <c>file_id</c>: inline results cannot upload),
/// captioned as <c>/card</c> captions it; any other quote as a text article. One result per quote either way.
/// </summary>
public sealed partial class InlineResults(
    QuoteCards cards,
    TopicResolver topics,
    SearchIndex search,
    DailyQuote daily,
    ICardImages images,
    TelegramCardFiles files,
    TimeProvider time,
    Microsoft.Extensions.Options.IOptions<CoreOptions> core,
    ILogger<InlineResults> logger)
{
    public const int MaxResults = 50;
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(core.Value.TimeZone);

    /// <summary>The results for <paramref name="query"/>; <paramref name="withCards"/> false offers text articles only.</summary>
    public async Task<InlineAnswer> ForAsync(string? query, UiLanguage language, bool withCards, CancellationToken cancellationToken)
    {
        var strings = UiStrings.For(language);
        var quotes = Quotes(query).Distinct().Take(MaxResults).ToList();
        var requests = quotes.Select(q => withCards ? CardCommand.Request(cards.Card(q, strings), strings) : null).ToList();
        var keys = requests.Select(r => r is null ? null : CardKey(r)).ToList();

        // One lookup per result, a few at once: this runs on every keystroke.
        var known = keys.Where(k => k is not null).Select(k => k!).Distinct(StringComparer.Ordinal).ToList();
        var found = await files.FindAllAsync(known, cancellationToken);
        var ids = known.Zip(found).Where(p => p.Second is not null).ToDictionary(p => p.First, p => p.Second!, StringComparer.Ordinal);

        var results = new List<InlineQueryResult>(quotes.Count);
        var offered = new List<OfferedCard>();
        for (var i = 0; i < quotes.Count; i++)
        {
            if (keys[i] is { } key && ids.TryGetValue(key, out var fileId))
            {
                results.Add(Photo(quotes[i], requests[i]!, fileId, strings));
                offered.Add(new OfferedCard(key, fileId));
            }
            else
            {
                results.Add(Article(quotes[i], strings));
            }
        }

        return new InlineAnswer(results, offered);
    }

    /// <summary>Telegram refused a <c>file_id</c> among these results (it does not say which): each is uploaded again when its card is next sent.</summary>
    public async Task ForgetAsync(InlineAnswer answer, CancellationToken cancellationToken)
    {
        foreach (var card in answer.Cards)
        {
            await files.ForgetAsync(card.Key, card.FileId, cancellationToken);
        }
    }

    /// <summary>The picture's key; a renderer that cannot even name it offers the text (logged).</summary>
    private string? CardKey(CardRequest card)
    {
        try
        {
            return images.KeyOf(card);
        }
        catch (Exception e)
        {
            LogKeyFailed(e, card.QuoteId);
            return null;
        }
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

    /// <summary>
    /// The card as a photo with its caption. Its only button is Share: a message sent inline belongs to no chat the bot
    /// is told of, so the other buttons could not be answered where it lands.
    /// </summary>
    private static InlineQueryResultCachedPhoto Photo(Quote quote, CardRequest card, string fileId, UiStrings strings) =>
        new(quote.Id, fileId)
        {
            Title = PairedMarks.Truncate(card.Quote.Text, 64),
            Description = $"{quote.Id} · {card.Quote.Attribution}",
            Caption = TelegramCaption.Html(card),
            ParseMode = ParseMode.Html,
            ReplyMarkup = new InlineKeyboardMarkup(InlineKeyboardButton.WithSwitchInlineQuery(strings.Share, quote.Id)),
        };

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

    [LoggerMessage(EventId = 3014, Level = LogLevel.Error, Message = "Card {QuoteId} could not be named; offered the quote as text inline")]
    private partial void LogKeyFailed(Exception exception, string quoteId);
}

/// <summary>An inline answer and the cards it offers as photos.</summary>
public sealed record InlineAnswer(IReadOnlyList<InlineQueryResult> Results, IReadOnlyList<OfferedCard> Cards);

/// <summary>A card offered by <paramref name="FileId"/>, the picture's id under <paramref name="Key"/> when the answer was made.</summary>
public readonly record struct OfferedCard(string Key, string FileId);
