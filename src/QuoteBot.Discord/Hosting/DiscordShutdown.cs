using Microsoft.Extensions.Hosting;
using QuoteBot.Discord.Interactions;

namespace QuoteBot.Discord.Hosting;

/// <summary>At shutdown, finishes the deferred replies still being worked on (up to 10 s).</summary>
internal sealed class DiscordShutdown(InteractionDispatcher interactions, TimeProvider time) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => interactions.DrainAsync(TimeSpan.FromSeconds(10), time, cancellationToken);
}
