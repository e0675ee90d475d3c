using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Gateway;

/// <summary>
/// One websocket connection from Hello to close: heartbeats, Identify or Resume, and the receive loop.
/// Returns how it ended; deciding what comes next is the shard's job.
/// </summary>
internal sealed class GatewayConnection(
    IGatewayTransport transport,
    GatewayShardSettings shard,
    GatewaySession session,
    IdentifyLimiter identifyLimiter,
    IGatewayEventSink sink,
    TimeProvider time,
    Random random,
    ILogger logger) : IDisposable
{
    /// <summary>How long opening the socket and receiving Hello may take.</summary>
    public static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for the server to answer our close frame.</summary>
    public static readonly TimeSpan CloseHandshakeWait = TimeSpan.FromSeconds(1);

    private static readonly IdentifyProperties Properties = new()
    {
        Os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux",
        Browser = "QuoteBot",
        Device = "QuoteBot",
    };

    private readonly GatewayCommandLimiter _commandLimiter = new(time);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<GatewayDisconnect> _end = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Heartbeat? _heartbeat;
    private volatile bool _established;

    /// <summary>Runs the connection until it ends and says how: failures are results here, not exceptions.</summary>
    public async Task<GatewayDisconnect> RunAsync(Uri uri, bool resume, CancellationToken cancellationToken)
    {
        var hello = await ConnectAsync(uri, cancellationToken);
        if (hello.Disconnect is { } failed)
        {
            return failed;
        }

        // Not linked to the caller's token: cancelling a pending receive aborts the socket, and on shutdown the
        // close frame (1000) has to go out first. Shutdown ends the connection through the registration below.
        using var connection = new CancellationTokenSource();
        await using var shutdown = cancellationToken.Register(() => End(new GatewayDisconnect(GatewayDisconnectReason.Shutdown)));
        _heartbeat = new Heartbeat(hello.Interval, SendHeartbeatAsync, time, random);

        var receiving = ReceiveLoopAsync(connection.Token);
        var loops = new[] { receiving, HeartbeatLoopAsync(_heartbeat, connection.Token), HandshakeAsync(resume, connection.Token) };

        var outcome = await _end.Task;
        if (outcome.ClientCloses)
        {
            // 1000 ends the session (the bot shows offline at once); any other code keeps it resumable.
            var code = outcome.Reason == GatewayDisconnectReason.Shutdown ? (int)WebSocketCloseStatus.NormalClosure : GatewayCloseCodes.ClientReconnecting;
            await transport.CloseAsync(code, outcome.Reason.ToString(), CancellationToken.None);
            // A moment for the server's close answer, so it sees a clean close rather than a dropped connection.
            await Task.WhenAny(receiving, Task.Delay(CloseHandshakeWait, time, CancellationToken.None));
        }

        await connection.CancelAsync();
        await Task.WhenAll(loops);
        return outcome with { Established = _established };
    }

    private async Task<(TimeSpan Interval, GatewayDisconnect? Disconnect)> ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(HelloTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await transport.ConnectAsync(uri, linked.Token);
            var first = await transport.ReceiveAsync(linked.Token);
            if (first.IsClose)
            {
                return (default, new GatewayDisconnect(GatewayDisconnectReason.ServerClosed, first.CloseCode, first.CloseDescription));
            }

            var payload = JsonSerializer.Deserialize(first.Message.Span, DiscordJsonContext.Default.GatewayPayload);
            if (payload is not { Op: GatewayOpcode.Hello, D: { } d }
                || d.Deserialize(DiscordJsonContext.Default.HelloData) is not { HeartbeatInterval: > 0 } helloData)
            {
                return (default, new GatewayDisconnect(GatewayDisconnectReason.ConnectFailed, Description: "the first message was not Hello"));
            }

            return (TimeSpan.FromMilliseconds(helloData.HeartbeatInterval), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (default, new GatewayDisconnect(GatewayDisconnectReason.Shutdown));
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or JsonException or HttpRequestException)
        {
            return (default, new GatewayDisconnect(GatewayDisconnectReason.ConnectFailed, Exception: ex));
        }
    }

    private async Task HandshakeAsync(bool resume, CancellationToken cancellationToken)
    {
        await GuardAsync(async () =>
        {
            if (resume && session.SessionId is { } sessionId)
            {
                var data = new ResumeData { Token = shard.Token, SessionId = sessionId, Seq = session.Sequence };
                await SendAsync(GatewayOpcode.Resume, data, DiscordJsonContext.Default.GatewayCommandResumeData, cancellationToken);
                return;
            }

            var wait = identifyLimiter.Reserve(shard.ShardId);
            if (wait > TimeSpan.Zero)
            {
                var delay = Task.Delay(wait, time, cancellationToken);
                logger.IdentifyDelayed(shard.ShardId, wait);
                await delay;
            }

            var identify = new IdentifyData
            {
                Token = shard.Token,
                Properties = Properties,
                Intents = (int)shard.Intents,
                Shard = [shard.ShardId, shard.ShardCount],
            };
            await SendAsync(GatewayOpcode.Identify, identify, DiscordJsonContext.Default.GatewayCommandIdentifyData, cancellationToken);
        });
    }

    private async Task HeartbeatLoopAsync(Heartbeat heartbeat, CancellationToken cancellationToken)
    {
        await GuardAsync(async () =>
        {
            await heartbeat.RunUntilZombieAsync(cancellationToken);
            logger.Zombie(shard.ShardId);
            End(new GatewayDisconnect(GatewayDisconnectReason.Zombie));
        });
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        await GuardAsync(async () =>
        {
            while (!_end.Task.IsCompleted)
            {
                var received = await transport.ReceiveAsync(cancellationToken);
                if (received.IsClose)
                {
                    End(new GatewayDisconnect(GatewayDisconnectReason.ServerClosed, received.CloseCode, received.CloseDescription));
                    return;
                }

                GatewayFrame frame;
                try
                {
                    frame = GatewayFrame.Parse(received.Message);
                }
                catch (JsonException ex)
                {
                    logger.Undecodable(shard.ShardId, ex);
                    continue;
                }

                using (frame)
                {
                    await HandleAsync(frame, cancellationToken);
                }
            }
        });
    }

    private async Task HandleAsync(GatewayFrame payload, CancellationToken cancellationToken)
    {
        switch (payload.Op)
        {
            case GatewayOpcode.Dispatch:
                HandleDispatch(payload);
                break;
            case GatewayOpcode.Heartbeat:
                await _heartbeat!.BeatAsync(cancellationToken);
                break;
            case GatewayOpcode.HeartbeatAck:
                _heartbeat!.Acknowledge();
                logger.HeartbeatAcknowledged(shard.ShardId);
                break;
            case GatewayOpcode.Reconnect:
                End(new GatewayDisconnect(GatewayDisconnectReason.ReconnectRequested));
                break;
            case GatewayOpcode.InvalidSession:
                var resumable = payload.D is { ValueKind: JsonValueKind.True };
                End(new GatewayDisconnect(GatewayDisconnectReason.InvalidSession, Resumable: resumable));
                break;
        }
    }

    private void HandleDispatch(GatewayFrame payload)
    {
        if (payload.S is { } sequence && !session.TryAdvance(sequence))
        {
            logger.SkippedReplay(shard.ShardId, payload.T, sequence);
            return;
        }

        if (payload.T is not { } name || payload.D is not { } data)
        {
            return;
        }

        try
        {
            switch (name)
            {
                case "READY":
                    var ready = data.Deserialize(DiscordJsonContext.Default.ReadyEvent) ?? throw new JsonException("READY carried no data.");
                    session.Start(ready.SessionId, new Uri(ready.ResumeGatewayUrl), ready.Application?.Id);
                    _established = true;
                    logger.Ready(shard.ShardId, ready.User?.Username, ready.SessionId);
                    break;
                case "RESUMED":
                    _established = true;
                    logger.Resumed(shard.ShardId, session.Sequence);
                    break;
            }

            sink.OnDispatch(shard.ShardId, name, data);
        }
        catch (Exception ex) when (ex is JsonException or UriFormatException)
        {
            logger.DispatchFailed(shard.ShardId, name, ex);
        }
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken) =>
        SendAsync(GatewayOpcode.Heartbeat, session.Sequence, DiscordJsonContext.Default.GatewayCommandNullableInt32, cancellationToken);

    private async Task SendAsync<T>(GatewayOpcode op, T data, JsonTypeInfo<GatewayCommand<T>> type, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new GatewayCommand<T> { Op = op, D = data }, type);
        await _commandLimiter.WaitAsync(cancellationToken);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await transport.SendAsync(bytes, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Runs a loop. Cancellation ends it quietly; anything else (a broken socket, or a bug) ends the connection, so
    /// the shard reconnects instead of a loop dying unnoticed.
    /// </summary>
    private async Task GuardAsync(Func<Task> loop)
    {
        try
        {
            await loop();
        }
        catch (OperationCanceledException)
        {
            // The connection is over; whoever ended it has recorded why.
        }
#pragma warning disable CA1031 // Every failure of a loop must become a reconnect, whatever its type.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            End(new GatewayDisconnect(GatewayDisconnectReason.TransportFailed, Exception: ex));
        }
    }

    public void Dispose() => _sendLock.Dispose();

    private void End(GatewayDisconnect disconnect) => _end.TrySetResult(disconnect);
}
