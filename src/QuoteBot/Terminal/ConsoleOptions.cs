namespace QuoteBot.Terminal;

/// <summary>The console platform (section <c>Bot:Console</c>): commands on standard input, replies on standard output.</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Bot:Console";

    /// <summary><c>auto</c> (on when no chat platform has a token), <c>on</c> or <c>off</c>.</summary>
    public string Mode { get; set; } = "auto";

    /// <summary>Language of the console's replies: <c>en</c> or <c>zh</c>; empty takes <c>Bot:DefaultLanguage</c>.</summary>
    public string? Language { get; set; }
}
