using QuoteBot.Storage.Database;
using QuoteBot.Testing;

namespace QuoteBot.Storage.Tests.Support;

/// <summary>A database for one test class; the tests of a class use distinct ids, so they share it.</summary>
public interface IDatabaseFixture
{
    StateDatabase Database { get; }

    /// <summary>A second handle on the same data, as a second process or a restarted one would open it.</summary>
    StateDatabase OpenAnother();
}

/// <summary>Marks a test class whose fixture needs the PostgreSQL test server.</summary>
public interface INeedsPostgres;

/// <summary>A real SQLite file in a fresh temporary directory.</summary>
public sealed class SqliteFixture : IDatabaseFixture, IAsyncLifetime
{
    private readonly List<StateDatabase> _opened = [];

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), $"quotebot-tests-{Guid.NewGuid():N}");

    public string FilePath => Path.Combine(Directory, StorageOptions.SqliteFileName);

    public StateDatabase Database { get; private set; } = null!;

    public StateDatabase OpenAnother()
    {
        var database = new SqliteStateDatabase(FilePath);
        _opened.Add(database);
        return database;
    }

    public Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        Database = OpenAnother();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }
}

/// <summary>A fresh schema on the PostgreSQL test server; nothing when PostgreSQL tests are skipped.</summary>
public sealed class PostgresFixture : IDatabaseFixture, IAsyncLifetime
{
    private readonly List<StateDatabase> _opened = [];
    private PostgresSchema? _schema;

    public StateDatabase Database { get; private set; } = null!;

    public StateDatabase OpenAnother()
    {
        var database = new PostgresStateDatabase(_schema!.ConnectionString);
        _opened.Add(database);
        return database;
    }

    public async Task InitializeAsync()
    {
        if (PostgresTestEnvironment.SkipReason is not null)
        {
            return;
        }

        _schema = await PostgresSchema.CreateAsync();
        Database = OpenAnother();
    }

    public async Task DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }
}
