using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace QuoteBot.Storage;

/// <summary>
/// Checks <c>Bot:Storage</c> at start by code generated at compile time, which calls
/// <see cref="StorageOptions.Validate"/>.
/// </summary>
[OptionsValidator]
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;

/// <summary>
/// One line per problem: a known provider, a data directory that can be created and written to, a PostgreSQL
/// connection string that parses. Reaching the server is checked when the schema is migrated.
/// </summary>
public sealed partial class StorageOptions : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var failure = Provider switch
        {
            StorageProviders.Sqlite => CheckDataDirectory(ResolveDataDirectory(BaseDirectory)),
            StorageProviders.Postgres => CheckConnectionString(ConnectionString),
            _ => $"{Section}:Provider must be '{StorageProviders.Sqlite}' or '{StorageProviders.Postgres}', not '{Provider}'.",
        };
        if (failure is not null)
        {
            yield return new(failure);
        }
    }

    private static string? CheckDataDirectory(string directory)
    {
        var probe = Path.Combine(directory, $".write-test-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return $"{Section}:DataDirectory '{directory}' is not a writable directory: {ex.Message}";
        }
    }

    private static string? CheckConnectionString(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return $"{Section}:ConnectionString is required when {Section}:Provider is '{StorageProviders.Postgres}' (e.g. Host=db;Username=quotebot;Password=…;Database=quotebot).";
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host) ? $"{Section}:ConnectionString names no Host." : null;
        }
        catch (ArgumentException ex)
        {
            // The message names the bad keyword, never the value, so no password reaches the log.
            return $"{Section}:ConnectionString is not a valid PostgreSQL connection string: {ex.Message}";
        }
    }
}
