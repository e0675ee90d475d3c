using Microsoft.Extensions.Options;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Selection;

namespace QuoteBot.Core.Commands.Handlers;

/// <summary>
/// /card id: the quote as a picture. Without an id, the last quote shown in the chat, else the quote of the day. The
/// reply carries the quote too, so a platform that cannot send the picture (or fails to draw it) shows the quote.
/// </summary>
public sealed class CardCommand(QuoteCards cards, ChatMemory memory, DailyQuote daily, UnknownQuoteAnswer unknown, TimeProvider time, IOptions<CoreOptions> options) : ICommandHandler
{
    private readonly TimeZoneInfo _defaultZone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public CommandDescriptor Descriptor { get; } = new()
    {
        Name = QuoteCards.CardCommandName,
        Aliases = ["卡片"],
        Title = new("card", "卡片"),
        Summary = new("A quote as a picture to share", "金句卡片，一张可转发的图片"),
        Help = new("a quote as a picture (the last one shown if no id, else the quote of the day)", "金句卡片图片（不带编号时为上一句，否则为今日金句）"),
        Argument = new()
        {
            Name = "id",
            Title = new("id", "编号"),
            Placeholder = new("id", "编号"),
            Description = new("Quote id (the last one shown if empty)", "金句编号（留空为上一句）"),
            Suggestions = ArgumentSuggestions.Quotes,
        },
    };

    public Reply Handle(CommandRequest request)
    {
        var strings = UiStrings.For(request.Language);
        var argument = request.Argument;
        if (string.IsNullOrWhiteSpace(argument))
        {
            argument = memory.LastQuote(request.ChatId) ?? daily.For(DailyQuote.Today(time, request.TimeZone ?? _defaultZone)).Id;
        }

        if (!unknown.TryFind(Descriptor.Name, argument, strings, out var quote, out var answer))
        {
            return answer;
        }

        memory.Remember(request.ChatId, quote.Id);
        var reply = cards.QuoteReply(quote, strings);
        return QuoteCards.AsCard(reply, Caption(reply.Quote!, strings), strings.Language);
    }

    /// <summary>
    /// The card of <paramref name="shown"/> as <c>/card</c> asks for it, captioned "q14 · Sam Altman" and how to see the
    /// context (the picture carries the rest): platforms that offer a card outside a command (Telegram's inline results)
    /// ask for the very same picture, so it has the same <see cref="ICardImages.KeyOf"/>.
    /// </summary>
    public static CardRequest Request(QuoteCard shown, UiStrings strings) => new(shown, Caption(shown, strings), strings.Language);

    private static string Caption(QuoteCard shown, UiStrings strings) => $"{shown.Id} · {shown.Speaker}\n{strings.CardContextHint(shown.Id)}";
}
