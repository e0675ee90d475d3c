using Microsoft.Extensions.Hosting;
using QuoteBot.Core.Diagnostics;

namespace QuoteBot.Discord.Hosting;

/// <summary>In gateway mode Discord is not ready until a session is; in http mode there is no session to wait for.</summary>
internal sealed class DiscordReadiness(Readiness readiness, bool http) : IHostedService
{
    /// <summary>Discord's part in <c>/readyz</c>.</summary>
    public const string Name = "discord";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (http)
        {
            readiness.Report(Name, true, "interactions endpoint");
        }
        else
        {
            readiness.Expect(Name, "connecting");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
