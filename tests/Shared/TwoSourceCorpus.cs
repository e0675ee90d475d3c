namespace QuoteBot.Testing;

/// <summary>
/// A corpus of two invented talks (tests/Shared/TwoSources/quotes.json, copied next to each test assembly), for the
/// tests that every command answers with each quote's own attribution: Riverside (quotes r01–r03, 2023) and
/// Northfield (n01–n03, 2025). Both share the topics energy and teams; only Riverside has robots.
/// </summary>
internal static class TwoSourceCorpus
{
    public const string Riverside = "Ada Lin · Riverside Robotics Forum · 2023-03-14";
    public const string RiversideZh = "Ada Lin · 河畔机器人论坛 · 2023-03-14";
    public const string Northfield = "Tomas Berg · Northfield Energy Summit · 2025-06-20";
    public const string NorthfieldZh = "Tomas Berg · 北野能源峰会 · 2025-06-20";

    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "TwoSources", "quotes.json");

    /// <summary>The attribution every quote of <paramref name="quoteId"/>'s talk carries, in English.</summary>
    public static string AttributionOf(string quoteId) => quoteId.StartsWith('r') ? Riverside : Northfield;
}
