using System.Text.Json.Serialization;
using QuoteBot.Discord.Rest;

namespace QuoteBot.Discord.Models;

/// <summary>
/// The fields every outgoing message shares: channel messages, interaction responses, follow-ups and edits.
/// <see cref="AllowedMentions"/> defaults to <see cref="Models.AllowedMentions.None"/> so quoted text can never ping.
/// </summary>
public abstract class MessageContent
{
    /// <summary>Message text, at most 2000 characters.</summary>
    public string? Content { get; init; }

    /// <summary>Up to 10 embeds.</summary>
    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Action rows with buttons.</summary>
    public IReadOnlyList<MessageComponent>? Components { get; init; }

    /// <summary>
    /// Which mentions may notify. Null leaves the field out, which lets Discord ping everything mentioned:
    /// only the autocomplete result, which carries no message, does that.
    /// </summary>
    public AllowedMentions? AllowedMentions { get; init; } = Models.AllowedMentions.None;

    /// <summary>Message flags, e.g. <see cref="MessageFlags.Ephemeral"/>.</summary>
    public MessageFlags? Flags { get; init; }

    /// <summary>
    /// Files uploaded with the message. Not part of the JSON: a message with files goes out as
    /// <c>multipart/form-data</c>, the JSON in <c>payload_json</c> and each file as <c>files[n]</c>.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<RestFile>? Files { get; init; }

    /// <summary>One entry per uploaded file, its <c>files[n]</c> index as id: derived, so the two cannot disagree.</summary>
    public IReadOnlyList<AttachmentReference>? Attachments =>
        Files is not { Count: > 0 } files ? null : [.. files.Select((f, i) => new AttachmentReference { Id = i, Filename = f.FileName })];
}

/// <summary>Body of <c>POST /channels/{channel.id}/messages</c>.</summary>
public sealed class MessageCreate : MessageContent
{
    /// <summary>
    /// Deduplication key. With <see cref="EnforceNonce"/> Discord returns the first message for a repeated nonce,
    /// which is what makes retrying a timed-out create safe. Filled in by the REST client when left empty.
    /// </summary>
    public string? Nonce { get; init; }

    /// <summary>Asks Discord to enforce <see cref="Nonce"/> uniqueness.</summary>
    public bool EnforceNonce { get; init; } = true;
}

/// <summary>Body of a follow-up message or of an edit to the original interaction response (webhook messages).</summary>
public sealed class WebhookMessage : MessageContent;

/// <summary>Data of an interaction response: a message (types 4 and 7), flags (type 5) or autocomplete choices (type 8).</summary>
public sealed class InteractionCallbackData : MessageContent
{
    /// <summary>Autocomplete suggestions (at most 25), for <see cref="InteractionCallbackType.ApplicationCommandAutocompleteResult"/>.</summary>
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }
}
