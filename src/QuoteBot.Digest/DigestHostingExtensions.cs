using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using QuoteBot.Core.State;
using QuoteBot.Digest.Admin;
using QuoteBot.Digest.Daily;
using QuoteBot.Digest.Content;
using QuoteBot.Digest.Delivery;
using QuoteBot.Digest.Engine;
using QuoteBot.Digest.Targets;

namespace QuoteBot.Digest;

public static class DigestHostingExtensions
{
    /// <summary>The daily digest from <c>Bot:Digest</c>; see <see cref="AddDigest(IServiceCollection, IConfiguration)"/>.</summary>
    public static IHostApplicationBuilder AddDigest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDigest(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// The daily digest: options from <c>Bot:Digest</c> (validated at start), the engine and its hosted loop, and
    /// <see cref="IDigestAdmin"/> for the platforms' <c>/daily</c> commands. Needs the command core
    /// (<c>AddQuoteCore</c>); platforms add their <see cref="IDigestSender"/> with <see cref="AddDigestSender{TSender}"/>.
    /// Without durable storage the targets and delivery records live in memory.
    /// </summary>
    public static IServiceCollection AddDigest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DigestOptions>()
            .Bind(configuration.GetSection(DigestOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        // Durable storage replaces these (services.Replace), whichever is registered first.
        services.TryAddSingleton<IChatRegistry, InMemoryChatRegistry>();
        services.TryAddSingleton<IDigestTargetStore, InMemoryDigestTargetStore>();
        services.TryAddSingleton<IDeliveryLedger, InMemoryDeliveryLedger>();

        services.TryAddSingleton<DigestWakeup>();
        services.TryAddSingleton<DigestTargetCatalog>();
        services.TryAddSingleton<DigestContent>();
        services.TryAddSingleton<DeliveryRunner>();
        services.TryAddSingleton<DigestEngine>();
        services.TryAddSingleton<IDigestAdmin, DigestAdmin>();
        services.TryAddSingleton<DailyHandler>();
        services.AddHostedService<DigestService>();
        return services;
    }

    /// <summary>Adds a platform's digest sender; the engine picks it for targets of its <see cref="IDigestSender.Platform"/>.</summary>
    public static IServiceCollection AddDigestSender<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSender>(this IServiceCollection services)
        where TSender : class, IDigestSender
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDigestSender, TSender>());
        return services;
    }
}
