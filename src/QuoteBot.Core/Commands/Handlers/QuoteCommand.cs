using System.Collections.Frozen;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Selection;

namespace QuoteBot.Core.Commands.Handlers;

/// <summary>
/// /quote: a random quote from the chat's shuffle bag; "/quote q07" shows that quote, and an id that names none is
/// said so; "/quote harvard" (a talk) deals from that talk's own bag.
/// </summary>
public sealed class QuoteCommand : ICommandHandler
{
    private const string Scope = "all";

    private readonly QuoteCards _cards;
    private readonly ChatMemory _memory;
    private readonly UnknownQuoteAnswer _unknown;
    private readonly SourceList _sources;
    private readonly SourceNames _names;
    private readonly IReadOnlyList<string> _ids;

    // Per talk: the chat's shuffle-bag scope and the ids it deals from.
    private readonly FrozenDictionary<string, (string Scope, string[] Ids)> _bySource;

    public QuoteCommand(QuoteCards cards, ChatMemory memory, UnknownQuoteAnswer unknown, SourceList sources, SourceNames names)
    {
        (_cards, _memory, _unknown, _sources, _names) = (cards, memory, unknown, sources, names);
        _ids = [.. cards.Library.Quotes.Select(q => q.Id)];
        _bySource = cards.Library.Sources.ToFrozenDictionary(
            s => s.Id,
            s => ("source:" + s.Id, cards.Library.QuotesBySource[s.Id].Select(q => q.Id).ToArray()),
            StringComparer.OrdinalIgnoreCase);
        // The example id is one the corpus has, whatever its talks' prefixes.
        var example = cards.Library.Quotes.Count > 0 ? cards.Library.Quotes[0].Id : "1";
        Descriptor = new()
        {
            Name = "quote",
            Aliases = ["random", "金句", "语录"],
            Title = new("quote", "金句"),
            Summary = new($"A random quote, or the one with an id ({example}), or one from a talk", $"随机一句金句，或指定编号（{example}）、指定演讲的金句"),
            Help = new($"a random quote, no repeats until you have seen them all; /quote {example} shows that one", $"随机一句金句，全部看完之前不重复；/quote {example} 显示这一句"),
            Argument = new()
            {
                Name = "id",
                Title = new("id", "编号"),
                Placeholder = new("id", "编号"),
                Description = new($"Quote id, e.g. {example} (a random one if empty)", $"金句编号，例如 {example}（留空为随机）"),
                Suggestions = ArgumentSuggestions.Quotes,
            },
            Source = SourceOption.For(cards.Library),
        };
    }

    public CommandDescriptor Descriptor { get; }

    public Reply Handle(CommandRequest request)
    {
        var strings = UiStrings.For(request.Language);
        var narrowed = SourceArgument.Read(request, _cards.Library);
        if (narrowed.Unknown is { } unknownSource)
        {
            return _sources.Unknown(unknownSource, strings);
        }

        if (!string.IsNullOrWhiteSpace(narrowed.Argument))
        {
            var candidates = _cards.Library.Candidates(narrowed.Argument, narrowed.Source);
            if (candidates.Count > 1)
            {
                return _unknown.Choices(Descriptor.Name, narrowed.Argument, candidates, strings);
            }

            if (candidates.Count == 0)
            {
                return _unknown.For(Descriptor.Name, narrowed.Argument, strings, narrowed.Source);
            }

            _memory.Remember(request.ChatId, candidates[0].Id);
            return _cards.QuoteReply(candidates[0], strings);
        }

        if (narrowed.Source is { } source)
        {
            var (scope, ids) = _bySource[source.Id];
            var fromSource = _memory.Next(request.ChatId, scope, ids);
            return _cards.QuoteReply(_cards.Library.ById[fromSource], strings, narrowedTo: _names.Of(source.Id));
        }

        var id = _memory.Next(request.ChatId, Scope, _ids);
        return _cards.QuoteReply(_cards.Library.ById[id], strings);
    }
}
