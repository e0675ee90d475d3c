using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using QuoteBot.Core.State;
using QuoteBot.Digest.Delivery;
using QuoteBot.Digest.Targets;
using QuoteBot.Storage.Database;
using QuoteBot.Storage.Stores;

namespace QuoteBot.Storage;

public static class StorageHostingExtensions
{
    /// <summary>Durable state from <c>Bot:Storage</c>; see <see cref="AddStorage(IServiceCollection, IConfiguration, string?)"/>.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddStorage(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Durable state from <c>Bot:Storage</c> (validated at start): a <see cref="StateDatabase"/> (SQLite by default,
    /// PostgreSQL when configured) whose schema is migrated as the host starts, and the durable
    /// <see cref="IChatRegistry"/>, <see cref="ICursorStore"/>, <see cref="IDigestTargetStore"/>,
    /// <see cref="IDeliveryLedger"/> and <see cref="IUploadedFiles"/>, replacing any in-memory ones whether they were registered before or after.
    /// A relative data directory is resolved against <paramref name="baseDirectory"/>, the application folder by default.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration, string? baseDirectory = null)
    {
        var root = baseDirectory ?? AppContext.BaseDirectory;
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateOnStart();
        services.PostConfigure<StorageOptions>(options => options.BaseDirectory = root);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StateDatabase>(sp => Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value, root));

        services.Replace(ServiceDescriptor.Singleton<IChatRegistry, SqlChatRegistry>());
        services.Replace(ServiceDescriptor.Singleton<ICursorStore, SqlCursorStore>());
        services.Replace(ServiceDescriptor.Singleton<IDigestTargetStore, SqlDigestTargetStore>());
        services.Replace(ServiceDescriptor.Singleton<IDeliveryLedger, SqlDeliveryLedger>());
        services.Replace(ServiceDescriptor.Singleton<IUploadedFiles, SqlUploadedFiles>());
        services.AddHostedService<StorageStartup>();
        return services;
    }

    /// <summary>The database the options name; the options have been validated.</summary>
    public static StateDatabase Create(StorageOptions options, string baseDirectory) => options.Provider switch
    {
        StorageProviders.Postgres => new PostgresStateDatabase(options.ConnectionString!),
        _ => new SqliteStateDatabase(Path.Combine(options.ResolveDataDirectory(baseDirectory), StorageOptions.SqliteFileName)),
    };
}
