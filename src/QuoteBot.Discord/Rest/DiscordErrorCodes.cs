namespace QuoteBot.Discord.Rest;

/// <summary>Discord JSON error codes the bot acts on.</summary>
public static class DiscordErrorCodes
{
    /// <summary>The channel does not exist (deleted, or the bot cannot see it).</summary>
    public const int UnknownChannel = 10003;

    /// <summary>The message does not exist.</summary>
    public const int UnknownMessage = 10008;

    /// <summary>The interaction is unknown or its token expired (answer within 3 s, edit within 15 min).</summary>
    public const int UnknownInteraction = 10062;

    /// <summary>The interaction was already answered.</summary>
    public const int InteractionAlreadyAcknowledged = 40060;

    /// <summary>The bot has no access to the resource.</summary>
    public const int MissingAccess = 50001;

    /// <summary>The bot lacks a permission (e.g. Send Messages, Embed Links).</summary>
    public const int MissingPermissions = 50013;

    /// <summary>The request body failed validation.</summary>
    public const int InvalidFormBody = 50035;
}
