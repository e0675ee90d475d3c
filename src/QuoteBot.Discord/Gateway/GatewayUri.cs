namespace QuoteBot.Discord.Gateway;

/// <summary>Gateway URLs with the version and encoding Discord asks clients to pass explicitly.</summary>
internal static class GatewayUri
{
    public const int ApiVersion = 10;

    /// <summary><paramref name="baseUrl"/> with <c>?v=10&amp;encoding=json</c> (replacing any query it had).</summary>
    public static Uri For(Uri baseUrl) => new UriBuilder(baseUrl) { Query = $"v={ApiVersion}&encoding=json" }.Uri;
}
