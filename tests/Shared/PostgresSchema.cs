using Npgsql;

namespace QuoteBot.Testing;

/// <summary>A fresh, empty schema on the test server, dropped again on dispose; its connection string sets the search path to it.</summary>
internal sealed class PostgresSchema : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private PostgresSchema(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { SearchPath = name }.ToString();
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<PostgresSchema> CreateAsync()
    {
        var server = PostgresTestEnvironment.RequireConnectionString();
        var schema = new PostgresSchema(server, $"qb_test_{Guid.NewGuid():N}"[..24]);
        await schema.ExecuteAsync($"CREATE SCHEMA {schema.Name}");
        return schema;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {Name} CASCADE");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
