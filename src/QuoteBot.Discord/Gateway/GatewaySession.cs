namespace QuoteBot.Discord.Gateway;

/// <summary>
/// What outlives a connection: the session id, where to resume it, and the last sequence seen. Connection
/// state (heartbeat timing, the socket) lives with the connection and dies with it.
/// </summary>
internal sealed class GatewaySession
{
    private readonly Lock _sync = new();
    private string? _sessionId;
    private Uri? _resumeUrl;
    private int? _sequence;

    public string? SessionId
    {
        get { lock (_sync) { return _sessionId; } }
    }

    public Uri? ResumeUrl
    {
        get { lock (_sync) { return _resumeUrl; } }
    }

    /// <summary>The last dispatch sequence handled; sent in heartbeats and Resume.</summary>
    public int? Sequence
    {
        get { lock (_sync) { return _sequence; } }
    }

    /// <summary>The application id READY reported.</summary>
    public string? ApplicationId { get; private set; }

    public bool CanResume
    {
        get { lock (_sync) { return _sessionId is not null && _resumeUrl is not null; } }
    }

    /// <summary>Records READY. The sequence was already advanced by READY's own <c>s</c>.</summary>
    public void Start(string sessionId, Uri resumeUrl, string? applicationId)
    {
        lock (_sync)
        {
            _sessionId = sessionId;
            _resumeUrl = resumeUrl;
            ApplicationId = applicationId ?? ApplicationId;
        }
    }

    /// <summary>
    /// Takes a dispatch's sequence. False for one already handled: a resume can replay events the client saw
    /// just before the connection died, and those must not be handled twice.
    /// </summary>
    public bool TryAdvance(int sequence)
    {
        lock (_sync)
        {
            if (_sequence is { } last && sequence <= last)
            {
                return false;
            }

            _sequence = sequence;
            return true;
        }
    }

    /// <summary>Forgets the session before a new Identify.</summary>
    public void Reset()
    {
        lock (_sync)
        {
            _sessionId = null;
            _resumeUrl = null;
            _sequence = null;
        }
    }
}
