namespace QuoteBot.Discord.Models;

/// <summary>
/// A message component: an action row holding buttons, or a button. One shape for both keeps the
/// JSON contract flat (Discord tells them apart by <see cref="Type"/>).
/// </summary>
public sealed class MessageComponent
{
    /// <summary>1 for an action row, 2 for a button.</summary>
    public required ComponentType Type { get; init; }

    /// <summary>The children of an action row (up to five buttons).</summary>
    public IReadOnlyList<MessageComponent>? Components { get; init; }

    /// <summary>Button style; link buttons carry <see cref="Url"/> instead of <see cref="CustomId"/>.</summary>
    public ButtonStyle? Style { get; init; }

    /// <summary>Text on the button.</summary>
    public string? Label { get; init; }

    /// <summary>Developer-defined id (at most 100 characters) sent back in the component interaction.</summary>
    public string? CustomId { get; init; }

    /// <summary>Target of a link button.</summary>
    public string? Url { get; init; }

    /// <summary>Whether the button is greyed out.</summary>
    public bool? Disabled { get; init; }

    /// <summary>An action row holding the given components.</summary>
    public static MessageComponent ActionRow(params IReadOnlyList<MessageComponent> components) =>
        new() { Type = ComponentType.ActionRow, Components = components };

    /// <summary>An interactive button that sends <paramref name="customId"/> back when clicked.</summary>
    public static MessageComponent Button(string label, string customId, ButtonStyle style = ButtonStyle.Secondary, bool disabled = false) =>
        new() { Type = ComponentType.Button, Label = label, CustomId = customId, Style = style, Disabled = disabled ? true : null };

    /// <summary>A button that opens <paramref name="url"/>.</summary>
    public static MessageComponent LinkButton(string label, string url) =>
        new() { Type = ComponentType.Button, Label = label, Url = url, Style = ButtonStyle.Link };
}

/// <summary>Component types the bot uses.</summary>
public enum ComponentType
{
    /// <summary>A container for other components.</summary>
    ActionRow = 1,

    /// <summary>A clickable button.</summary>
    Button = 2,

    /// <summary>A select menu for picking from predefined text options.</summary>
    StringSelect = 3,
}

/// <summary>Button styles.</summary>
public enum ButtonStyle
{
    /// <summary>Blurple.</summary>
    Primary = 1,

    /// <summary>Grey.</summary>
    Secondary = 2,

    /// <summary>Green.</summary>
    Success = 3,

    /// <summary>Red.</summary>
    Danger = 4,

    /// <summary>Grey, opens a URL.</summary>
    Link = 5,
}
