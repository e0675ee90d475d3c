using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Selection;
using QuoteBot.Core.Text;
using QuoteBot.Core.Topics;

namespace QuoteBot.Core.Commands.Handlers;

/// <summary>/topic name: a quote on that topic; no name lists the topics; an unknown name gets suggestions.</summary>
public sealed class TopicCommand(QuoteCards cards, TopicResolver resolver, ChatMemory memory) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["topic", "topics", "话题", "主题"];

    public Reply Handle(CommandRequest request)
    {
        var strings = UiStrings.For(request.Language);
        if (string.IsNullOrWhiteSpace(request.Argument))
        {
            return TopicList(strings, strings.TopicsTitle, null);
        }

        var match = resolver.Resolve(request.Argument);
        if (match.Topic is { } topic)
        {
            var quotes = cards.Library.ByTopic[topic.Id];
            var id = memory.Next(request.ChatId, "topic:" + topic.Id, [.. quotes.Select(q => q.Id)]);
            return cards.QuoteReply(cards.Library.ById[id], strings, topicId: topic.Id);
        }

        var echo = TextNormalizer.Sanitize(request.Argument, ReplyLimits.Echo);
        var text = strings.UnknownTopic(echo);
        if (match.Suggestions.Count > 0)
        {
            var names = match.Suggestions.Select(t => $"{t.NameFor(strings.Language)} (/topic {t.Id})");
            text += $" {strings.DidYouMean}: {string.Join(", ", names)}?";
        }

        return TopicList(strings, strings.TopicsTitle, text) with { Kind = ReplyKind.Notice, Ephemeral = true };
    }

    private Reply TopicList(UiStrings strings, string title, string? text) => new()
    {
        Kind = ReplyKind.List,
        Title = title,
        Text = text,
        Items = [.. cards.Library.Topics.Select(t => new ReplyItem(
            strings.Language == UiLanguage.Chinese ? $"{t.Zh} {t.En}" : $"{t.En} {t.Zh}",
            strings.QuoteCount(cards.Library.ByTopic[t.Id].Count),
            $"/topic {t.Id}")).Take(ReplyLimits.MaxItems)],
        Footer = strings.TopicsHint,
    };
}
