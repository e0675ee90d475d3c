using System.Buffers;
using System.Net.WebSockets;

namespace QuoteBot.Discord.Gateway;

/// <summary><see cref="IGatewayTransport"/> over <see cref="ClientWebSocket"/>, assembling multi-frame messages in a pooled buffer.</summary>
internal sealed class WebSocketGatewayTransport : IGatewayTransport
{
    private const int InitialBufferSize = 16 * 1024;

    /// <summary>READY of a large shard is big, but nothing legitimate comes near this.</summary>
    private const int MaxMessageSize = 64 * 1024 * 1024;

    /// <summary>A guard for a peer that never answers our close; not a protocol timer.</summary>
    private static readonly TimeSpan CloseGuard = TimeSpan.FromSeconds(2);

    private readonly ClientWebSocket _socket = new();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) => _socket.ConnectAsync(uri, cancellationToken);

    public Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken) =>
        _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).AsTask();

    public async Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (length == _buffer.Length)
            {
                Grow(length);
            }

            var result = await _socket.ReceiveAsync(_buffer.AsMemory(length), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return GatewayReceiveResult.Closed((int?)_socket.CloseStatus, _socket.CloseStatusDescription);
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return GatewayReceiveResult.Text(_buffer.AsMemory(0, length));
            }
        }
    }

    public async Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken)
    {
        if (_socket.State is WebSocketState.Open)
        {
            using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            guard.CancelAfter(CloseGuard);
            try
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, reason, guard.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The connection is going away whatever happens; a failed close frame changes nothing.
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return ValueTask.CompletedTask;
    }

    private void Grow(int length)
    {
        if (length >= MaxMessageSize)
        {
            throw new WebSocketException(WebSocketError.Faulted, $"A gateway message exceeded {MaxMessageSize} bytes.");
        }

        var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(length * 2, MaxMessageSize));
        _buffer.AsSpan(0, length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}

/// <summary>Creates <see cref="WebSocketGatewayTransport"/>s.</summary>
internal sealed class WebSocketGatewayTransportFactory : IGatewayTransportFactory
{
    public IGatewayTransport Create() => new WebSocketGatewayTransport();
}
