using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Diagnostics;
using QuoteBot.Core.Hosting;
using QuoteBot.Digest;
using QuoteBot.Telegram.Digest;
using QuoteBot.Telegram.Receiving;
using QuoteBot.Telegram.Sending;
using Telegram.Bot;

namespace QuoteBot.Telegram;

public static class TelegramHostingExtensions
{
    public const string HttpClientName = "telegram";

    /// <summary>
    /// Telegram, when <c>Bot:Telegram:Token</c> is set: options from <c>Bot:Telegram</c> (validated at start), the Bot
    /// API client (over a typed HttpClient, its own retries off so ours — paced and driven by
    /// <see cref="TimeProvider"/> — apply), sender, update handling, the receiver for the configured mode, its side of
    /// the daily digest (the sender and <c>/daily</c>; the digest itself is <c>AddDigest</c>), and in webhook mode its
    /// endpoint on the host's HTTP endpoints. Every part is added with <c>TryAdd</c>, so a test registers its own first.
    /// </summary>
    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{TelegramOptions.Section}:Token"]))
        {
            return builder;
        }

        var services = builder.Services;
        AddPlatform(services);
        AddDigestSide(services);
        if (string.Equals(builder.Configuration[$"{TelegramOptions.Section}:Mode"], "webhook", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton(new HttpEndpointRegistration("telegram webhook", (endpoints, sp) => endpoints.MapTelegramWebhook(sp)));
        }

        return builder;
    }

    /// <summary>
    /// Connections to the Bot API at most, the long poll included. Replies to a backlog of thousands of updates queue
    /// for one of them rather than each opening its own: less memory, less CPU and a shorter tail
    /// (docs/PERFORMANCE.md, "Connections to the Bot API").
    /// </summary>
    public const int MaxConnections = 32;

    private static void AddPlatform(IServiceCollection services)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        // The Bot API puts the token in every request path: the HTTP client's own request logging must stay off.
        services.AddHttpClient(HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(100))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                MaxConnectionsPerServer = MaxConnections,
            })
            .RemoveAllLoggers();
        services.TryAddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            var clientOptions = new TelegramBotClientOptions(options.Token!, string.IsNullOrEmpty(options.ApiBaseUrl) ? null : options.ApiBaseUrl)
            {
                RetryCount = 0,
            };
            return new TelegramBotClient(clientOptions, http);
        });
        services.TryAddSingleton<TelegramBotIdentity>();
        services.TryAddSingleton<ChatPacer>();
        services.TryAddSingleton<TelegramSender>();
        services.TryAddSingleton<TelegramCardFiles>();
        services.TryAddSingleton<TelegramCardSender>();
        services.TryAddSingleton<InlineResults>();
        services.TryAddSingleton<TelegramUpdateHandler>();
        services.TryAddSingleton<UpdatePipeline>();
        services.TryAddSingleton<TelegramStartup>();
        services.TryAddSingleton<WebhookDeduplicator>();
        services.AddHostedService(sp =>
        {
            // Not ready until the first poll answers or the webhook is set.
            sp.GetRequiredService<Readiness>().Expect(PollingReceiver.ReadinessName);
            return sp.GetRequiredService<IOptions<TelegramOptions>>().Value.IsWebhook
            ? ActivatorUtilities.CreateInstance<WebhookReceiver>(sp)
            : (TelegramReceiver)ActivatorUtilities.CreateInstance<PollingReceiver>(sp);
        });
    }

    /// <summary>The digest's sender for <c>telegram</c> targets and the admins' <c>/daily</c> command.</summary>
    private static void AddDigestSide(IServiceCollection services)
    {
        services.TryAddSingleton<TelegramPinner>();
        services.TryAddSingleton<ChatAdminCheck>();
        services.AddDigestSender<TelegramDigestSender>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITelegramCommand, DailyCommand>());
    }
}
