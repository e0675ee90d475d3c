namespace QuoteBot.Testing;

/// <summary>
/// Where the PostgreSQL tests find their server: the connection string in <c>QUOTEBOT_TEST_POSTGRES</c>. Without it
/// they are skipped on a developer's machine and fail on CI (<c>CI=true</c>), where <c>.ci/run</c> starts a server.
/// </summary>
internal static class PostgresTestEnvironment
{
    public const string Variable = "QUOTEBOT_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why PostgreSQL tests are skipped, or null when they must run.</summary>
    public static string? SkipReason => ConnectionString is null && !IsCi
        ? $"{Variable} is not set: PostgreSQL tests are skipped on this machine (CI runs them; e.g. {Variable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres\")"
        : null;

    public static string RequireConnectionString() => ConnectionString ?? throw new InvalidOperationException(
        $"{Variable} is not set, and CI=true requires the PostgreSQL tests to run: .ci/run starts a server and sets it " +
        $"(e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres).");
}
