using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using QuoteBot.Testing;

namespace QuoteBot.Fakes.Discord;

/// <summary>The server side of one gateway websocket: records what the client sends and lets the test script the server.</summary>
public sealed class FakeGatewayConnection(WebSocket socket, HttpContext context, TimeProvider time, FakeInteractions interactions) : IDisposable
{
    private readonly Channel<ReceivedPayload> _received = Channel.CreateUnbounded<ReceivedPayload>();
    private readonly List<ReceivedPayload> _all = [];
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<WebSocketCloseStatus?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Path the client connected to: <c>/gateway</c> or <c>/resume</c>.</summary>
    public string Path { get; } = context.Request.Path.Value!;

    public string Query { get; } = context.Request.QueryString.Value!;

    /// <summary>Whether heartbeats are acknowledged; turn off to make the connection a zombie.</summary>
    public bool AckHeartbeats { get; set; } = true;

    /// <summary>Completes with the client's close status when the client closes or the connection drops (null).</summary>
    public Task<WebSocketCloseStatus?> Closed => _closed.Task;

    public IReadOnlyList<ReceivedPayload> All
    {
        get { lock (_all) { return [.. _all]; } }
    }

    public int CountOf(int op) => All.Count(p => p.Op == op);

    /// <summary>The next payload with opcode <paramref name="op"/>, skipping others (heartbeats, usually).</summary>
    public async Task<ReceivedPayload> ExpectAsync(int op)
    {
        while (true)
        {
            var next = await _received.Reader.ReadAsync().AsTask().WaitAsync(WaitUntil.Guard);
            if (next.Op == op)
            {
                return next;
            }
        }
    }

    /// <summary>Like <see cref="ExpectAsync"/>, without a guard, for tests that advance time until it completes.</summary>
    public async Task<ReceivedPayload> WaitForAsync(int op, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var next = await _received.Reader.ReadAsync(cancellationToken);
            if (next.Op == op)
            {
                return next;
            }
        }
    }

    public Task SendAsync(string json) => SendFramesAsync(Encoding.UTF8.GetBytes(json), int.MaxValue);

    public Task SendDispatchAsync(string name, int sequence, string data)
    {
        if (name == "INTERACTION_CREATE")
        {
            // Discord creates the interaction as it dispatches it: its answer window starts now.
            var interaction = JsonDocument.Parse(data).RootElement;
            interactions.Create(interaction.GetProperty("id").GetString()!, interaction.GetProperty("token").GetString()!);
        }

        return SendAsync($$"""{"op":0,"t":"{{name}}","s":{{sequence}},"d":{{data}}}""");
    }

    public Task SendReadyAsync(int sequence = 1, string sessionId = "session-1", string? resumeUrl = null) =>
        SendDispatchAsync("READY", sequence, $$$"""
            {"v":10,"user":{"id":"42","username":"quotebot","bot":true},"guilds":[],"session_id":"{{{sessionId}}}",
             "resume_gateway_url":"{{{resumeUrl ?? $"ws://{context.Request.Host}/resume"}}}","shard":[0,1],"application":{"id":"1234","flags":0}}
            """);

    public Task SendInteractionAsync(int sequence, string interactionId, string commandName = "quote") =>
        SendDispatchAsync("INTERACTION_CREATE", sequence, FakePayloads.CommandInteraction(interactionId, commandName));

    /// <summary>Sends <paramref name="json"/> split into frames of <paramref name="frameSize"/> bytes.</summary>
    public async Task SendFramesAsync(byte[] json, int frameSize)
    {
        await _sendLock.WaitAsync();
        try
        {
            for (var offset = 0; offset < json.Length || offset == 0; offset += frameSize)
            {
                var length = Math.Min(frameSize, json.Length - offset);
                var last = offset + length >= json.Length;
                await socket.SendAsync(json.AsMemory(offset, length), WebSocketMessageType.Text, last, CancellationToken.None);
                if (last)
                {
                    break;
                }
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The server closes with a gateway close code.</summary>
    public async Task CloseAsync(int code)
    {
        // Under the send lock, as every send: the client may answer the close frame and end the request before the
        // frame has finished flushing, and the response must not be disposed under it.
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "test", CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
            // The client may already be gone.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Dispose() => _sendLock.Dispose();

    /// <summary>Drops the TCP connection with no close frame.</summary>
    public void Abort()
    {
        try
        {
            context.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request is already over.
        }
    }

    internal async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        _closed.TrySetResult(result.CloseStatus);
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var payload = new ReceivedPayload(JsonDocument.Parse(message.ToArray()).RootElement, time.GetUtcNow());
                lock (_all)
                {
                    _all.Add(payload);
                }

                _received.Writer.TryWrite(payload);
                if (payload.Op == 1 && AckHeartbeats)
                {
                    await SendAsync("""{"op":11}""");
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ConnectionAbortedException or IOException)
        {
            _closed.TrySetResult(null);
        }
        finally
        {
            // The client can react to a message before the server's send of it has finished flushing; the response
            // must not complete under that send.
            await _sendLock.WaitAsync();
            _sendLock.Release();
        }
    }
}

/// <summary>A payload the client sent, with the fake time it arrived.</summary>
public sealed record ReceivedPayload(JsonElement Json, DateTimeOffset At)
{
    public int Op => Json.GetProperty("op").GetInt32();

    public JsonElement D => Json.GetProperty("d");
}
