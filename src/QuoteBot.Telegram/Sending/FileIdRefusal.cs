namespace QuoteBot.Telegram.Sending;

/// <summary>
/// Whether Telegram refused a <c>file_id</c> the bot sent a picture by. The Bot API promises no lifetime for a
/// <c>file_id</c> (its FAQ only says they are kept in practice), so any 400 that names the file is read as "this id no
/// longer works": the bot forgets it and uploads the picture again. Other 400s (the chat, the topic, the caption) are
/// not the picture's fault, and another upload would be refused the same way.
/// </summary>
public static class FileIdRefusal
{
    // "wrong file identifier/HTTP URL specified", "wrong remote file identifier specified: …", "invalid remote file
    // identifier", FILE_REFERENCE_EXPIRED / "file reference expired", MEDIA_EMPTY, FILE_ID_INVALID, "type of file mismatch".
    private static readonly string[] Signs = ["file identifier", "file_reference", "file reference", "media_empty", "file_id_invalid", "type of file mismatch"];

    public static bool Is(int? errorCode, string? description) =>
        errorCode == 400 && description is not null && Signs.Any(sign => description.Contains(sign, StringComparison.OrdinalIgnoreCase));

    public static bool Is(TelegramSendResult result) =>
        result.Status == TelegramSendStatus.Failed && Is(result.ErrorCode, result.Reason);
}
