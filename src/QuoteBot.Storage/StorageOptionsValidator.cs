using Microsoft.Extensions.Options;
using Npgsql;

namespace QuoteBot.Storage;

/// <summary>
/// Checks <c>Bot:Storage</c> at start, one line per problem: a known provider, a data directory that can be created
/// and written to, a PostgreSQL connection string that parses. Reaching the server is checked when the schema is migrated.
/// </summary>
internal sealed class StorageOptionsValidator(string baseDirectory) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) => options.Provider switch
    {
        StorageProviders.Sqlite => CheckDataDirectory(options.ResolveDataDirectory(baseDirectory)),
        StorageProviders.Postgres => CheckConnectionString(options.ConnectionString),
        _ => ValidateOptionsResult.Fail($"{StorageOptions.Section}:Provider must be '{StorageProviders.Sqlite}' or '{StorageProviders.Postgres}', not '{options.Provider}'."),
    };

    private static ValidateOptionsResult CheckDataDirectory(string directory)
    {
        var probe = Path.Combine(directory, $".write-test-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return ValidateOptionsResult.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return ValidateOptionsResult.Fail($"{StorageOptions.Section}:DataDirectory '{directory}' is not a writable directory: {ex.Message}");
        }
    }

    private static ValidateOptionsResult CheckConnectionString(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Fail($"{StorageOptions.Section}:ConnectionString is required when {StorageOptions.Section}:Provider is '{StorageProviders.Postgres}' (e.g. Host=db;Username=quotebot;Password=…;Database=quotebot).");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host)
                ? ValidateOptionsResult.Fail($"{StorageOptions.Section}:ConnectionString names no Host.")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            // The message names the bad keyword, never the value, so no password reaches the log.
            return ValidateOptionsResult.Fail($"{StorageOptions.Section}:ConnectionString is not a valid PostgreSQL connection string: {ex.Message}");
        }
    }
}
