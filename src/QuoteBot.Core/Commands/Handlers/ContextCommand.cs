using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Selection;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Commands.Handlers;

/// <summary>/context id: who asked what, and the paragraph the quote stands in, cut at sentence boundaries to fit.</summary>
public sealed class ContextCommand(QuoteCards cards, ChatMemory memory, UnknownQuoteAnswer unknown) : ICommandHandler
{
    public CommandDescriptor Descriptor { get; } = new()
    {
        Name = "context",
        Aliases = ["上下文", "语境"],
        Title = new("context", "上下文"),
        Summary = new("The question a quote answers and the paragraph around it", "金句回答的问题和所在段落"),
        Help = new("the question and the paragraph around a quote (the last one shown if no id)", "金句所回答的问题和所在段落（不带编号时为上一句）"),
        Argument = new()
        {
            Name = "id",
            Title = new("id", "编号"),
            Placeholder = new("id", "编号"),
            Description = new("Quote id, as shown with the quote (the last one shown if empty)", "金句编号，见金句下方（留空为上一句）"),
            Suggestions = ArgumentSuggestions.Quotes,
        },

        // The context is for the one who asked; another quote or the same topic is for the channel.
        PrivateWhenPressed = true,
    };

    public Reply Handle(CommandRequest request)
    {
        var strings = UiStrings.For(request.Language);
        var argument = request.Argument;
        if (string.IsNullOrWhiteSpace(argument))
        {
            argument = memory.LastQuote(request.ChatId);
            if (argument is null)
            {
                return new Reply { Kind = ReplyKind.Notice, Text = strings.ContextEmpty, Ephemeral = true };
            }
        }

        if (!unknown.TryFind(Descriptor.Name, argument, strings, out var quote, out var answer))
        {
            return answer;
        }

        memory.Remember(request.ChatId, quote.Id);
        return ContextReply(quote, strings);
    }

    private Reply ContextReply(Quote quote, UiStrings strings) => new()
    {
        Kind = ReplyKind.Context,
        Title = $"{strings.ContextTitle} · {quote.Id}",
        Context = Card(quote, strings),
        Actions = [.. QuoteCards.Actions(quote, strings).Where(a => a.Kind != ReplyActionKind.Context)],
    };

    private ContextCard Card(Quote quote, UiStrings strings)
    {
        var context = quote.Context;
        var turn = cards.Library.TurnOf(quote);
        var paragraph = context?.Paragraph ?? quote.Text;
        var paragraphStart = turn.Text.IndexOf(paragraph, StringComparison.Ordinal);
        var quoteStart = Math.Max(0, quote.Start - Math.Max(0, paragraphStart));
        var (trimmed, offset) = SentenceTrimmer.Around(paragraph, quoteStart, quote.Length, ReplyLimits.Paragraph);

        // A paragraph cut at sentence ends can lose a closing mark (or its opener): shown balanced, the quote moved along.
        var text = PairedMarks.Balance(trimmed, out var prepended);
        var start = Math.Clamp(quoteStart - offset + prepended, 0, text.Length);
        var length = Math.Clamp(quote.Length, 0, text.Length - start);
        var source = cards.Library.SourceOf(quote);

        return new ContextCard(
            quote.Id,
            AskedBy(context, strings),
            context?.Question is { } question ? PairedMarks.Balance(SentenceTrimmer.Tail(question, ReplyLimits.Question)) : null,
            text,
            start,
            length,
            cards.Attribution(quote, strings),
            source.Id,
            source.EventDay);
    }

    private static string? AskedBy(QuoteContext? context, UiStrings strings) => context?.AskerRole switch
    {
        null => null,
        SpeakerRole.Host => $"{context.AskedBy} ({strings.Host})",
        SpeakerRole.Audience when context.AskedBy is { } name => $"{name} ({strings.Audience})",
        SpeakerRole.Audience => strings.Audience,
        _ => context.AskedBy,
    };
}
