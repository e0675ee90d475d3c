using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Diagnostics;
using QuoteBot.Core.Hosting;
using QuoteBot.Digest;
using QuoteBot.Discord.Commands;
using QuoteBot.Discord.Digest;
using QuoteBot.Discord.Gateway;
using QuoteBot.Discord.Hosting;
using QuoteBot.Discord.Interactions;
using QuoteBot.Discord.Resilience;
using QuoteBot.Discord.Rest;
using QuoteBot.Discord.Rest.RateLimits;

namespace QuoteBot.Discord;

public static class DiscordHostingExtensions
{
    /// <summary>The <c>User-Agent</c> Discord asks bots to send.</summary>
    public const string UserAgent = "DiscordBot (https://github.com/quotebot/quotebot, 1.0)";

    /// <summary>
    /// Discord, when <c>Bot:Discord:Token</c> is set: the transport, the slash commands (registered at start when they
    /// differ), readiness and the reconnect metric, the drain of deferred replies at shutdown, the digest sender, and
    /// in http mode the interactions endpoint on the host's HTTP endpoints. Every part is added with <c>TryAdd</c>, so a
    /// test registers its own first.
    /// </summary>
    public static IHostApplicationBuilder AddDiscord(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{DiscordOptions.Section}:Token"]))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddDiscordTransport(builder.Configuration);
        services.TryAddSingleton<Autocompleter>();
        services.TryAddSingleton<DailyCommand>();
        services.TryAddSingleton<DiscordCards>();
        services.TryAddSingleton<DiscordCommandHandler>();
        services.TryAddSingleton<IDiscordInteractionHandler>(sp => sp.GetRequiredService<DiscordCommandHandler>());
        services.TryAddSingleton<CommandRegistrar>();
        services.AddHostedService<CommandRegistrationService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGatewayStatusObserver, DiscordStatusReporter>());
        services.AddHostedService<DiscordShutdown>();
        // The daily digest posts to Discord channels through the same REST client and its rate limits.
        services.AddDigestSender<DiscordDigestSender>();

        var http = string.Equals(builder.Configuration[$"{DiscordOptions.Section}:Mode"], "http", StringComparison.OrdinalIgnoreCase);
        if (http)
        {
            services.AddSingleton(new HttpEndpointRegistration("discord interactions", (endpoints, _) => endpoints.MapDiscordInteractions()));
        }

        services.AddHostedService(sp => new DiscordReadiness(sp.GetRequiredService<Readiness>(), http));
        return builder;
    }

    /// <summary>
    /// The transport alone: <see cref="DiscordOptions"/> from <c>Bot:Discord</c> (validated at start), the typed
    /// <see cref="IDiscordRestClient"/>, the <see cref="DiscordGatewayClient"/> with its hosted runner (idle in http
    /// mode), and the services behind <c>MapDiscordInteractions</c>. Interactions go to the registered
    /// <see cref="IDiscordInteractionHandler"/>; without one they are ignored. Tests of the transport start here.
    /// </summary>
    internal static IServiceCollection AddDiscordTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>()
            .Bind(configuration.GetSection(DiscordOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new DiscordRandom(Random.Shared));

        services.TryAddSingleton(sp => new GlobalRateLimiter(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<RouteBucketRegistry>();
        services.TryAddSingleton<InvalidRequestMonitor>();
        services.AddHttpClient<IDiscordRestClient, DiscordRestClient>(ConfigureHttpClient)
            // Rate-limit state is process-wide, and the client is held by singletons: rotate connections, not handlers.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The default HttpClient logs print request URLs, and interaction routes carry the interaction token.
            .RemoveAllLoggers();

        services.TryAddSingleton<InteractionDispatcher>();
        services.TryAddSingleton(sp => new InteractionRequestAuthenticator(
            Ed25519SignatureVerifier.FromHex(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey),
            sp.GetRequiredService<TimeProvider>()));

        services.TryAddSingleton<IGatewayTransportFactory, WebSocketGatewayTransportFactory>();
        services.TryAddSingleton<GatewayEventRouter>();
        services.TryAddSingleton(sp => new DiscordGatewayClient(
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<IDiscordRestClient>(),
            sp.GetRequiredService<IGatewayTransportFactory>(),
            sp.GetRequiredService<GatewayEventRouter>(),
            sp.GetRequiredService<DiscordRandom>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DiscordGatewayClient>>()));
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }

    private static void ConfigureHttpClient(IServiceProvider services, HttpClient http)
    {
        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;
        http.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
        http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        // Each attempt has its own timeout in the pipeline, so retries are not cut short by one overall limit.
        http.Timeout = Timeout.InfiniteTimeSpan;
    }
}
