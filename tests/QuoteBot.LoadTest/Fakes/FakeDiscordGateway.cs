using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using QuoteBot.Fakes;

namespace QuoteBot.LoadTest.Fakes;

/// <summary>
/// A lean Discord gateway (API v10, JSON): HELLO, READY after IDENTIFY, RESUMED after RESUME, HEARTBEAT_ACK for each
/// heartbeat, and INTERACTION_CREATE dispatches with increasing sequence numbers written by one sender loop, so the
/// socket has a single writer and the fake never records or copies what it sends.
/// </summary>
public sealed class FakeDiscordGateway(Action<long> sending)
{
    public const string Path = "/gateway";
    private const string SessionId = "load-session";
    private readonly Channel<Outgoing> _outgoing = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private Task _previousSender = Task.CompletedTask;
    private long _sequence;
    private int _connections;

    private enum Kind
    {
        Interaction,
        Ready,
        Resumed,
        HeartbeatAck,
    }

    public int Connections => Volatile.Read(ref _connections);

    public void Map(WebApplication app)
    {
        app.Map(Path, AcceptAsync);
        app.Map("/resume", AcceptAsync);
    }

    /// <summary>Queues INTERACTION_CREATE for interaction <paramref name="id"/>: <c>/topic topic:energy</c> or <c>/quote</c>.</summary>
    public void Dispatch(long id, bool topic) => _outgoing.Writer.TryWrite(new Outgoing(Kind.Interaction, id, topic));

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        Interlocked.Increment(ref _connections);
        await socket.SendAsync("""{"op":10,"d":{"heartbeat_interval":41250},"s":null,"t":null}"""u8.ToArray(), WebSocketMessageType.Text, endOfMessage: true, context.RequestAborted);
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
                        sending(item.Id);
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
        json.WriteStartObject();
        if (item.Kind == Kind.HeartbeatAck)
        {
            json.WriteNumber("op"u8, 11);
            json.WriteEndObject();
            return;
        }

        json.WriteNumber("op"u8, 0);
        json.WriteNumber("s"u8, ++_sequence);
        switch (item.Kind)
        {
            case Kind.Ready:
                json.WriteString("t"u8, "READY"u8);
                json.WriteStartObject("d"u8);
                json.WriteNumber("v"u8, 10);
                json.WriteStartObject("user"u8);
                json.WriteString("id"u8, "42"u8);
                json.WriteString("username"u8, "quotebot"u8);
                json.WriteBoolean("bot"u8, true);
                json.WriteEndObject();
                json.WriteStartArray("guilds"u8);
                json.WriteEndArray();
                json.WriteString("session_id"u8, SessionId);
                json.WriteString("resume_gateway_url"u8, resumeUrl);
                json.WriteStartArray("shard"u8);
                json.WriteNumberValue(0);
                json.WriteNumberValue(1);
                json.WriteEndArray();
                json.WriteStartObject("application"u8);
                json.WriteString("id"u8, "1234"u8);
                json.WriteNumber("flags"u8, 0);
                json.WriteEndObject();
                json.WriteEndObject();
                break;
            case Kind.Resumed:
                json.WriteString("t"u8, "RESUMED"u8);
                json.WriteStartObject("d"u8);
                json.WriteEndObject();
                break;
            default:
                json.WriteString("t"u8, "INTERACTION_CREATE"u8);
                json.WritePropertyName("d"u8);
                WriteInteraction(json, item.Id, item.Topic);
                break;
        }

        json.WriteEndObject();
    }

    /// <summary>An application command interaction in a guild; channel and member vary so the bot keeps state for many channels.</summary>
    private static void WriteInteraction(Utf8JsonWriter json, long id, bool topic)
    {
        Span<char> digits = stackalloc char[24];
        id.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        var idText = digits[..written];
        json.WriteStartObject();
        json.WriteString("id"u8, idText);
        json.WriteString("application_id"u8, "1234"u8);
        json.WriteNumber("type"u8, 2);
        json.WriteString("token"u8, string.Concat("aW50ZXJhY3Rpb246", idText, "OnRva2Vu"));
        json.WriteNumber("version"u8, 1);
        json.WriteString("guild_id"u8, "77"u8);
        json.WriteNumber("context"u8, 0);
        json.WritePropertyName("channel_id"u8);
        json.WriteStringValue((8_800_000 + (id % 1_000)).ToString(CultureInfo.InvariantCulture));
        json.WriteString("locale"u8, "en-US"u8);
        json.WriteString("guild_locale"u8, "en-US"u8);
        json.WriteString("app_permissions"u8, "2048"u8);
        json.WriteStartObject("member"u8);
        json.WriteStartObject("user"u8);
        json.WritePropertyName("id"u8);
        json.WriteStringValue((500_000 + (id % 5_000)).ToString(CultureInfo.InvariantCulture));
        json.WriteString("username"u8, "reader"u8);
        json.WriteEndObject();
        json.WriteString("permissions"u8, "2048"u8);
        json.WriteEndObject();
        json.WriteStartObject("data"u8);
        json.WriteString("id"u8, topic ? "301"u8 : "300"u8);
        json.WriteString("name"u8, topic ? "topic"u8 : "quote"u8);
        json.WriteNumber("type"u8, 1);
        json.WriteStartArray("options"u8);
        if (topic)
        {
            json.WriteStartObject();
            json.WriteString("name"u8, "topic"u8);
            json.WriteNumber("type"u8, 3);
            json.WriteString("value"u8, "energy"u8);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private readonly record struct Outgoing(Kind Kind, long Id, bool Topic);
}
