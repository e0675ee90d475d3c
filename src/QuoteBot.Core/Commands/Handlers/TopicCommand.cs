using System.Runtime.CompilerServices;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Selection;
using QuoteBot.Core.Text;
using QuoteBot.Core.Topics;

namespace QuoteBot.Core.Commands.Handlers;

/// <summary>
/// /topic name: a quote on that topic; no name lists the topics; an unknown name gets suggestions. Narrowed to a talk
/// (<c>/topic energy @harvard</c>), a quote on that topic from that talk, from a bag of its own.
/// </summary>
public sealed class TopicCommand : ICommandHandler
{
    private readonly QuoteCards _cards;
    private readonly TopicResolver _resolver;
    private readonly ChatMemory _memory;
    private readonly SourceList _sources;
    private readonly SourceNames _names;

    // Per topic and talk ("" for all talks): the chat's shuffle-bag scope and the ids it deals from. Per language: the
    // topic list (it never changes), of all talks and of each talk.
    private readonly Dictionary<(string Topic, string Source), (string Scope, string[] Ids)> _bags = [];
    private readonly LanguageCache<Reply> _topicLists;
    private readonly Dictionary<string, LanguageCache<Reply>> _sourceTopicLists = new(StringComparer.OrdinalIgnoreCase);

    public TopicCommand(QuoteCards cards, TopicResolver resolver, ChatMemory memory, SourceList sources, SourceNames names)
    {
        (_cards, _resolver, _memory, _sources, _names) = (cards, resolver, memory, sources, names);
        _topicLists = new(strings => BuildTopicList(strings, source: null));
        foreach (var topic in cards.Library.Topics)
        {
            var quotes = cards.Library.ByTopic[topic.Id];
            _bags.TryAdd((topic.Id, string.Empty), ("topic:" + topic.Id, [.. quotes.Select(q => q.Id)]));
            foreach (var source in cards.Library.Sources)
            {
                _bags.TryAdd((topic.Id, source.Id), ($"topic:{topic.Id}@{source.Id}", [.. quotes.Where(q => q.Source == source.Id).Select(q => q.Id)]));
            }
        }

        foreach (var source in cards.Library.Sources)
        {
            _sourceTopicLists.TryAdd(source.Id, new(strings => BuildTopicList(strings, source)));
        }

        Descriptor = Describe(SourceOption.For(cards.Library));
    }

    public CommandDescriptor Descriptor { get; }

    private static CommandDescriptor Describe(CommandArgument source) => new()
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
        Source = source,
    };

    public Reply Handle(CommandRequest request)
    {
        var strings = UiStrings.For(request.Language);
        var narrowed = SourceArgument.Read(request, _cards.Library, rest => _resolver.Resolve(rest).Topic is not null);
        if (narrowed.Unknown is { } unknownSource)
        {
            return _sources.Unknown(unknownSource, strings);
        }

        var source = narrowed.Source;
        var topics = source is null ? _topicLists : _sourceTopicLists[source.Id];
        if (string.IsNullOrWhiteSpace(narrowed.Argument))
        {
            return topics.Get(strings);
        }

        var match = _resolver.Resolve(narrowed.Argument);
        if (match.Topic is not { } topic)
        {
            return topics.Get(strings) with { Kind = ReplyKind.Notice, Ephemeral = true, Text = UnknownTopic(narrowed.Argument, match, strings) };
        }

        var (scope, ids) = _bags[(topic.Id, source?.Id ?? string.Empty)];
        if (ids.Length == 0)
        {
            var talk = source!.Event.For(strings.Language);
            return topics.Get(strings) with { Kind = ReplyKind.Notice, Ephemeral = true, Text = strings.NoTopicInSource(topic.NameFor(strings.Language), talk) };
        }

        var id = _memory.Next(request.ChatId, scope, ids);
        return _cards.QuoteReply(_cards.Library.ById[id], strings, topicId: topic.Id, narrowedTo: source is null ? null : _names.Of(source.Id));
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

    /// <summary>The topics with their quote counts, of all talks or of one (then only the topics it has).</summary>
    private Reply BuildTopicList(UiStrings strings, Corpus.SourceInfo? source)
    {
        var narrowing = source is null ? string.Empty : " @" + _names.Of(source.Id);
        return new()
        {
            Kind = ReplyKind.List,
            Title = source is null ? strings.TopicsTitle : $"{strings.TopicsTitle} · {SourceList.Label(source, strings)}",
            Items = [.. _cards.Library.Topics
                .Select(t => (Topic: t, Count: _bags[(t.Id, source?.Id ?? string.Empty)].Ids.Length))
                .Where(t => t.Count > 0)
                .Select(t => new ReplyItem(
                    strings.Language == UiLanguage.Chinese ? $"{t.Topic.Zh} {t.Topic.En}" : $"{t.Topic.En} {t.Topic.Zh}",
                    strings.QuoteCount(t.Count),
                    $"/topic {t.Topic.Id}{narrowing}"))
                .Take(ReplyLimits.MaxItems)],
            Footer = strings.TopicsHint(narrowing),
        };
    }
}
