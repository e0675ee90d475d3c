namespace QuoteBot.Discord.Gateway;

/// <summary>Why a connection ended.</summary>
internal enum GatewayDisconnectReason
{
    /// <summary>The application is stopping.</summary>
    Shutdown,

    /// <summary>The websocket could not be opened, or no Hello came.</summary>
    ConnectFailed,

    /// <summary>The server sent a close frame.</summary>
    ServerClosed,

    /// <summary>The connection dropped without a close frame, or a send failed.</summary>
    TransportFailed,

    /// <summary>A heartbeat went unacknowledged.</summary>
    Zombie,

    /// <summary>Op 7: the server asked for a reconnect.</summary>
    ReconnectRequested,

    /// <summary>Op 9: the session was invalidated.</summary>
    InvalidSession,
}

/// <summary>How a connection ended, and whether it had got as far as READY or RESUMED.</summary>
internal sealed record GatewayDisconnect(GatewayDisconnectReason Reason, int? CloseCode = null, string? Description = null, bool Resumable = false, Exception? Exception = null)
{
    /// <summary>The connection reached READY or RESUMED: a healthy session that merely ended.</summary>
    public bool Established { get; init; }

    /// <summary>Decides the next step: a pure function of how the connection ended.</summary>
    public GatewayReconnectAction NextAction() => Reason switch
    {
        GatewayDisconnectReason.ServerClosed => GatewayCloseCodes.Classify(CloseCode),
        GatewayDisconnectReason.InvalidSession => Resumable ? GatewayReconnectAction.Resume : GatewayReconnectAction.Identify,
        _ => GatewayReconnectAction.Resume,
    };

    /// <summary>Whether the client closes the socket itself (the server has not).</summary>
    public bool ClientCloses => Reason is not (GatewayDisconnectReason.ServerClosed or GatewayDisconnectReason.ConnectFailed);
}
