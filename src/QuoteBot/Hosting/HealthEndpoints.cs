using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using QuoteBot.Core.Diagnostics;

namespace QuoteBot.Hosting;

/// <summary>
/// <c>/healthz</c> (the process is alive), <c>/readyz</c> (every part ready: corpus, platforms, storage) and
/// <c>/metrics</c> (Prometheus) on the HTTP endpoints.
/// </summary>
public static class HealthEndpoints
{
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";
    public const string MetricsPath = "/metrics";

    internal static void Map(IEndpointRouteBuilder endpoints, IServiceProvider services)
    {
        var readiness = services.GetRequiredService<Readiness>();
        // Request delegates, not minimal-API handlers: nothing to inspect by reflection, so the same under Native AOT.
        endpoints.MapGet(LivenessPath, context => Results.Text("ok\n").ExecuteAsync(context));
        endpoints.MapGet(ReadinessPath, context =>
        {
            var snapshot = readiness.Snapshot();
            if (snapshot.IsReady)
            {
                StartupStages.Mark("ready");
            }

            var body = JsonSerializer.Serialize(
                snapshot.Components.ToDictionary(c => c.Component, c => new HealthComponent(c.Ready, c.Detail, c.Since)),
                HostJsonContext.Default.DictionaryStringHealthComponent);
            return Results.Text(body, "application/json", statusCode: snapshot.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable)
                .ExecuteAsync(context);
        });
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath, services.GetRequiredService<MeterProvider>(), configureBranchedPipeline: null, optionsName: null);
    }
}

/// <summary>One part's state as <c>/readyz</c> shows it.</summary>
public sealed record HealthComponent(bool Ready, string Detail, DateTimeOffset Since);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, HealthComponent>))]
internal sealed partial class HostJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
