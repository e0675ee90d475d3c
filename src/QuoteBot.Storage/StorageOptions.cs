namespace QuoteBot.Storage;

/// <summary>Durable state (section <c>Bot:Storage</c>): SQLite in a data directory by default, PostgreSQL for several instances.</summary>
public sealed partial class StorageOptions
{
    public const string Section = "Bot:Storage";

    /// <summary>The SQLite database file inside <see cref="DataDirectory"/>.</summary>
    public const string SqliteFileName = "quotebot.db";

    /// <summary><c>sqlite</c> (one instance, a file) or <c>postgres</c> (one database shared by any number of instances).</summary>
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>Where the SQLite file lives: relative to the application folder, or absolute. Created if missing.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The Npgsql connection string, for <c>postgres</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The folder a relative <see cref="DataDirectory"/> is resolved against, set by the registration (not a setting:
    /// internal, so the binder leaves it alone).
    /// </summary>
    internal string BaseDirectory { get; set; } = AppContext.BaseDirectory;

    /// <summary>The data directory as an absolute path.</summary>
    public string ResolveDataDirectory(string baseDirectory) =>
        Path.GetFullPath(Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.Combine(baseDirectory, DataDirectory));
}

/// <summary>The values of <see cref="StorageOptions.Provider"/>.</summary>
public static class StorageProviders
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
}
