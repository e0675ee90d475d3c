namespace QuoteBot.Core.Replies;

/// <summary>
/// The budgets the core cuts text to, so any reply fits every platform: a Telegram message (4096 characters),
/// a Discord embed description (4096) and a whole embed (6000).
/// </summary>
public static class ReplyLimits
{
    public const int PlatformMessageLimit = 4096;
    public const int QuoteText = 1500;
    public const int Question = 900;
    public const int Paragraph = 2400;
    public const int Title = 200;
    public const int MaxItems = 25;
    public const int Text = 1500;
    public const int Echo = 64;

    /// <summary>The data a button carries back, in the smallest platform's measure (Telegram's 64-byte <c>callback_data</c>).</summary>
    public const int ButtonData = 64;
}
