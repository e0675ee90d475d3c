using System.Diagnostics.CodeAnalysis;

namespace QuoteBot.Discord.Models;

/// <summary>Message flags the bot may set on outgoing messages.</summary>
[Flags]
[SuppressMessage("Naming", "CA1711", Justification = "Named after Discord's documented message flags.")]
public enum MessageFlags
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>Do not include embeds when serializing this message.</summary>
    SuppressEmbeds = 1 << 2,

    /// <summary>Only the user who invoked the interaction sees the message.</summary>
    Ephemeral = 1 << 6,

    /// <summary>The message does not trigger push or desktop notifications.</summary>
    SuppressNotifications = 1 << 12,
}
