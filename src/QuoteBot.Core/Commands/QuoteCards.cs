using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Commands;

/// <summary>Builds the parts of replies that show a quote: the card, its attribution and its buttons.</summary>
public sealed class QuoteCards(QuoteLibrary library)
{
    // A quote looks the same every time it is shown in a language, so its card, buttons and plain reply are made once.
    private readonly PerQuote<QuoteFace> _faces = new(library);

    public QuoteLibrary Library => library;

    public Reply QuoteReply(Quote quote, UiStrings strings, string? title = null, string? topicId = null) =>
        QuoteReply(quote, strings, title, topicId, items: null);

    /// <summary>As <see cref="QuoteReply(Quote, UiStrings, string?, string?)"/>, with list items under the quote (more search results).</summary>
    internal Reply QuoteReply(Quote quote, UiStrings strings, string? title, string? topicId, IReadOnlyList<ReplyItem>? items)
    {
        var face = Face(quote, strings);
        var topic = face is null ? -1 : face.TopicSlot(quote, topicId);
        if (topic < 0)
        {
            return new Reply
            {
                Kind = ReplyKind.Quote,
                Title = title,
                Quote = Card(quote, strings),
                Actions = Actions(quote, strings, topicId),
                Items = items ?? [],
            };
        }

        if (title is null && items is null)
        {
            return face!.Replies[topic];
        }

        return new Reply { Kind = ReplyKind.Quote, Title = title, Quote = face!.Card, Actions = face.Actions[topic], Items = items ?? [] };
    }

    public QuoteCard Card(Quote quote, UiStrings strings) => Face(quote, strings)?.Card ?? BuildCard(quote, strings);

    /// <summary>"Sam Altman · Harvard Business School · 2024-10-16".</summary>
    public string Attribution(Quote quote, UiStrings strings) => Face(quote, strings)?.Card.Attribution ?? BuildAttribution(quote, strings);

    /// <summary>Another · Context · Same topic (the topic asked for, else the quote's first).</summary>
    public static IReadOnlyList<ReplyAction> Actions(Quote quote, UiStrings strings, string? topicId = null) =>
    [
        new(ReplyActionKind.Another, strings.Another, string.Empty),
        new(ReplyActionKind.Context, strings.Context, quote.Id),
        new(ReplyActionKind.SameTopic, strings.SameTopic, topicId ?? quote.Topics[0]),
    ];

    private QuoteFace? Face(Quote quote, UiStrings strings) =>
        _faces.Get(quote, strings, this, static (quote, strings, cards) => new QuoteFace(quote, cards.BuildCard(quote, strings), strings));

    private QuoteCard BuildCard(Quote quote, UiStrings strings)
    {
        var topics = new string[quote.Topics.Count];
        for (var i = 0; i < topics.Length; i++)
        {
            var id = quote.Topics[i];
            topics[i] = library.TopicsById.TryGetValue(id, out var t) ? t.NameFor(strings.Language) : id;
        }

        return new(
            quote.Id,
            TextNormalizer.Truncate(quote.DisplayText, ReplyLimits.QuoteText),
            quote.Speaker,
            BuildAttribution(quote, strings),
            quote.Note,
            topics.AsReadOnly(),
            quote.Featured);
    }

    private string BuildAttribution(Quote quote, UiStrings strings)
    {
        var source = library.Corpus.Source;
        return source.EventDate is null
            ? $"{quote.Speaker} · {source.Event.For(strings.Language)}"
            : $"{quote.Speaker} · {source.Event.For(strings.Language)} · {source.EventDate}";
    }

    /// <summary>A quote as shown in one language: its card, and its buttons and plain reply for each of its topics.</summary>
    private sealed class QuoteFace
    {
        public QuoteFace(Quote quote, QuoteCard card, UiStrings strings)
        {
            Card = card;
            Actions = new IReadOnlyList<ReplyAction>[quote.Topics.Count];
            Replies = new Reply[quote.Topics.Count];
            for (var i = 0; i < Actions.Length; i++)
            {
                Actions[i] = QuoteCards.Actions(quote, strings, quote.Topics[i]);
                Replies[i] = new Reply { Kind = ReplyKind.Quote, Quote = card, Actions = Actions[i] };
            }
        }

        public QuoteCard Card { get; }

        /// <summary>The buttons when "same topic" is the quote's topic at that position.</summary>
        public IReadOnlyList<ReplyAction>[] Actions { get; }

        public Reply[] Replies { get; }

        /// <summary>Which of the quote's topics "same topic" opens (no topic asked for: its first); -1 for a topic it is not filed under.</summary>
        public int TopicSlot(Quote quote, string? topicId)
        {
            if (topicId is null)
            {
                return Actions.Length > 0 ? 0 : -1;
            }

            for (var i = 0; i < quote.Topics.Count; i++)
            {
                if (string.Equals(quote.Topics[i], topicId, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
