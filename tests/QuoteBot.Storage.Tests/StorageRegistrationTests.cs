using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QuoteBot.Core;
using QuoteBot.Core.State;
using QuoteBot.Digest;
using QuoteBot.Digest.Delivery;
using QuoteBot.Digest.Targets;
using QuoteBot.Storage.Database;
using QuoteBot.Storage.Stores;
using QuoteBot.Testing;

namespace QuoteBot.Storage.Tests;

public sealed class StorageRegistrationTests : IDisposable
{
    private readonly TempDirectory _base = new("quotebot-app");

    public void Dispose() => _base.Dispose();

    [Fact]
    public async Task By_default_state_is_a_sqlite_file_in_data_under_the_app_folder_created_at_start()
    {
        await using var services = Build([]);

        var database = Assert.IsType<SqliteStateDatabase>(services.GetRequiredService<StateDatabase>());
        Assert.Equal(Path.Combine(_base.Path, "data", "quotebot.db"), database.Location);
        Assert.True(Directory.Exists(Path.Combine(_base.Path, "data")));
        await new SqlCursorStore(database).SetAsync("x", 1);
        Assert.True(File.Exists(database.Location));
    }

    [Fact]
    public async Task The_durable_stores_replace_the_in_memory_ones_whichever_is_registered_first()
    {
        foreach (var storageFirst in new[] { true, false })
        {
            var services = new ServiceCollection();
            if (storageFirst)
            {
                services.AddStorage(Configuration([]), _base.Path);
            }

            // The command core and the digest register in-memory state for running without storage.
            services.AddQuoteCore(_ => throw new InvalidOperationException("no corpus needed"));
            services.AddDigest(Configuration([]));
            if (!storageFirst)
            {
                services.AddStorage(Configuration([]), _base.Path);
            }

            await using var provider = services.AddLogging().BuildServiceProvider();
            Assert.IsType<SqlChatRegistry>(provider.GetRequiredService<IChatRegistry>());
            Assert.IsType<SqlCursorStore>(provider.GetRequiredService<ICursorStore>());
            Assert.IsType<SqlDigestTargetStore>(provider.GetRequiredService<IDigestTargetStore>());
            Assert.IsType<SqlDeliveryLedger>(provider.GetRequiredService<IDeliveryLedger>());
            Assert.IsType<SqlUploadedFiles>(provider.GetRequiredService<IUploadedFiles>());
        }
    }

    [Fact]
    public async Task An_absolute_data_directory_is_used_as_it_is()
    {
        var absolute = Path.Combine(_base.Path, "elsewhere", "state");
        await using var services = Build(new() { ["Bot:Storage:DataDirectory"] = absolute });

        Assert.Equal(Path.Combine(absolute, "quotebot.db"), services.GetRequiredService<StateDatabase>().Location);
    }

    [Theory]
    [InlineData("Provider", "mysql", "Bot:Storage:Provider must be 'sqlite' or 'postgres', not 'mysql'.")]
    [InlineData("Provider", "postgres", "Bot:Storage:ConnectionString is required when Bot:Storage:Provider is 'postgres'")]
    public async Task A_bad_setting_fails_with_one_line_naming_the_key(string key, string value, string message)
    {
        await using var services = Build(new() { [$"Bot:Storage:{key}"] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.StartsWith(message, Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_connection_string_is_refused_without_echoing_it()
    {
        await using var services = Build(new() { ["Bot:Storage:Provider"] = "postgres", ["Bot:Storage:ConnectionString"] = "Host=db;Pasword=s3cret" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);
        var line = Assert.Single(error.Failures);
        Assert.StartsWith("Bot:Storage:ConnectionString is not a valid PostgreSQL connection string", line, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_directory_that_cannot_be_created_is_a_clear_error()
    {
        Directory.CreateDirectory(_base.Path);
        var file = Path.Combine(_base.Path, "a-file");
        await File.WriteAllTextAsync(file, "not a directory");
        await using var services = Build(new() { ["Bot:Storage:DataDirectory"] = Path.Combine(file, "data") });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.StartsWith($"Bot:Storage:DataDirectory '{Path.Combine(file, "data")}' is not a writable directory:", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_postgres_server_is_a_storage_error_naming_it_without_the_password()
    {
        await using var database = new PostgresStateDatabase("Host=127.0.0.1;Port=1;Username=u;Password=s3cret;Database=d;Timeout=5");

        var error = await Assert.ThrowsAsync<StorageException>(() => database.MigrateAsync());
        Assert.StartsWith("postgres database 127.0.0.1:1/d could not be opened or migrated:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_from_a_newer_build_is_refused()
    {
        Directory.CreateDirectory(_base.Path);
        await using var database = new SqliteStateDatabase(Path.Combine(_base.Path, "newer.db"));
        await database.MigrateAsync();
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync(null, "INSERT INTO schema_version (version, applied_at) VALUES (99, 0)", default);
        }

        await using var newer = new SqliteStateDatabase(Path.Combine(_base.Path, "newer.db"));
        var error = await Assert.ThrowsAsync<StorageException>(() => newer.MigrateAsync());
        Assert.Contains("has schema version 99, newer than this build knows", error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging().AddStorage(Configuration(settings), _base.Path).BuildServiceProvider();

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
