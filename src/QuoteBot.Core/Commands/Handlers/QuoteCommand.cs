using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Selection;

namespace QuoteBot.Core.Commands.Handlers;

/// <summary>/quote: a random quote from the chat's shuffle bag; "/quote q07" shows that quote; an id that names none is said so.</summary>
public sealed class QuoteCommand(QuoteCards cards, ChatMemory memory, UnknownQuoteAnswer unknown) : ICommandHandler
{
    private const string Scope = "all";
    private readonly IReadOnlyList<string> _ids = [.. cards.Library.Quotes.Select(q => q.Id)];

    public CommandDescriptor Descriptor { get; } = new()
    {
        Name = "quote",
        Aliases = ["random", "金句", "语录"],
        Title = new("quote", "金句"),
        Summary = new("A random quote from Sam Altman's talk at Harvard Business School", "随机一句 Sam Altman 哈佛商学院演讲金句"),
        Help = new("a random quote; no repeats until you have seen them all", "随机一句金句；全部看完之前不重复"),
    };

    public Reply Handle(CommandRequest request)
    {
        var strings = UiStrings.For(request.Language);
        if (!string.IsNullOrWhiteSpace(request.Argument))
        {
            if (cards.Library.Find(request.Argument) is not { } chosen)
            {
                return unknown.For(Descriptor.Name, request.Argument, strings);
            }

            memory.Remember(request.ChatId, chosen.Id);
            return cards.QuoteReply(chosen, strings);
        }

        var id = memory.Next(request.ChatId, Scope, _ids);
        return cards.QuoteReply(cards.Library.ById[id], strings);
    }
}
