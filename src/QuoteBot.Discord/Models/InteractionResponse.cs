namespace QuoteBot.Discord.Models;

/// <summary>The answer to an interaction: sent as the HTTP body (interactions endpoint) or to the callback route (gateway).</summary>
public sealed class InteractionResponse
{
    /// <summary>What kind of answer this is.</summary>
    public required InteractionCallbackType Type { get; init; }

    /// <summary>The message, flags or autocomplete choices; absent for PONG and deferred updates.</summary>
    public InteractionCallbackData? Data { get; init; }

    /// <summary>Type 1: acknowledges a PING.</summary>
    public static InteractionResponse Pong() => new() { Type = InteractionCallbackType.Pong };

    /// <summary>Type 4: replies with a message.</summary>
    public static InteractionResponse Message(InteractionCallbackData message) =>
        new() { Type = InteractionCallbackType.ChannelMessageWithSource, Data = message };

    /// <summary>Type 5: shows "thinking…"; the reply comes later by editing the original response.</summary>
    public static InteractionResponse DeferredMessage(bool ephemeral = false) => new()
    {
        Type = InteractionCallbackType.DeferredChannelMessageWithSource,
        Data = ephemeral ? new InteractionCallbackData { Flags = MessageFlags.Ephemeral } : null,
    };

    /// <summary>Type 6: acknowledges a component click; the message may be edited later.</summary>
    public static InteractionResponse DeferredUpdate() => new() { Type = InteractionCallbackType.DeferredUpdateMessage };

    /// <summary>Type 7: edits the message the clicked component is attached to.</summary>
    public static InteractionResponse UpdateMessage(InteractionCallbackData message) =>
        new() { Type = InteractionCallbackType.UpdateMessage, Data = message };

    /// <summary>Type 8: autocomplete suggestions (at most 25).</summary>
    public static InteractionResponse Autocomplete(IReadOnlyList<ApplicationCommandOptionChoice> choices) => new()
    {
        Type = InteractionCallbackType.ApplicationCommandAutocompleteResult,
        // The autocomplete result is not a message: Discord expects choices alone.
        Data = new InteractionCallbackData { Choices = choices, AllowedMentions = null },
    };
}

/// <summary>Interaction callback types.</summary>
public enum InteractionCallbackType
{
    /// <summary>ACK a PING.</summary>
    Pong = 1,

    /// <summary>Respond with a message.</summary>
    ChannelMessageWithSource = 4,

    /// <summary>ACK now, edit the response later; the user sees a loading state.</summary>
    DeferredChannelMessageWithSource = 5,

    /// <summary>For components: ACK now, edit the message later; no loading state.</summary>
    DeferredUpdateMessage = 6,

    /// <summary>For components: edit the message the component is attached to.</summary>
    UpdateMessage = 7,

    /// <summary>Respond to an autocomplete interaction with suggested choices.</summary>
    ApplicationCommandAutocompleteResult = 8,
}
