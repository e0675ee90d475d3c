using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using QuoteBot.Core.Diagnostics;
using QuoteBot.Core.Hosting;

namespace QuoteBot.Hosting;

public static class HealthHostingExtensions
{
    /// <summary>
    /// <see cref="HealthEndpoints"/> and the metrics behind them. On by default when a chat platform runs, off for the
    /// console; <c>Bot:Health:Enabled</c> decides otherwise.
    /// </summary>
    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration["Bot:Health:Enabled"];
        var anyChatPlatform = !string.IsNullOrWhiteSpace(builder.Configuration["Bot:Telegram:Token"]) || !string.IsNullOrWhiteSpace(builder.Configuration["Bot:Discord:Token"]);
        var enabled = bool.TryParse(configured, out var on) ? on : anyChatPlatform;
        if (!enabled)
        {
            return builder;
        }

        AddMetricsAndEndpoints(builder.Services);
        return builder;
    }

    /// <summary>
    /// Apart from <see cref="AddHealth"/> so that OpenTelemetry's assemblies are loaded only when health is on: a
    /// method's code is compiled whole, the branch not taken included.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddMetricsAndEndpoints(IServiceCollection services)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("quotebot"))
            .WithMetrics(metrics => metrics
            .AddMeter(BotMetrics.MeterName)
            .AddPrometheusExporter());
        services.AddSingleton(new HttpEndpointRegistration("health and metrics", HealthEndpoints.Map));
    }
}
