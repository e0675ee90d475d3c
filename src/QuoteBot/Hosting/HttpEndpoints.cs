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
/// Runs a small Kestrel server only when some feature registered an endpoint (a webhook); a bot that only polls
/// opens no port at all.
/// </summary>
internal sealed partial class HttpEndpointHost(
    IEnumerable<HttpEndpointRegistration> registrations,
    IServiceProvider services,
    IOptions<HttpOptions> options,
    ILogger<HttpEndpointHost> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The addresses actually bound (port 0 becomes a real port), once started.</summary>
    public IReadOnlyList<string> Addresses => _app?.Urls.ToList() ?? [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var endpoints = registrations.ToList();
        if (endpoints.Count == 0)
        {
            return;
        }

        // The content root is the application folder, as for the bot's own host: the default (the working directory)
        // has the server watch that folder's whole tree for settings changes, which took seconds from /tmp.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Value.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        _app = builder.Build();
        // Endpoints run with the bot's services: the webhook and interaction handlers live there, not in this small server.
        _app.Use((context, next) =>
        {
            context.RequestServices = services;
            return next(context);
        });
        foreach (var endpoint in endpoints)
        {
            endpoint.Map(_app, services);
        }

        await _app.StartAsync(cancellationToken);
        StartupStages.Mark("http listening");
        LogListening(string.Join(", ", _app.Urls), string.Join(", ", endpoints.Select(e => e.Name)));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [LoggerMessage(EventId = 6020, Level = LogLevel.Information, Message = "HTTP endpoints on {Urls}: {Endpoints}")]
    private partial void LogListening(string urls, string endpoints);
}
