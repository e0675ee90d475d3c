using QuoteBot.Core.State;
using QuoteBot.Storage.Database;

namespace QuoteBot.Storage.Stores;

/// <summary>The durable <see cref="ICursorStore"/>.</summary>
internal sealed class SqlCursorStore(StateDatabase database) : ICursorStore
{
    public async ValueTask<long?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var value = await connection.ScalarAsync(null, "SELECT value FROM cursors WHERE name = @name", cancellationToken, ("name", name));
        return value is null ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask SetAsync(string name, long value, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, "INSERT INTO cursors (name, value) VALUES (@name, @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            cancellationToken, ("name", name), ("value", value));
    }
}
