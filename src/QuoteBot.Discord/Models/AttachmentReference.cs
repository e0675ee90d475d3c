namespace QuoteBot.Discord.Models;

/// <summary>
/// An entry of a message's <c>attachments</c>: for a file uploaded with the request, its <c>files[n]</c> index as
/// <see cref="Id"/> and its name.
/// </summary>
public sealed class AttachmentReference
{
    /// <summary>The index <c>n</c> of the <c>files[n]</c> part this entry describes.</summary>
    public required int Id { get; init; }

    /// <summary>The file's name.</summary>
    public required string Filename { get; init; }
}
