using QuoteBot.Storage.Database;
using QuoteBot.Testing;

namespace QuoteBot.Storage.Tests.Support;

/// <summary>A database for one test class; the tests of a class use distinct ids, so they share it.</summary>
public interface IDatabaseFixture
{
    StateDatabase Database { get; }

    /// <summary>A second handle on the same data, as a second process or a restarted one would open it.</summary>
    StateDatabase OpenAnother();

    /// <summary>A database of its own with nothing in it, not even a schema (to build an older schema by hand).</summary>
    Task<StateDatabase> OpenEmptyAsync();
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

    public Task<StateDatabase> OpenEmptyAsync()
    {
        var database = new SqliteStateDatabase(Path.Combine(Directory, $"empty-{Guid.NewGuid():N}.db"));
        _opened.Add(database);
        return Task.FromResult<StateDatabase>(database);
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
    private readonly List<PostgresSchema> _emptySchemas = [];
    private PostgresSchema? _schema;

    public StateDatabase Database { get; private set; } = null!;

    public StateDatabase OpenAnother()
    {
        var database = new PostgresStateDatabase(_schema!.ConnectionString);
        _opened.Add(database);
        return database;
    }

    public async Task<StateDatabase> OpenEmptyAsync()
    {
        var schema = await PostgresSchema.CreateAsync();
        _emptySchemas.Add(schema);
        var database = new PostgresStateDatabase(schema.ConnectionString);
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

        foreach (var schema in _emptySchemas.Append(_schema).OfType<PostgresSchema>())
        {
            await schema.DisposeAsync();
        }
    }
}
