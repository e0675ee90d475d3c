using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Commands;

/// <summary>Builds the parts of replies that show a quote: the card, its attribution and its buttons.</summary>
public sealed class QuoteCards(QuoteLibrary library)
{
    // The words of each quote as a card shows them (cut to fit, paired marks balanced), in the library's order: made
    // once here rather than on every reply.
    private readonly string[] _cardTexts = [.. library.Quotes.Select(q => PairedMarks.Truncate(q.DisplayText, ReplyLimits.QuoteText))];

    public QuoteLibrary Library => library;

    /// <summary>The quote's words as shown: the editor's highlight or the transcript's words, with paired marks balanced.</summary>
    public string ShownText(Quote quote) =>
        library.PositionOf(quote) is var at and >= 0 ? _cardTexts[at] : PairedMarks.Truncate(quote.DisplayText, ReplyLimits.QuoteText);

    /// <summary>
    /// The quote with its buttons. <paramref name="narrowedTo"/> is the name of the talk the command was narrowed to
    /// (as <see cref="SourceNames.Of"/> gives it): Another and Same topic then stay within that talk.
    /// </summary>
    public Reply QuoteReply(Quote quote, UiStrings strings, string? title = null, string? topicId = null, string? narrowedTo = null) =>
        QuoteReply(quote, strings, title, topicId, items: null, narrowedTo);

    /// <summary>As <see cref="QuoteReply(Quote, UiStrings, string?, string?, string?)"/>, with list items under the quote (more search results).</summary>
    internal Reply QuoteReply(Quote quote, UiStrings strings, string? title, string? topicId, IReadOnlyList<ReplyItem>? items, string? narrowedTo = null) => new()
    {
        Kind = ReplyKind.Quote,
        Title = title,
        Quote = Card(quote, strings),
        Actions = Actions(quote, strings, topicId, narrowedTo),
        Items = items ?? [],
    };

    public QuoteCard Card(Quote quote, UiStrings strings)
    {
        var topics = new string[quote.Topics.Count];
        for (var i = 0; i < topics.Length; i++)
        {
            var id = quote.Topics[i];
            topics[i] = library.TopicsById.TryGetValue(id, out var t) ? t.NameFor(strings.Language) : id;
        }

        var source = library.SourceOf(quote);
        return new(
            quote.Id,
            ShownText(quote),
            quote.Speaker,
            Attribution(quote, strings),
            quote.Note,
            topics.AsReadOnly(),
            quote.Featured,
            source.Id,
            source.EventDay);
    }

    /// <summary>"Sam Altman · Harvard Business School · 2024-05-01": the speaker, the quote's talk and the day it was given.</summary>
    public string Attribution(Quote quote, UiStrings strings)
    {
        var source = library.SourceOf(quote);
        return $"{quote.Speaker} · {source.Event.For(strings.Language)} · {source.EventDate}";
    }

    /// <summary>
    /// Another · Context · Same topic · Card (the topic asked for, else the quote's first); within the talk
    /// <paramref name="narrowedTo"/> names, where the answer was narrowed to one (<c>/quote @hbs</c>, <c>t:energy @hbs</c>)
    /// and the buttons still fit every platform's button data; else across all talks.
    /// </summary>
    public static IReadOnlyList<ReplyAction> Actions(Quote quote, UiStrings strings, string? topicId = null, string? narrowedTo = null)
    {
        var topic = topicId ?? quote.Topics[0];
        if (narrowedTo is not null)
        {
            var another = new ReplyAction("quote", strings.Another, "@" + narrowedTo);
            var sameTopic = new ReplyAction(ReplyActionKind.SameTopic, strings.SameTopic, $"{topic} @{narrowedTo}");
            if (ButtonCodec.Strictest.Encode(another) is not null && ButtonCodec.Strictest.Encode(sameTopic) is not null)
            {
                return [another, new(ReplyActionKind.Context, strings.Context, quote.Id), sameTopic, CardAction(quote, strings)];
            }
        }

        return
        [
            new(ReplyActionKind.Another, strings.Another, string.Empty),
            new(ReplyActionKind.Context, strings.Context, quote.Id),
            new(ReplyActionKind.SameTopic, strings.SameTopic, topic),
            CardAction(quote, strings),
        ];
    }

    /// <summary>🖼 Card: the quote as a picture ("/card q14", a few bytes of any platform's button data).</summary>
    public static ReplyAction CardAction(Quote quote, UiStrings strings) => new(CardCommandName, strings.CardButton, quote.Id);

    /// <summary>The name of the command that answers with a card.</summary>
    public const string CardCommandName = "card";

    /// <summary>
    /// <paramref name="reply"/> (a quote's) as its card under <paramref name="caption"/>: the picture asked for, and no
    /// 🖼 Card button, which under the card itself would only send the same picture again.
    /// </summary>
    public static Reply AsCard(Reply reply, string caption, UiLanguage language) => reply with
    {
        Card = new CardRequest(reply.Quote!, caption, language),
        Actions = [.. reply.Actions.Where(a => a.CommandName != CardCommandName)],
    };
}
