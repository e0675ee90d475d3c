using Microsoft.Extensions.Options;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Selection;

namespace QuoteBot.Core.Commands.Handlers;

/// <summary>/today: the quote of the day for the chat's date in its time zone.</summary>
public sealed class TodayCommand(QuoteCards cards, DailyQuote daily, ChatMemory memory, TimeProvider time, IOptions<CoreOptions> options) : ICommandHandler
{
    private readonly TimeZoneInfo _defaultZone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public CommandDescriptor Descriptor { get; } = new()
    {
        Name = "today",
        Aliases = ["今日", "今天"],
        Title = new("today", "今日"),
        Summary = new("The quote of the day", "今日金句"),
        Help = new("the quote of the day", "今日金句"),
    };

    public Reply Handle(CommandRequest request)
    {
        var strings = UiStrings.For(request.Language);
        var date = DailyQuote.Today(time, request.TimeZone ?? _defaultZone);
        var quote = daily.For(date);
        memory.Remember(request.ChatId, quote.Id);
        return cards.QuoteReply(quote, strings, $"{strings.QuoteOfTheDay} · {date:yyyy-MM-dd}");
    }
}
