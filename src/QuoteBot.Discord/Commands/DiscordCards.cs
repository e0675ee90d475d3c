using Microsoft.Extensions.Logging;
using QuoteBot.Core.Replies;
using QuoteBot.Discord.Rest;

namespace QuoteBot.Discord.Commands;

/// <summary>
/// Draws the card a reply asks for as the PNG to upload with it. A card that cannot be drawn is logged as an error
/// and left out, so the reply goes out as the quote in text rather than not at all.
/// </summary>
public sealed partial class DiscordCards(ILogger<DiscordCards> logger, ICardImages? images = null)
{
    /// <summary>The card's file, or null when the reply asks for none or it could not be drawn.</summary>
    public RestFile? Draw(Reply reply)
    {
        if (reply.Card is not { } card)
        {
            return null;
        }

        if (images is null)
        {
            LogNoRenderer(card.QuoteId);
            return null;
        }

        try
        {
            return RestFile.Png(card.FileName, images.Render(card));
        }
#pragma warning disable CA1031 // Whatever the drawing threw, the quote still goes out as text.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(ex, card.QuoteId);
            return null;
        }
    }

    [LoggerMessage(EventId = 5105, Level = LogLevel.Error, Message = "The card of {QuoteId} could not be drawn; the quote is sent as text")]
    private partial void LogFailed(Exception exception, string quoteId);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Error, Message = "The card of {QuoteId} was asked for but no card renderer is registered; the quote is sent as text")]
    private partial void LogNoRenderer(string quoteId);
}
