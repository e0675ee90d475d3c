using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace QuoteBot.Hosting;

public static class HttpEndpointsHostingExtensions
{
    /// <summary>
    /// The bot's one HTTP server, on <c>Bot:Http:Urls</c>; it opens a port only when some part registered an endpoint.
    /// </summary>
    public static IHostApplicationBuilder AddHttpEndpoints(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HttpOptions>, HttpOptionsValidator>());
        builder.Services.TryAddSingleton<HttpEndpointHost>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HttpEndpointHost>());
        return builder;
    }
}
