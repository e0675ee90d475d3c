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

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("quotebot"))
            .WithMetrics(metrics => metrics
            .AddMeter(BotMetrics.MeterName)
            .AddPrometheusExporter());
        builder.Services.AddSingleton(new HttpEndpointRegistration("health and metrics", HealthEndpoints.Map));
        return builder;
    }
}
