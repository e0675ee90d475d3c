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
public sealed class InlineResults(
    QuoteCards cards,
    TopicResolver topics,
    SearchIndex search,
    DailyQuote daily,
    ICardImages images,
    TelegramCardFiles files,
    TimeProvider time,
    Microsoft.Extensions.Options.IOptions<CoreOptions> core)
{
    public const int MaxResults = 50;
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(core.Value.TimeZone);

    /// <summary>The results for <paramref name="query"/>; <paramref name="withCards"/> false offers text articles only.</summary>
    public async Task<InlineAnswer> ForAsync(string? query, UiLanguage language, bool withCards, CancellationToken cancellationToken)
    {
        var strings = UiStrings.For(language);
        var results = new List<InlineQueryResult>();
        var cardKeys = new List<string>();
        foreach (var quote in Quotes(query).Distinct().Take(MaxResults))
        {
            var card = withCards ? CardCommand.Request(cards.Card(quote, strings), strings) : null;
            var key = card is null ? null : CardKey(card);
            if (key is not null && await files.FindAsync(key, cancellationToken) is { } fileId)
            {
                results.Add(Photo(quote, card!, fileId, strings));
                cardKeys.Add(key);
            }
            else
            {
                results.Add(Article(quote, strings));
            }
        }

        return new InlineAnswer(results, cardKeys);
    }

    /// <summary>Telegram refused a <c>file_id</c> among these results (it does not say which): each is uploaded again when its card is next sent.</summary>
    public async Task ForgetAsync(InlineAnswer answer, CancellationToken cancellationToken)
    {
        foreach (var key in answer.CardKeys)
        {
            await files.ForgetAsync(key, cancellationToken);
        }
    }

    /// <summary>The picture's key; a renderer that cannot even name it offers the text.</summary>
    private string? CardKey(CardRequest card)
    {
        try
        {
            return images.KeyOf(card);
        }
        catch (Exception)
        {
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
}

/// <summary>An inline answer and the keys of the cards it offers as photos.</summary>
public sealed record InlineAnswer(IReadOnlyList<InlineQueryResult> Results, IReadOnlyList<string> CardKeys);
