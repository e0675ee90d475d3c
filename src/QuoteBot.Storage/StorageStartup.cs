using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QuoteBot.Storage.Database;

namespace QuoteBot.Storage;

/// <summary>Creates or migrates the schema as the host starts, before any platform or the digest uses the store.</summary>
internal sealed class StorageStartup(StateDatabase database, ILogger<StorageStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var version = await database.MigrateAsync(cancellationToken);
        logger.Ready(database.Provider, database.Location, version);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
