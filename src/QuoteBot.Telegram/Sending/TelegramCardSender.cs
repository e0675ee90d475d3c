using Microsoft.Extensions.Logging;
using QuoteBot.Core.Replies;
using QuoteBot.Telegram.Rendering;
using Telegram.Bot.Types;

namespace QuoteBot.Telegram.Sending;

/// <summary>
/// Sends a reply's card as a photo: uploaded (multipart) the first time, by its <c>file_id</c> after that. A card
/// that cannot be drawn is logged and the reply goes out as text: never a crash, never nothing.
/// </summary>
public sealed partial class TelegramCardSender(ICardImages images, CardFileIds fileIds, TelegramSender sender, ILogger<TelegramCardSender> logger)
{
    public async Task<TelegramSendResult> SendAsync(long chatId, Reply reply, CardRequest card, string? shareLabel, TelegramSendOptions sendOptions, CancellationToken cancellationToken)
    {
        Func<InputFile> photo;
        if (fileIds.TryGet(card, out var fileId))
        {
            photo = () => InputFile.FromFileId(fileId);
        }
        else
        {
            byte[] png;
            try
            {
                png = images.Render(card);
            }
            catch (Exception e)
            {
                LogRenderFailed(e, card.QuoteId);
                return await sender.SendAsync(chatId, TelegramRenderer.Render(reply, shareLabel), sendOptions, cancellationToken);
            }

            photo = () => InputFile.FromStream(new MemoryStream(png, writable: false), card.FileName);
        }

        return await sender.SendPhotoAsync(
            chatId,
            photo,
            TelegramRenderer.Caption(reply, card, shareLabel),
            sendOptions,
            message =>
            {
                // The largest size is last; any of them names the upload, the largest shows it best.
                if (message.Photo is [.., var largest])
                {
                    fileIds.Remember(card, largest.FileId);
                }
            },
            cancellationToken);
    }

    [LoggerMessage(EventId = 3010, Level = LogLevel.Error, Message = "Card {QuoteId} could not be drawn; sent the quote as text")]
    private partial void LogRenderFailed(Exception exception, string quoteId);
}
