using Microsoft.Extensions.Logging;
using QuoteBot.Telegram.Sending;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace QuoteBot.Telegram.Digest;

/// <summary>
/// Pins a posted digest without a notification. A pin is a courtesy: when it fails (the bot may not pin there, the
/// message is gone) the post still counts as delivered, and the failure is logged for the chat's admins to fix.
/// </summary>
public sealed partial class TelegramPinner(ITelegramBotClient bot, TelegramSender sender, ChatPacer pacer, ILogger<TelegramPinner> logger)
{
    /// <summary>Pins <paramref name="messageId"/> in the chat; true when Telegram took it.</summary>
    public async Task<bool> TryPinAsync(long chatId, int messageId, CancellationToken cancellationToken)
    {
        try
        {
            // A pin shows in groups and channels as a service message, so it waits its turn like a message.
            using (await pacer.WaitAsync(chatId, cancellationToken))
            {
                await sender.CallAsync("pinChatMessage", ct => bot.PinChatMessage(chatId, messageId, disableNotification: true, cancellationToken: ct), cancellationToken);
            }

            return true;
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException)
        {
            LogPinFailed(chatId, messageId, ex.Message);
        }

        return false;
    }

    [LoggerMessage(EventId = 3603, Level = LogLevel.Warning, Message = "Digest message {MessageId} in chat {ChatId} was posted but not pinned ({Reason}); the bot needs the right to pin messages there")]
    private partial void LogPinFailed(long chatId, int messageId, string reason);
}
