namespace QuoteBot.Telegram;

/// <summary>Settings of the Telegram platform (section <c>Bot:Telegram</c>). Telegram is on when <see cref="Token"/> is set.</summary>
public sealed partial class TelegramOptions
{
    public const string Section = "Bot:Telegram";

    /// <summary>The token from @BotFather, e.g. <c>123456789:AA…</c>.</summary>
    public string? Token { get; set; }

    /// <summary>The Bot API server; set it for a self-hosted Bot API server. Empty is Telegram's.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary><c>polling</c> (default; works behind NAT) or <c>webhook</c>.</summary>
    public string Mode { get; set; } = "polling";

    /// <summary>Seconds a long poll waits on the server for updates.</summary>
    public int PollTimeoutSeconds { get; set; } = 50;

    public TelegramWebhookOptions Webhook { get; set; } = new();

    public TelegramPacingOptions Pacing { get; set; } = new();

    /// <summary>How many times a send is retried after network errors or 5xx before it is given up (and logged).</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>Register the command list with <c>setMyCommands</c> at start.</summary>
    public bool RegisterCommands { get; set; } = true;

    public bool IsWebhook => string.Equals(Mode, "webhook", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Webhook mode: Telegram POSTs updates to <see cref="Url"/>; the bot listens on the host's HTTP endpoint.</summary>
public sealed class TelegramWebhookOptions
{
    /// <summary>The public HTTPS URL Telegram posts to, e.g. <c>https://bot.example.org/telegram/webhook</c>.</summary>
    public string? Url { get; set; }

    /// <summary>The path of the local endpoint; the path of <see cref="Url"/> when empty.</summary>
    public string? Path { get; set; }

    /// <summary>Sent by Telegram in <c>X-Telegram-Bot-Api-Secret-Token</c>; requests without it are refused. 1–256 of A–Z, a–z, 0–9, _ and -.</summary>
    public string? SecretToken { get; set; }

    public string LocalPath => !string.IsNullOrEmpty(Path) ? Path : Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/telegram/webhook";
}

/// <summary>Outgoing pace, below Telegram's limits so bursts don't draw 429s.</summary>
public sealed class TelegramPacingOptions
{
    /// <summary>Least time between two messages to one chat.</summary>
    public TimeSpan PerChatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most messages a minute to one group, supergroup or channel.</summary>
    public int GroupMessagesPerMinute { get; set; } = 20;

    /// <summary>
    /// Most messages a second over all chats. Telegram allows 30; 28 leaves a margin, since Telegram counts arrivals
    /// by its own clock and our count of them can only be an estimate (clock skew, a message slow on the way).
    /// </summary>
    public int GlobalMessagesPerSecond { get; set; } = 28;
}
