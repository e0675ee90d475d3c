namespace QuoteBot.Discord.Gateway;

/// <summary>
/// The websocket as the gateway state machine sees it: whole messages in and out, and a close code.
/// One instance serves one connection.
/// </summary>
internal interface IGatewayTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    /// <summary>Sends one text message. Callers serialize sends.</summary>
    Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken);

    /// <summary>
    /// The next whole message (however many frames it took), or the close the server sent.
    /// The message memory is valid until the next call. Throws when the connection drops without a close.
    /// </summary>
    Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Sends a close frame; the server's answer arrives through <see cref="ReceiveAsync"/>. Disposing drops the connection.</summary>
    Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken);
}

/// <summary>Makes a fresh transport for each connection.</summary>
internal interface IGatewayTransportFactory
{
    IGatewayTransport Create();
}

/// <summary>A received message, or the server's close.</summary>
internal readonly record struct GatewayReceiveResult(ReadOnlyMemory<byte> Message, bool IsClose, int? CloseCode, string? CloseDescription)
{
    public static GatewayReceiveResult Text(ReadOnlyMemory<byte> message) => new(message, false, null, null);

    public static GatewayReceiveResult Closed(int? code, string? description) => new(default, true, code, description);
}
