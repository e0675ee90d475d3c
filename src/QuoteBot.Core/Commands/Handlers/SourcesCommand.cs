using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;

namespace QuoteBot.Core.Commands.Handlers;

/// <summary>/sources: the talks the quotes come from, with their dates and quote counts, and how to narrow to one.</summary>
public sealed class SourcesCommand(SourceList sources) : ICommandHandler
{
    public CommandDescriptor Descriptor { get; } = new()
    {
        Name = "sources",
        Aliases = ["来源", "talks", "演讲"],
        Title = new("sources", "来源"),
        Summary = new("The talks the quotes come from, with their quote counts", "金句出自哪些演讲，各有几条"),
        Help = new("the talks, their dates and quote counts; /quote <talk> gives one of its quotes", "所有演讲及其日期和金句数；/quote <来源> 只看其中一场"),
    };

    public Reply Handle(CommandRequest request) => sources.List(UiStrings.For(request.Language));
}
