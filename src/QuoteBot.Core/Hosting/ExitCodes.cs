namespace QuoteBot.Core.Hosting;

/// <summary>
/// Every code the process exits with. A non-zero code is one line on standard error (or one critical log line for a
/// platform's refusal) naming what to fix; README.md lists them under "When it will not start".
/// </summary>
public static class ExitCodes
{
    /// <summary>Done: end of console input, a stop signal, a verb that succeeded.</summary>
    public const int Success = 0;

    /// <summary>A verb failed: <c>health</c> got no answer, <c>corpus import</c> or <c>corpus validate</c> found a problem.</summary>
    public const int VerbFailed = 1;

    /// <summary>A setting failed validation, no platform is on, or the command line is wrong (unknown verb or argument).</summary>
    public const int BadConfiguration = 2;

    /// <summary>The corpus file is missing or invalid.</summary>
    public const int BadCorpus = 3;

    /// <summary>Telegram refused the bot token: retrying cannot help.</summary>
    public const int TelegramRefused = 4;

    /// <summary>The store cannot be opened or migrated.</summary>
    public const int BadStorage = 5;

    /// <summary>Discord's gateway refused the bot (token, intents, shards): retrying cannot help.</summary>
    public const int DiscordRefused = 10;
}
