using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace QuoteBot.Fakes.Discord;

/// <summary>
/// The gateway of the fake with <see cref="FakeDiscord.Recording"/> off: it answers IDENTIFY with READY, RESUME with
/// RESUMED and each heartbeat with HEARTBEAT_ACK by itself, and writes those answers and the queued
/// INTERACTION_CREATE dispatches from one channel, read by one sender loop per connection: the socket has a single
/// writer, sequence numbers increase across reconnects, and nothing is recorded or copied.
/// </summary>
internal sealed class SelfDrivenGateway(Action<long>? dispatching)
{
    private readonly Channel<Outgoing> _outgoing = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private Task _previousSender = Task.CompletedTask;
    private long _sequence;

    public ResponseShape Shape { get; set; }

    private enum Kind
    {
        Interaction,
        Ready,
        Resumed,
        HeartbeatAck,
    }

    public void Dispatch(long id, bool topic) => _outgoing.Writer.TryWrite(new Outgoing(Kind.Interaction, id, topic));

    /// <summary>Runs one accepted connection from its Hello until the bot goes away.</summary>
    public async Task RunAsync(WebSocket socket, HttpContext context, int heartbeatIntervalMs)
    {
        await socket.SendAsync(GatewayJson.Hello(heartbeatIntervalMs), WebSocketMessageType.Text, endOfMessage: true, context.RequestAborted);
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        // A reconnecting bot gets a new sender only when the old one has let go of the queue.
        var previous = Interlocked.Exchange(ref _previousSender, Task.CompletedTask);
        var sender = SendLoopAsync(previous, socket, $"ws://{context.Request.Host}/resume", closed.Token);
        Volatile.Write(ref _previousSender, sender);
        try
        {
            await ReceiveLoopAsync(socket, closed.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The bot went away (end of the run, or a reconnect).
        }
        finally
        {
            await closed.CancelAsync();
            await sender;
        }
    }

    private async Task ReceiveLoopAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (socket.State == WebSocketState.Open)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                length += result.Count;
            }
            while (!result.EndOfMessage && length < buffer.Length);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                return;
            }

            var answer = JsonPeek.TopLevelInt32(new ReadOnlySequence<byte>(buffer, 0, length), "op"u8) switch
            {
                1 => Kind.HeartbeatAck,
                2 => Kind.Ready,
                6 => Kind.Resumed,
                _ => (Kind?)null,
            };
            if (answer is { } kind)
            {
                _outgoing.Writer.TryWrite(new Outgoing(kind, 0, false));
            }
        }
    }

    private async Task SendLoopAsync(Task previous, WebSocket socket, string resumeUrl, CancellationToken cancellationToken)
    {
        await previous;
        try
        {
            var buffer = new ArrayBufferWriter<byte>(2048);
            using var json = new Utf8JsonWriter(buffer);
            while (await _outgoing.Reader.WaitToReadAsync(cancellationToken))
            {
                while (_outgoing.Reader.TryRead(out var item))
                {
                    buffer.ResetWrittenCount();
                    json.Reset(buffer);
                    Write(json, item, resumeUrl);
                    json.Flush();
                    if (item.Kind == Kind.Interaction)
                    {
                        dispatching?.Invoke(item.Id);
                    }

                    await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The connection ended; what was taken from the queue for it is lost, as it would be with Discord.
        }
    }

    private void Write(Utf8JsonWriter json, Outgoing item, string resumeUrl)
    {
        switch (item.Kind)
        {
            case Kind.HeartbeatAck:
                GatewayJson.WriteHeartbeatAck(json);
                break;
            case Kind.Ready:
                GatewayJson.WriteReady(json, ++_sequence, resumeUrl);
                break;
            case Kind.Resumed:
                GatewayJson.WriteResumed(json, ++_sequence);
                break;
            case Kind.Interaction when Shape == ResponseShape.Full:
                FullGatewayJson.WriteCommandInteraction(json, ++_sequence, item.Id, item.Topic);
                break;
            default:
                GatewayJson.WriteCommandInteraction(json, ++_sequence, item.Id, item.Topic);
                break;
        }
    }

    private readonly record struct Outgoing(Kind Kind, long Id, bool Topic);
}
