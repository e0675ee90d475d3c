namespace QuoteBot.Discord.Models;

/// <summary>A rich embed (title, description, fields, footer) attached to a message.</summary>
public sealed class Embed
{
    /// <summary>Title, at most 256 characters.</summary>
    public string? Title { get; init; }

    /// <summary>Body text, at most 4096 characters.</summary>
    public string? Description { get; init; }

    /// <summary>Link opened by the title.</summary>
    public string? Url { get; init; }

    /// <summary>ISO 8601 timestamp shown in the footer.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Colour of the left border as an RGB integer.</summary>
    public int? Color { get; init; }

    /// <summary>Footer text.</summary>
    public EmbedFooter? Footer { get; init; }

    /// <summary>Author line.</summary>
    public EmbedAuthor? Author { get; init; }

    /// <summary>Up to 25 name/value fields.</summary>
    public IReadOnlyList<EmbedField>? Fields { get; init; }

    /// <summary>The large picture, e.g. <c>attachment://card-q14.png</c> for a file uploaded with the message.</summary>
    public EmbedImage? Image { get; init; }
}

/// <summary>The picture of an <see cref="Embed"/>.</summary>
public sealed class EmbedImage
{
    /// <summary>An https URL, or <c>attachment://name</c> for a file uploaded with the same message.</summary>
    public required string Url { get; init; }
}

/// <summary>The footer of an <see cref="Embed"/>.</summary>
public sealed class EmbedFooter
{
    /// <summary>Footer text, at most 2048 characters.</summary>
    public required string Text { get; init; }
}

/// <summary>The author line of an <see cref="Embed"/>.</summary>
public sealed class EmbedAuthor
{
    /// <summary>Author name, at most 256 characters.</summary>
    public required string Name { get; init; }

    /// <summary>Link opened by the name.</summary>
    public string? Url { get; init; }
}

/// <summary>One name/value field of an <see cref="Embed"/>.</summary>
public sealed class EmbedField
{
    /// <summary>Field name, at most 256 characters.</summary>
    public required string Name { get; init; }

    /// <summary>Field value, at most 1024 characters.</summary>
    public required string Value { get; init; }

    /// <summary>Whether the field sits beside its neighbours.</summary>
    public bool? Inline { get; init; }
}
