namespace QuoteBot.Telegram.Receiving;

/// <summary>Who the bot is, from <c>getMe</c> at start: its username tells our commands (<c>/quote@OurBot</c>) from other bots'.</summary>
public sealed class TelegramBotIdentity
{
    public long Id { get; set; }

    public string Username { get; set; } = string.Empty;

    public bool IsUs(string? mention) => mention is null || string.Equals(mention, Username, StringComparison.OrdinalIgnoreCase);
}
