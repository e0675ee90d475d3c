using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Hosting;

namespace QuoteBot.Hosting;

/// <summary>Where the bot's HTTP endpoints listen (section <c>Bot:Http</c>): webhooks, and later health and metrics.</summary>
public sealed class HttpOptions : IValidatableObject
{
    public const string Section = "Bot:Http";

    /// <summary>Listen addresses, separated by ';', e.g. <c>http://0.0.0.0:8080</c>; loopback only by default.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:8080";

    /// <summary>Each failure one line naming the key to fix.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(u => Uri.TryCreate(u, UriKind.Absolute, out _)))
        {
            yield return new("Bot:Http:Urls must be absolute URLs separated by ';', e.g. http://0.0.0.0:8080.");
        }
    }
}

/// <summary>Checks <see cref="HttpOptions"/> by code generated at compile time.</summary>
[OptionsValidator]
internal sealed partial class HttpOptionsValidator : IValidateOptions<HttpOptions>;

/// <summary>
/// Runs a small Kestrel server only when some feature registered an endpoint (a webhook, health); a bot that only
/// polls opens no port at all and loads none of ASP.NET Core: the server itself is <see cref="HttpEndpointServer"/>,
/// whose code is compiled (and its assemblies loaded) only when it starts.
/// </summary>
internal sealed partial class HttpEndpointHost(
    IEnumerable<HttpEndpointRegistration> registrations,
    IServiceProvider services,
    IOptions<HttpOptions> options,
    ILogger<HttpEndpointHost> logger) : IHostedService, IAsyncDisposable
{
    private HttpEndpointServer? _server;

    /// <summary>The addresses actually bound (port 0 becomes a real port), once started.</summary>
    public IReadOnlyList<string> Addresses => _server?.Addresses ?? [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Not overlapped with the platforms' start (HostOptions.ServicesStartConcurrently): a platform that stops the
        // application at once (a refused token) would cancel the server's start and turn one clear line into a crash.
        var endpoints = registrations.ToList();
        if (endpoints.Count == 0)
        {
            return;
        }

        _server = await HttpEndpointServer.StartAsync(endpoints, services, options.Value.Urls, cancellationToken);
        StartupStages.Mark("http listening");
        LogListening(string.Join(", ", _server.Addresses), string.Join(", ", endpoints.Select(e => e.Name)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => _server?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    [LoggerMessage(EventId = 6020, Level = LogLevel.Information, Message = "HTTP endpoints on {Urls}: {Endpoints}")]
    private partial void LogListening(string urls, string endpoints);
}

/// <summary>Kestrel with the registered endpoints, running with the bot's services.</summary>
internal sealed class HttpEndpointServer(WebApplication app) : IAsyncDisposable
{
    public IReadOnlyList<string> Addresses => [.. app.Urls];

    public static async Task<HttpEndpointServer> StartAsync(IReadOnlyList<HttpEndpointRegistration> endpoints, IServiceProvider services, string urls, CancellationToken cancellationToken)
    {
        // An empty builder: Kestrel and routing only. The slim one also read the settings files and the environment a
        // second time and set up logging that was cleared anyway. The content root is the application folder, as for
        // the bot's own host: the default (the working directory) has the server watch that folder's whole tree.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();
        builder.WebHost.UseUrls(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var app = builder.Build();
        // Endpoints run with the bot's services: the webhook and interaction handlers live there, not in this small server.
        app.Use((context, next) =>
        {
            context.RequestServices = services;
            return next(context);
        });
        foreach (var endpoint in endpoints)
        {
            endpoint.Map(app, services);
        }

        await app.StartAsync(cancellationToken);
        return new HttpEndpointServer(app);
    }

    public Task StopAsync(CancellationToken cancellationToken) => app.StopAsync(cancellationToken);

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
