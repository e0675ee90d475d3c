using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace QuoteBot.Hosting;

public static class HttpEndpointsHostingExtensions
{
    /// <summary>
    /// The bot's one HTTP server, on <c>Bot:Http:Urls</c>; it opens a port only when some part registered an endpoint.
    /// </summary>
    public static IHostApplicationBuilder AddHttpEndpoints(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section)
            .Validate(o => o.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(u => Uri.TryCreate(u, UriKind.Absolute, out _)), "Bot:Http:Urls must be absolute URLs separated by ';', e.g. http://0.0.0.0:8080.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton<HttpEndpointHost>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HttpEndpointHost>());
        return builder;
    }
}
