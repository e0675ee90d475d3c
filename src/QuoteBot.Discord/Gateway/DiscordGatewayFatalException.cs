namespace QuoteBot.Discord.Gateway;

/// <summary>
/// The gateway refused the bot in a way no retry can fix (bad token, invalid shard, sharding required, invalid
/// API version, invalid or disallowed intents). The message is one line naming the cause and the setting.
/// </summary>
public sealed class DiscordGatewayFatalException : Exception
{
    /// <summary>Creates the exception for a fatal close code.</summary>
    public DiscordGatewayFatalException(int closeCode)
        : base($"Discord gateway closed with {closeCode}: {GatewayCloseCodes.DescribeFatal(closeCode)}.")
    {
        CloseCode = closeCode;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public DiscordGatewayFatalException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public DiscordGatewayFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Parameterless constructor for serializers.</summary>
    public DiscordGatewayFatalException()
    {
    }

    /// <summary>The close code, when the gateway sent one.</summary>
    public int? CloseCode { get; }
}
