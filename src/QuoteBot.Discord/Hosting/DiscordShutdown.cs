using Microsoft.Extensions.Hosting;
using QuoteBot.Discord.Commands;

namespace QuoteBot.Discord.Hosting;

/// <summary>At shutdown, finishes the deferred replies still being worked on (up to 10 s).</summary>
internal sealed class DiscordShutdown(DiscordCommandHandler handler, TimeProvider time) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => handler.Pending.DrainAsync(TimeSpan.FromSeconds(10), time);
}
