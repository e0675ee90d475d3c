using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuoteBot.Discord.Models;

/// <summary>An interaction received from the gateway (INTERACTION_CREATE) or the HTTP interactions endpoint.</summary>
public sealed class Interaction
{
    /// <summary>Interaction id, used in the callback route.</summary>
    public required string Id { get; init; }

    /// <summary>The application the interaction is for.</summary>
    public string? ApplicationId { get; init; }

    /// <summary>PING, application command, component, autocomplete or modal submit.</summary>
    public required InteractionType Type { get; init; }

    /// <summary>Command name and options, or the clicked component's custom id.</summary>
    public InteractionData? Data { get; init; }

    /// <summary>Guild the interaction came from, if any.</summary>
    public string? GuildId { get; init; }

    /// <summary>Channel the interaction came from.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The invoking member, when invoked in a guild.</summary>
    public GuildMember? Member { get; init; }

    /// <summary>The invoking user, when invoked in a DM.</summary>
    public DiscordUser? User { get; init; }

    /// <summary>Continuation token for responding (valid 15 minutes). Secret: never log it.</summary>
    public required string Token { get; init; }

    /// <summary>Always 1.</summary>
    public int Version { get; init; }

    /// <summary>For component interactions, the message the component is attached to.</summary>
    public DiscordMessage? Message { get; init; }

    /// <summary>Permissions the app has where the interaction happened (a bitfield as a decimal string).</summary>
    public string? AppPermissions { get; init; }

    /// <summary>The invoking user's language, e.g. <c>en-US</c> or <c>zh-CN</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>The guild's preferred language.</summary>
    public string? GuildLocale { get; init; }

    /// <summary>Where the interaction was triggered: guild, bot DM or private channel.</summary>
    public InteractionContextType? Context { get; init; }

    /// <summary>The user who invoked the interaction, wherever it happened.</summary>
    public DiscordUser? InvokingUser => Member?.User ?? User;

    /// <summary>
    /// When the bot received it, on its <see cref="TimeProvider"/>: Discord's answer windows (3 seconds for the
    /// callback, 15 minutes for the token) are counted from here. Not part of Discord's payload.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset ReceivedAt { get; set; }
}

/// <summary>Interaction types.</summary>
public enum InteractionType
{
    /// <summary>Discord checking the endpoint.</summary>
    Ping = 1,

    /// <summary>A slash, user or message command.</summary>
    ApplicationCommand = 2,

    /// <summary>A button click or select.</summary>
    MessageComponent = 3,

    /// <summary>The user is typing an option that has autocomplete.</summary>
    ApplicationCommandAutocomplete = 4,

    /// <summary>A modal was submitted.</summary>
    ModalSubmit = 5,
}

/// <summary>The <c>data</c> of an interaction: command data or component data.</summary>
public sealed class InteractionData
{
    /// <summary>Command id (application commands); the component's numeric id, as text, for component interactions.</summary>
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Id { get; init; }

    /// <summary>Command name (application commands).</summary>
    public string? Name { get; init; }

    /// <summary>Command type (application commands).</summary>
    public ApplicationCommandType? Type { get; init; }

    /// <summary>Options, with subcommands and groups nesting their own options.</summary>
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    /// <summary>Guild of a guild command.</summary>
    public string? GuildId { get; init; }

    /// <summary>Target user or message of a context-menu command.</summary>
    public string? TargetId { get; init; }

    /// <summary>Custom id of the clicked component (message components).</summary>
    public string? CustomId { get; init; }

    /// <summary>Component type (message components).</summary>
    public ComponentType? ComponentType { get; init; }

    /// <summary>Selected values (select menus).</summary>
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary>The option the user is typing in (autocomplete), found at any depth.</summary>
    public InteractionDataOption? FindFocusedOption() => InteractionDataOption.FindFocused(Options);
}

/// <summary>One option of an invoked command: a value, or a subcommand/group with nested options.</summary>
public sealed class InteractionDataOption
{
    /// <summary>Option name.</summary>
    public required string Name { get; init; }

    /// <summary>Option type.</summary>
    public required ApplicationCommandOptionType Type { get; init; }

    /// <summary>String, integer, number or boolean value; absent for subcommands and groups.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Nested options of a subcommand or group.</summary>
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    /// <summary>True for the option the user is typing in (autocomplete).</summary>
    public bool? Focused { get; init; }

    /// <summary>The value as text (strings as they are, numbers and booleans as JSON), or null.</summary>
    public string? ValueAsString() => Value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { } v => v.GetRawText(),
    };

    internal static InteractionDataOption? FindFocused(IReadOnlyList<InteractionDataOption>? options)
    {
        foreach (var option in options ?? [])
        {
            if (option.Focused == true)
            {
                return option;
            }

            if (FindFocused(option.Options) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }
}

/// <summary>Where an interaction can be used or was triggered.</summary>
public enum InteractionContextType
{
    /// <summary>Within servers.</summary>
    Guild = 0,

    /// <summary>In DMs with the app's bot user.</summary>
    BotDm = 1,

    /// <summary>In group DMs and DMs other than the bot's.</summary>
    PrivateChannel = 2,
}
