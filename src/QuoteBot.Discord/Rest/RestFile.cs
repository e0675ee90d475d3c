namespace QuoteBot.Discord.Rest;

/// <summary>
/// A file uploaded with a message (<c>files[n]</c> of a multipart request). The bytes are kept, not a stream, so
/// every attempt of a retried request uploads exactly the same thing.
/// </summary>
/// <param name="FileName">The attachment's name, e.g. <c>card-q14.png</c>; an embed shows it as <c>attachment://card-q14.png</c>.</param>
/// <param name="ContentType">Its media type, e.g. <c>image/png</c>.</param>
/// <param name="Bytes">Its content.</param>
public sealed record RestFile(string FileName, string ContentType, byte[] Bytes)
{
    /// <summary>A PNG picture.</summary>
    public static RestFile Png(string fileName, byte[] bytes) => new(fileName, "image/png", bytes);

    /// <summary>How an embed of the same message points at this file.</summary>
    public string AttachmentUrl => "attachment://" + FileName;
}
