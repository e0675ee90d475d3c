using Microsoft.Extensions.Logging;
using QuoteBot.Core.Resilience;

namespace QuoteBot.Discord.Gateway;

/// <summary>
/// One shard's life across connections: picks resume or identify, the URL, and the wait before reconnecting.
/// A healthy session that drops reconnects at once; repeated failures back off; op 9 without resume waits 1–5 s;
/// fatal close codes end the shard with <see cref="DiscordGatewayFatalException"/>.
/// </summary>
internal sealed class GatewayShard(
    GatewayShardSettings settings,
    Uri gatewayUrl,
    IdentifyLimiter identifyLimiter,
    IGatewayTransportFactory transports,
    IGatewayEventSink sink,
    Backoff backoff,
    TimeProvider time,
    Random random,
    ILogger logger)
{
    public GatewaySession Session { get; } = new();

    public int ShardId => settings.ShardId;

    /// <summary>Runs until cancelled.</summary>
    /// <exception cref="DiscordGatewayFatalException">The gateway refused the bot for good.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        IEnumerator<TimeSpan>? failureStreak = null;
        var resumeUrlFailed = false;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var resume = Session.CanResume;
                // Discord: when reconnecting to the resume URL fails, fall back to the cached gateway URL.
                var url = resume && !resumeUrlFailed ? Session.ResumeUrl! : gatewayUrl;
                logger.Connecting(settings.ShardId, url, resume ? "resume" : "identify");

                GatewayDisconnect outcome;
                await using (var transport = transports.Create())
                {
                    using var connection = new GatewayConnection(transport, settings, Session, identifyLimiter, sink, time, random, logger);
                    outcome = await connection.RunAsync(GatewayUri.For(url), resume, cancellationToken);
                }

                if (outcome.Reason == GatewayDisconnectReason.Shutdown)
                {
                    return;
                }

                resumeUrlFailed = resume && outcome.Reason == GatewayDisconnectReason.ConnectFailed;
                var action = outcome.NextAction();
                sink.OnDisconnected(settings.ShardId, outcome, action);
                if (action == GatewayReconnectAction.Fatal)
                {
                    logger.Disconnected(settings.ShardId, outcome.Reason, outcome.CloseCode, outcome.Description, action, TimeSpan.Zero, outcome.Exception);
                    throw new DiscordGatewayFatalException(outcome.CloseCode!.Value);
                }

                if (action == GatewayReconnectAction.Identify)
                {
                    Session.Reset();
                }

                var delay = NextDelay(outcome, ref failureStreak);
                // The timer starts before the log line so that whoever reads the log sees the wait already running.
                var wait = delay > TimeSpan.Zero ? Task.Delay(delay, time, cancellationToken) : Task.CompletedTask;
                logger.Disconnected(settings.ShardId, outcome.Reason, outcome.CloseCode, outcome.Description, action, delay, outcome.Exception);
                await wait;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            failureStreak?.Dispose();
        }
    }

    /// <summary>
    /// Op 9 without resume waits 1–5 s, as Discord asks; a session that was working reconnects at once and ends the
    /// failure streak; a connection that never got going takes the next backoff step.
    /// </summary>
    private TimeSpan NextDelay(GatewayDisconnect outcome, ref IEnumerator<TimeSpan>? failureStreak)
    {
        if (outcome.Reason == GatewayDisconnectReason.InvalidSession && !outcome.Resumable)
        {
            return TimeSpan.FromSeconds(1 + (4 * random.NextDouble()));
        }

        if (outcome.Established)
        {
            failureStreak?.Dispose();
            failureStreak = null;
            return TimeSpan.Zero;
        }

        failureStreak ??= backoff.Delays().GetEnumerator();
        return failureStreak.MoveNext() ? failureStreak.Current : TimeSpan.FromSeconds(60);
    }
}
