using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using QuoteBot.Digest;
using QuoteBot.Telegram.Digest;
using QuoteBot.Telegram.Receiving;
using QuoteBot.Telegram.Sending;
using Telegram.Bot;

namespace QuoteBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    public const string HttpClientName = "telegram";

    /// <summary>
    /// The Telegram platform: Bot API client (over a typed HttpClient, its own retries off so ours — paced and
    /// driven by <see cref="TimeProvider"/> — apply), sender, update handling, and the receiver for the configured mode.
    /// </summary>
    public static IServiceCollection AddTelegramPlatform(this IServiceCollection services)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        // The Bot API puts the token in every request path: the HTTP client's own request logging must stay off.
        services.AddHttpClient(HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(100)).RemoveAllLoggers();
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            var clientOptions = new TelegramBotClientOptions(options.Token!, string.IsNullOrEmpty(options.ApiBaseUrl) ? null : options.ApiBaseUrl)
            {
                RetryCount = 0,
            };
            return new TelegramBotClient(clientOptions, http);
        });
        services.AddSingleton<TelegramBotIdentity>();
        services.AddSingleton<ChatPacer>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<InlineResults>();
        services.AddSingleton<TelegramUpdateHandler>();
        services.AddSingleton<UpdatePipeline>();
        services.AddSingleton<TelegramStartup>();
        services.AddSingleton<WebhookDeduplicator>();
        services.AddHostedService(sp =>
        {
            // Not ready until the first poll answers or the webhook is set.
            sp.GetRequiredService<Core.Diagnostics.Readiness>().Expect(PollingReceiver.ReadinessName);
            return sp.GetRequiredService<IOptions<TelegramOptions>>().Value.IsWebhook
            ? ActivatorUtilities.CreateInstance<WebhookReceiver>(sp)
            : (TelegramReceiver)ActivatorUtilities.CreateInstance<PollingReceiver>(sp);
        });
        return services;
    }

    /// <summary>
    /// The Telegram side of the daily digest, on top of <see cref="AddTelegramPlatform"/>: the digest's sender for
    /// <c>telegram</c> targets and the admins' <c>/daily</c> command. Needs the digest itself (<c>AddDigest</c>).
    /// </summary>
    public static IServiceCollection AddTelegramDigest(this IServiceCollection services)
    {
        services.TryAddSingleton<TelegramPinner>();
        services.TryAddSingleton<ChatAdminCheck>();
        services.AddDigestSender<TelegramDigestSender>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITelegramCommand, DailyCommand>());
        return services;
    }
}
