using Microsoft.Extensions.Options;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Selection;

namespace QuoteBot.Digest.Content;

/// <summary>
/// What a digest posts: the quote of the day for the target's local date, as a neutral reply titled
/// "Quote of the day · date" with the context button. With the <c>all</c> pool it is exactly the <c>/today</c>
/// quote, so both platforms post the same line for the same date.
/// </summary>
internal sealed class DigestContent
{
    private readonly QuoteCards _cards;
    private readonly DailyQuote _daily;
    private readonly UiLanguage _defaultLanguage;

    public DigestContent(QuoteCards cards, DailyQuote daily, IOptions<DigestOptions> options, IOptions<CoreOptions> core)
    {
        _cards = cards;
        _defaultLanguage = core.Value.Language;
        var featured = cards.Library.Quotes.Where(q => q.Featured).ToArray();
        // The highlights pool runs DailyQuote's cycle over the featured quotes alone: the same per date everywhere.
        _daily = options.Value.Pool == DigestPools.Highlights && featured.Length > 0
            ? new DailyQuote(new QuoteLibrary(cards.Library.Corpus with { Quotes = featured }))
            : daily;
    }

    public Quote QuoteFor(DateOnly localDate) => _daily.For(localDate);

    /// <summary>
    /// The post for <paramref name="localDate"/> in <paramref name="language"/> (<c>en</c>, <c>zh</c>; empty: the
    /// default). With <paramref name="card"/>, the reply also asks for the quote's card, captioned with the quote's
    /// words, its attribution and the day; a platform that cannot draw it posts the quote as text.
    /// </summary>
    public Reply ReplyFor(DateOnly localDate, string? language, bool card = false)
    {
        var strings = UiStrings.For(UiLanguages.TryParse(language, out var chosen) ? chosen : _defaultLanguage);
        var title = $"{strings.QuoteOfTheDay} · {localDate:yyyy-MM-dd}";
        var reply = _cards.QuoteReply(QuoteFor(localDate), strings, title);
        if (!card)
        {
            return reply;
        }

        var quote = reply.Quote!;
        return QuoteCards.AsCard(reply, $"{title}\n\n{quote.Text}\n— {quote.Attribution} · {quote.Id}", strings.Language);
    }
}
