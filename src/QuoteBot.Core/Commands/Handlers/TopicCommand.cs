using System.Runtime.CompilerServices;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Selection;
using QuoteBot.Core.Text;
using QuoteBot.Core.Topics;

namespace QuoteBot.Core.Commands.Handlers;

/// <summary>/topic name: a quote on that topic; no name lists the topics; an unknown name gets suggestions.</summary>
public sealed class TopicCommand : ICommandHandler
{
    private readonly QuoteCards _cards;
    private readonly TopicResolver _resolver;
    private readonly ChatMemory _memory;

    // Per topic: the chat's shuffle-bag scope and the ids it deals from. Per language: the topic list (it never changes).
    private readonly Dictionary<string, (string Scope, string[] Ids)> _bags = new(StringComparer.OrdinalIgnoreCase);
    private readonly LanguageCache<Reply> _topicLists;

    public TopicCommand(QuoteCards cards, TopicResolver resolver, ChatMemory memory)
    {
        (_cards, _resolver, _memory) = (cards, resolver, memory);
        _topicLists = new(BuildTopicList);
        foreach (var topic in cards.Library.Topics)
        {
            _bags.TryAdd(topic.Id, ("topic:" + topic.Id, [.. cards.Library.ByTopic[topic.Id].Select(q => q.Id)]));
        }
    }

    public CommandDescriptor Descriptor { get; } = new()
    {
        Name = "topic",
        Aliases = ["topics", "话题", "主题"],
        Title = new("topic", "话题"),
        Summary = new("A quote on a topic: energy, scaling, AGI, startups…", "某个话题的金句：能源、规模、AGI、创业……"),
        Help = new("a quote on a topic, e.g. /topic energy or /topic 能源; /topic alone lists topics", "某个话题的金句，例如 /topic 能源 或 /topic energy；只发 /topic 列出所有话题"),
        Argument = new()
        {
            Name = "topic",
            Title = new("topic", "话题"),
            Placeholder = new("name", "话题"),
            Description = new("Topic, in English or Chinese", "话题（中文或英文）"),
            Required = true,
            Suggestions = ArgumentSuggestions.Topics,
        },
    };

    public Reply Handle(CommandRequest request)
    {
        var strings = UiStrings.For(request.Language);
        if (string.IsNullOrWhiteSpace(request.Argument))
        {
            return _topicLists.Get(strings);
        }

        var match = _resolver.Resolve(request.Argument);
        if (match.Topic is { } topic)
        {
            var (scope, ids) = _bags[topic.Id];
            var id = _memory.Next(request.ChatId, scope, ids);
            return _cards.QuoteReply(_cards.Library.ById[id], strings, topicId: topic.Id);
        }

        return _topicLists.Get(strings) with { Kind = ReplyKind.Notice, Ephemeral = true, Text = UnknownTopic(request.Argument, match, strings) };
    }

    /// <summary>"I don't know the topic “enrgy”. Did you mean: Energy (/topic energy)?", built in one piece.</summary>
    private static string UnknownTopic(string argument, TopicMatch match, UiStrings strings)
    {
        var text = strings.UnknownTopic(TextNormalizer.Sanitize(argument, ReplyLimits.Echo));
        if (match.Suggestions.Count == 0)
        {
            return text;
        }

        var builder = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[256]);
        builder.AppendLiteral(text);
        builder.AppendLiteral(" ");
        builder.AppendLiteral(strings.DidYouMean);
        builder.AppendLiteral(": ");
        for (var i = 0; i < match.Suggestions.Count; i++)
        {
            var t = match.Suggestions[i];
            builder.AppendLiteral(i == 0 ? string.Empty : ", ");
            builder.AppendLiteral(t.NameFor(strings.Language));
            builder.AppendLiteral(" (/topic ");
            builder.AppendLiteral(t.Id);
            builder.AppendLiteral(")");
        }

        builder.AppendLiteral("?");
        return builder.ToStringAndClear();
    }

    private Reply BuildTopicList(UiStrings strings) => new()
    {
        Kind = ReplyKind.List,
        Title = strings.TopicsTitle,
        Items = [.. _cards.Library.Topics.Select(t => new ReplyItem(
            strings.Language == UiLanguage.Chinese ? $"{t.Zh} {t.En}" : $"{t.En} {t.Zh}",
            strings.QuoteCount(_cards.Library.ByTopic[t.Id].Count),
            $"/topic {t.Id}")).Take(ReplyLimits.MaxItems)],
        Footer = strings.TopicsHint,
    };
}
