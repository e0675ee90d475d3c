using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Diagnostics;
using QuoteBot.Discord;
using QuoteBot.Digest;
using QuoteBot.Discord.Commands;
using QuoteBot.Discord.Digest;
using QuoteBot.Discord.Gateway;
using QuoteBot.Discord.Interactions;

namespace QuoteBot.Hosting;

public static class DiscordHosting
{
    public const string ReadinessName = "discord";

    /// <summary>
    /// Discord, when <c>Bot:Discord:Token</c> is set: the transport, the slash commands (registered at start when they
    /// differ), the digest sender, and in http mode the interactions endpoint on the HTTP endpoints.
    /// </summary>
    public static HostApplicationBuilder AddDiscord(this HostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["Bot:Discord:Token"]))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddDiscordTransport(builder.Configuration);
        services.AddOptions<DiscordCommandOptions>().BindConfiguration(DiscordOptions.Section)
            .Validate(o => o.DeferAfter > TimeSpan.Zero && o.DeferAfter < TimeSpan.FromSeconds(3), "Bot:Discord:DeferAfter must be under 3 seconds: Discord waits no longer for the first answer.")
            .ValidateOnStart();
        services.AddSingleton<Autocompleter>();
        services.AddSingleton<DailyCommand>();
        services.AddSingleton<DiscordCommandHandler>();
        services.AddSingleton<IDiscordInteractionHandler>(sp => sp.GetRequiredService<DiscordCommandHandler>());
        services.AddSingleton<CommandRegistrar>();
        services.AddHostedService<CommandRegistrationService>();
        services.AddSingleton<IGatewayStatusObserver, DiscordStatusReporter>();
        services.AddHostedService<DiscordShutdown>();
        // The daily digest posts to Discord channels through the same REST client and its rate limits.
        services.AddDigestSender<DiscordDigestSender>();

        var http = string.Equals(builder.Configuration["Bot:Discord:Mode"], "http", StringComparison.OrdinalIgnoreCase);
        if (http)
        {
            services.AddSingleton(new HttpEndpointRegistration("discord interactions", (endpoints, _) => endpoints.MapDiscordInteractions()));
        }

        services.AddHostedService(sp => new DiscordReadiness(sp.GetRequiredService<Readiness>(), http));
        return builder;
    }

    /// <summary>Gateway sessions report into readiness (<c>/readyz</c>) and the reconnect metric.</summary>
    private sealed class DiscordStatusReporter(Readiness readiness, BotMetrics metrics) : IGatewayStatusObserver
    {
        public void OnSessionReady(int shardId, bool resumed) => readiness.Report(ReadinessName, true, resumed ? $"shard {shardId} resumed" : $"shard {shardId} ready");

        public void OnDisconnected(int shardId, string reason, string next)
        {
            readiness.Report(ReadinessName, false, $"shard {shardId} disconnected ({reason}), {next.ToLowerInvariant()}");
            metrics.GatewayReconnect(next.ToLowerInvariant(), reason);
        }
    }

    /// <summary>In gateway mode Discord is not ready until a session is; in http mode there is no session to wait for.</summary>
    private sealed class DiscordReadiness(Readiness readiness, bool http) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (http)
            {
                readiness.Report(ReadinessName, true, "interactions endpoint");
            }
            else
            {
                readiness.Expect(ReadinessName, "connecting");
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>At shutdown, finishes the deferred replies still being worked on (up to 10 s).</summary>
    private sealed class DiscordShutdown(DiscordCommandHandler handler, TimeProvider time) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => handler.Pending.DrainAsync(TimeSpan.FromSeconds(10), time, cancellationToken);
    }
}
