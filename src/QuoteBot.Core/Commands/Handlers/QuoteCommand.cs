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
    private readonly IReadOnlyList<string> _ids;

    // Per talk: the chat's shuffle-bag scope and the ids it deals from.
    private readonly FrozenDictionary<string, (string Scope, string[] Ids)> _bySource;

    public QuoteCommand(QuoteCards cards, ChatMemory memory, UnknownQuoteAnswer unknown, SourceList sources)
    {
        (_cards, _memory, _unknown, _sources) = (cards, memory, unknown, sources);
        _ids = [.. cards.Library.Quotes.Select(q => q.Id)];
        _bySource = cards.Library.Sources.ToFrozenDictionary(
            s => s.Id,
            s => ("source:" + s.Id, cards.Library.QuotesBySource[s.Id].Select(q => q.Id).ToArray()),
            StringComparer.OrdinalIgnoreCase);
        Descriptor = new()
        {
            Name = "quote",
            Aliases = ["random", "金句", "语录"],
            Title = new("quote", "金句"),
            Summary = new("A random quote, or the one with an id (q07), or one from a talk", "随机一句金句，或指定编号（q07）、指定演讲的金句"),
            Help = new("a random quote, no repeats until you have seen them all; /quote q07 shows that one", "随机一句金句，全部看完之前不重复；/quote q07 显示这一句"),
            Argument = new()
            {
                Name = "id",
                Title = new("id", "编号"),
                Placeholder = new("id", "编号"),
                Description = new("Quote id, e.g. q07 (a random one if empty)", "金句编号，例如 q07（留空为随机）"),
                Suggestions = ArgumentSuggestions.Quotes,
            },
            Source = sources.Option,
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
            if (_cards.Library.Find(narrowed.Argument) is not { } chosen)
            {
                return _unknown.For(Descriptor.Name, narrowed.Argument, strings);
            }

            _memory.Remember(request.ChatId, chosen.Id);
            return _cards.QuoteReply(chosen, strings);
        }

        if (narrowed.Source is { } source)
        {
            var (scope, ids) = _bySource[source.Id];
            var fromSource = _memory.Next(request.ChatId, scope, ids);
            return _cards.QuoteReply(_cards.Library.ById[fromSource], strings, narrowedTo: _sources.ShortName(source.Id));
        }

        var id = _memory.Next(request.ChatId, Scope, _ids);
        return _cards.QuoteReply(_cards.Library.ById[id], strings);
    }
}
