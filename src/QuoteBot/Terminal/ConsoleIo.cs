namespace QuoteBot.Terminal;

/// <summary>The streams the console platform reads and writes; the process's own by default, replaceable in tests.</summary>
public sealed record ConsoleIo(TextReader In, TextWriter Out);
