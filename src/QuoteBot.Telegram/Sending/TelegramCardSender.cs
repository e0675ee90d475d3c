using Microsoft.Extensions.Logging;
using QuoteBot.Core.Replies;
using QuoteBot.Telegram.Rendering;
using Telegram.Bot.Types;

namespace QuoteBot.Telegram.Sending;

/// <summary>
/// Sends a reply's card as a photo: by the <c>file_id</c> Telegram gave the picture when the bot has one
/// (<see cref="TelegramCardFiles"/>), else uploaded (multipart) and its <c>file_id</c> kept. A <c>file_id</c> Telegram
/// refuses is forgotten and the picture uploaded again in the same send. A card that cannot be drawn is logged and the
/// reply goes out as text: never a crash, never nothing.
/// </summary>
/// <remarks>
/// Each picture goes up once per bot: sends of a card nobody has uploaded yet (digest targets in one slot, two chats'
/// <c>/card</c>) wait for the first one's upload and send its <c>file_id</c>. A waiter waits under its own cancellation,
/// and uploads the picture itself when that upload fails or Telegram refuses it (then the next waiter waits for its).
/// </remarks>
public sealed partial class TelegramCardSender(ICardImages images, TelegramCardFiles files, TelegramSender sender, ILogger<TelegramCardSender> logger)
{
    /// <summary>The card under its own short caption (<c>/card</c>, the 🖼 button).</summary>
    public Task<TelegramSendResult> SendAsync(long chatId, Reply reply, CardRequest card, string? shareLabel, TelegramSendOptions sendOptions, CancellationToken cancellationToken) =>
        SendAsync(chatId, reply, card, TelegramCaption.Plain(reply, card, shareLabel), shareLabel, sendOptions, cancellationToken);

    /// <summary>The card under <paramref name="caption"/>; if it cannot be drawn, <paramref name="reply"/> as a text message.</summary>
    public async Task<TelegramSendResult> SendAsync(long chatId, Reply reply, CardRequest card, TelegramMessage caption, string? shareLabel, TelegramSendOptions sendOptions, CancellationToken cancellationToken)
    {
        if (!TryDraw(card, images.KeyOf, out var key))
        {
            return await AsTextAsync();
        }

        // The last id Telegram refused in this send: never tried twice, even if the store could not forget it.
        string? refused = null;
        if (await files.FindAsync(key, cancellationToken) is { } kept)
        {
            if (await ByIdAsync(chatId, card, key, kept, caption, sendOptions, cancellationToken) is { } byId)
            {
                return byId;
            }

            refused = kept;
        }

        while (true)
        {
            var mine = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
            var running = files.JoinUpload(key, mine.Task);
            if (running == mine.Task)
            {
                return await UploadAsync(mine) ?? await AsTextAsync();
            }

            // Another send is uploading this picture: its file_id, or (if it failed) our turn to upload.
            if (await running.WaitAsync(cancellationToken) is { } theirs && theirs != refused)
            {
                if (await ByIdAsync(chatId, card, key, theirs, caption, sendOptions, cancellationToken) is { } sent)
                {
                    return sent;
                }

                refused = theirs;
            }
        }

        async Task<TelegramSendResult?> UploadAsync(TaskCompletionSource<string?> mine)
        {
            string? newId = null;
            try
            {
                // An upload that ended between this send's miss and its joining kept its id before it ended: look
                // again now that no other upload of the picture can start, rather than upload it a second time.
                if (await files.FindAsync(key, cancellationToken) is { } keptMeanwhile && keptMeanwhile != refused
                    && await ByIdAsync(chatId, card, key, keptMeanwhile, caption, sendOptions, cancellationToken) is { } byId)
                {
                    newId = keptMeanwhile;
                    return byId;
                }

                if (!TryDraw(card, images.Render, out var png))
                {
                    return null;
                }

                var uploaded = await SendPhotoAsync(chatId, () => InputFile.FromStream(new MemoryStream(png, writable: false), card.FileName), caption, sendOptions, cancellationToken);
                if (uploaded.FileId is { } id)
                {
                    // Kept whatever happens to the caller now: the picture is on Telegram's servers either way.
                    await files.RememberAsync(key, id, CancellationToken.None);
                    newId = id;
                }

                return uploaded.Result;
            }
            finally
            {
                files.EndUpload(key, mine.Task);
                mine.SetResult(newId);
            }
        }

        Task<TelegramSendResult> AsTextAsync() => sender.SendAsync(chatId, TelegramRenderer.Render(reply, shareLabel), sendOptions, cancellationToken);
    }

    /// <summary>The card by <paramref name="fileId"/>; null when Telegram refuses the id (forgotten, so it is uploaded again).</summary>
    private async Task<TelegramSendResult?> ByIdAsync(long chatId, CardRequest card, string key, string fileId, TelegramMessage caption, TelegramSendOptions sendOptions, CancellationToken cancellationToken)
    {
        var byId = await SendPhotoAsync(chatId, () => InputFile.FromFileId(fileId), caption, sendOptions, cancellationToken);
        if (!FileIdRefusal.Is(byId.Result))
        {
            return byId.Result;
        }

        LogFileIdRefused(card.QuoteId, byId.Result.Reason);
        await files.ForgetAsync(key, fileId, cancellationToken);
        return null;
    }

    /// <summary>Naming or drawing the picture; a failure is logged, and the caller sends the quote as text.</summary>
    private bool TryDraw<T>(CardRequest card, Func<CardRequest, T> draw, out T result)
    {
        try
        {
            result = draw(card);
            return true;
        }
        catch (Exception e)
        {
            LogRenderFailed(e, card.QuoteId);
            result = default!;
            return false;
        }
    }

    private async Task<(TelegramSendResult Result, string? FileId)> SendPhotoAsync(long chatId, Func<InputFile> photo, TelegramMessage caption, TelegramSendOptions sendOptions, CancellationToken cancellationToken)
    {
        string? fileId = null;
        var result = await sender.SendPhotoAsync(
            chatId,
            photo,
            caption,
            sendOptions,
            // The largest size is last; any of them names the upload, the largest shows it best.
            message => fileId = message.Photo is [.., var largest] ? largest.FileId : null,
            cancellationToken);
        return (result, fileId);
    }

    [LoggerMessage(EventId = 3010, Level = LogLevel.Error, Message = "Card {QuoteId} could not be drawn; sent the quote as text")]
    private partial void LogRenderFailed(Exception exception, string quoteId);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "Telegram refused the file_id of card {QuoteId} ({Reason}); uploading it again")]
    private partial void LogFileIdRefused(string quoteId, string? reason);
}
