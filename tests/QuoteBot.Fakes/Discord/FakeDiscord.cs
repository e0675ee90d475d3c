using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using QuoteBot.Testing;

namespace QuoteBot.Fakes.Discord;

/// <summary>
/// A fake Discord on 127.0.0.1 (Kestrel, port 0): the REST API under <c>/api/v10</c> with scripted answers, and the
/// gateway websocket at <c>/gateway</c> (and <c>/resume</c>, announced as READY's resume_gateway_url) speaking the
/// documented payloads. Requests are stamped with the test's fake clock so tests can check when they came. The load
/// tool runs the same fake with <see cref="Recording"/> off: the gateway drives the session by itself and the REST API
/// answers without keeping anything, so what it measures is the bot.
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    private readonly TimeProvider _time;
    private readonly SelfDrivenGateway _selfDriven;
    private readonly ConcurrentQueue<(Func<RecordedRequest, bool> Match, FakeResponse Response)> _scripted = new();
    private readonly Channel<RecordedRequest> _requests = Channel.CreateUnbounded<RecordedRequest>();
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly ConcurrentQueue<RecordedRequest> _allRequests = new();
    private readonly ConcurrentQueue<FakeGatewayConnection> _allConnections = new();
    private readonly Dictionary<DateTimeOffset, int> _accepted = [];
    private readonly Lock _limitSync = new();
    private readonly Lock _scriptSync = new();
    private int _globalRateLimited;
    private int _holding;
    private readonly ConcurrentQueue<RecordedRequest> _rateLimitedAt = new();
    private readonly ConcurrentDictionary<DateTimeOffset, int> _perInstant = new();

    /// <summary>Where the REST API is served, below the server's root.</summary>
    public const string ApiPath = "/api/v10";

    /// <summary>Where the gateway is served; <c>/resume</c> is its resume_gateway_url.</summary>
    public const string GatewayPath = "/gateway";

    private WebApplication? _app;
    private int _connectionsOpened;

    /// <summary>A fake to <see cref="Map"/> onto a server of the caller's; <see cref="StartAsync"/> gives it one of its own.</summary>
    public FakeDiscord(TimeProvider time)
    {
        _time = time;
        Interactions = new FakeInteractions(time);
        _selfDriven = new SelfDrivenGateway(id => Dispatching?.Invoke(id));
    }

    /// <summary>
    /// On (the tests' fake): every request and payload is recorded, the test drives each gateway connection and the
    /// REST answers go through the scripts, the global limit and the interaction windows. Off (the load tool): the
    /// gateway answers IDENTIFY, RESUME and heartbeats by itself and sends what <see cref="DispatchCommand"/> queues,
    /// and the REST API answers at once with the same defaults, recording nothing.
    /// </summary>
    public bool Recording { get; init; } = true;

    /// <summary>What the self-driven gateway sends: lean INTERACTION_CREATE payloads (the default) or Discord's whole ones.</summary>
    public ResponseShape Shape
    {
        get => _selfDriven.Shape;
        init => _selfDriven.Shape = value;
    }

    /// <summary>With <see cref="Recording"/> off: told the id of each interaction as its dispatch goes out.</summary>
    public Action<long>? Dispatching { get; init; }

    /// <summary>With <see cref="Recording"/> off: told each interaction callback's id and whether it defers the reply.</summary>
    public Action<string, bool>? Answered { get; init; }

    /// <summary>Gateway connections the bot opened, in either mode.</summary>
    public int ConnectionsOpened => Volatile.Read(ref _connectionsOpened);

    public Uri BaseUri { get; private set; } = null!;

    public string ApiBaseUrl => new Uri(BaseUri, ApiPath).ToString();

    public Uri GatewayUrl => new($"ws://{BaseUri.Authority}{GatewayPath}");

    public Uri ResumeUrl => new($"ws://{BaseUri.Authority}/resume");

    /// <summary>Heartbeat interval announced in Hello.</summary>
    public int HeartbeatIntervalMs { get; set; } = 45_000;

    /// <summary>Recommended shard count in GET /gateway/bot.</summary>
    public int RecommendedShards { get; set; } = 1;

    public int MaxConcurrency { get; set; } = 1;

    public int SessionStartsRemaining { get; set; } = 1000;

    /// <summary>Interactions created (by gateway dispatches or by the test), their answers and edits.</summary>
    public FakeInteractions Interactions { get; }

    /// <summary>Channel messages (created, deduplicated by nonce) and pins.</summary>
    public FakeChannels Channels { get; } = new();

    /// <summary>
    /// When set, a bot request (not an interaction or webhook) that would make more than this many in the last second
    /// of the fake clock is answered with a global 429 (<c>retry_after</c>, <c>X-RateLimit-Global</c>), as Discord does.
    /// </summary>
    public int? GlobalLimitPerSecond { get; set; }

    /// <summary>Requests the fake is holding on purpose (<see cref="FakeResponse.Hang"/>): on their way, but waiting for the client's timeout.</summary>
    public int Holding => Volatile.Read(ref _holding);

    /// <summary>
    /// Makes <paramref name="time"/>'s stepping helpers wait while one of the bot's requests (counted by
    /// <paramref name="requests"/>) is on its way, except those this fake holds on purpose.
    /// </summary>
    public void HoldTimeWhileBusy(TestClock time, InFlightRequests requests) => time.HoldWhile(() => requests.Count > Holding);

    /// <summary>How many requests arrived at exactly this fake instant.</summary>
    public int RequestsAt(DateTimeOffset at) => _perInstant.TryGetValue(at, out var count) ? count : 0;

    /// <summary>The requests the global limit answered with a 429.</summary>
    public IReadOnlyCollection<RecordedRequest> GlobalRateLimitedRequests => _rateLimitedAt;

    /// <summary>The 429s the global limit answered.</summary>
    public int GlobalRateLimited => _globalRateLimited;

    public IReadOnlyCollection<RecordedRequest> Requests => _allRequests;

    public IReadOnlyList<RecordedRequest> RequestsTo(string pathPrefix) =>
        _allRequests.Where(r => r.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).ToList();

    public IReadOnlyCollection<FakeGatewayConnection> Connections => _allConnections;

    public static async Task<FakeDiscord> StartAsync(TimeProvider time)
    {
        var app = LoopbackServer.Create();
        var fake = new FakeDiscord(time) { _app = app };
        fake.Map(app);
        await app.StartAsync();
        fake.BaseUri = LoopbackServer.Address(app);
        return fake;
    }

    /// <summary>Serves the gateway at <c>/gateway</c> and <c>/resume</c> and the REST API under <c>/api/v10</c> of <paramref name="routes"/>.</summary>
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.Map(GatewayPath, AcceptGatewayAsync);
        routes.Map("/resume", AcceptGatewayAsync);
        routes.Map(ApiPath + "/{**path}", AnswerRestAsync);
    }

    /// <summary>With <see cref="Recording"/> off: queues INTERACTION_CREATE for <c>/topic topic:energy</c> or <c>/quote</c> as interaction <paramref name="interactionId"/>.</summary>
    public void DispatchCommand(long interactionId, bool topic)
    {
        if (Recording)
        {
            throw new InvalidOperationException("A recording fake's gateway is driven by the test: use FakeGatewayConnection.SendInteractionAsync.");
        }

        _selfDriven.Dispatch(interactionId, topic);
    }

    /// <summary>The next request matching <paramref name="method"/> and a path starting with <paramref name="pathPrefix"/> gets <paramref name="response"/>.</summary>
    public void Enqueue(string method, string pathPrefix, FakeResponse response)
    {
        lock (_scriptSync)
        {
            _scripted.Enqueue((r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal), response));
        }
    }

    public async Task<RecordedRequest> NextRequestAsync() => await _requests.Reader.ReadAsync().AsTask().WaitAsync(WaitUntil.Guard);

    /// <summary>The next request whose path starts with <paramref name="pathPrefix"/>, skipping others.</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(string pathPrefix, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var next = await _requests.Reader.ReadAsync(cancellationToken);
            if (next.Path.StartsWith(pathPrefix, StringComparison.Ordinal))
            {
                return next;
            }
        }
    }

    public async Task<FakeGatewayConnection> NextConnectionAsync() => await _connections.Reader.ReadAsync().AsTask().WaitAsync(WaitUntil.Guard);

    public bool HasPendingConnection => _connections.Reader.TryPeek(out _);

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _allConnections)
        {
            connection.Abort();
        }

        // The connections' request handlers finish under their send locks: stop the server before disposing those.
        if (_app is { } app)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        foreach (var connection in _allConnections)
        {
            connection.Dispose();
        }
    }

    private async Task AcceptGatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        var socket = await context.WebSockets.AcceptWebSocketAsync();
        Interlocked.Increment(ref _connectionsOpened);
        if (!Recording)
        {
            using (socket)
            {
                await _selfDriven.RunAsync(socket, context, HeartbeatIntervalMs);
            }

            return;
        }

        var connection = new FakeGatewayConnection(socket, context, _time, Interactions);
        _allConnections.Enqueue(connection);
        await connection.SendFramesAsync(GatewayJson.Hello(HeartbeatIntervalMs), int.MaxValue);
        _connections.Writer.TryWrite(connection);
        await connection.RunAsync();
    }

    private async Task AnswerRestAsync(HttpContext context)
    {
        if (!Recording)
        {
            await LeanRest.AnswerAsync(context, this);
            return;
        }

        using var raw = new MemoryStream();
        await context.Request.Body.CopyToAsync(raw);
        var bytes = raw.ToArray();
        var upload = FakeUploads.IsMultipart(context.Request.ContentType)
            ? await FakeUploads.ReadAsync(bytes, context.Request.ContentType!)
            : null;
        var body = upload?.Json ?? Encoding.UTF8.GetString(bytes);
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value!["/api/v10/".Length..],
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            _time.GetUtcNow())
        {
            RawBody = bytes,
            Files = upload?.Files ?? [],
        };
        _allRequests.Enqueue(request);
        _perInstant.AddOrUpdate(request.At, 1, (_, n) => n + 1);
        _requests.Writer.TryWrite(request);

        var response = OverGlobalLimit(request) ?? RefuseForm(request, upload) ?? RefuseAttachFiles(request) ?? RefuseInteraction(request) ?? Take(request) ?? Default(request);
        if (response.CreatesFirst && IsMessageCreate(request, out var createdIn))
        {
            // The message is made, and then the answer is lost (a 500, a crash): the retry must not post it again.
            Channels.Create(createdIn, request.Body, request.Files);
        }

        if (response.CreatesFirst && IsCallback(request, out var answered))
        {
            // The answer is taken, and then the reply to the bot is lost: a retry meets 40060.
            Interactions.Accept(answered, request.Body);
        }
        if (response.Hang)
        {
            // Never answers: the client's own timeout has to end the attempt.
            Interlocked.Increment(ref _holding);
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            Interlocked.Decrement(ref _holding);
            return;
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is { } json)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        }
    }

    private FakeResponse PinDefault(string channel, string message)
    {
        Channels.Pin(channel, message);
        return new FakeResponse(204);
    }

    private FakeResponse? Take(RecordedRequest request)
    {
        // Scripts are few and tests add them before the request: a linear pass is enough. Under the lock, so two
        // requests arriving together cannot each see the other's half-emptied queue and miss their script.
        lock (_scriptSync)
        {
            var kept = new List<(Func<RecordedRequest, bool>, FakeResponse)>();
            FakeResponse? taken = null;
            while (_scripted.TryDequeue(out var entry))
            {
                if (taken is null && entry.Match(request))
                {
                    taken = entry.Response;
                }
                else
                {
                    kept.Add(entry);
                }
            }

            foreach (var entry in kept)
            {
                _scripted.Enqueue(entry);
            }

            return taken;
        }
    }

    private FakeResponse? OverGlobalLimit(RecordedRequest request)
    {
        if (GlobalLimitPerSecond is not { } limit || request.Path.StartsWith("interactions/", StringComparison.Ordinal) || request.Path.StartsWith("webhooks/", StringComparison.Ordinal))
        {
            return null;
        }

        lock (_limitSync)
        {
            // Concurrent requests reach this check in any order, so count by their stamps, not by arrival.
            var from = request.At - TimeSpan.FromSeconds(1);
            foreach (var old in _accepted.Keys.Where(k => k <= from - TimeSpan.FromSeconds(1)).ToList())
            {
                _accepted.Remove(old);
            }

            if (_accepted.Where(p => p.Key > from && p.Key <= request.At).Sum(p => p.Value) < limit)
            {
                _accepted[request.At] = _accepted.GetValueOrDefault(request.At) + 1;
                return null;
            }
        }

        Interlocked.Increment(ref _globalRateLimited);
        _rateLimitedAt.Enqueue(request);
        return FakeResponse.Json(
            """{"message":"You are being rate limited.","retry_after":1.0,"global":true}""",
            429,
            new Dictionary<string, string> { ["Retry-After"] = "1", ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global" });
    }

    /// <summary>
    /// Discord's refusal of a malformed upload (<see cref="FakeUploads"/>), or of a message body whose embed points at
    /// an <c>attachment://</c> file that did not come with it.
    /// </summary>
    private static FakeResponse? RefuseForm(RecordedRequest request, Upload? upload) =>
        upload is not null ? upload.Problem
        : request.Body.Length > 0 && request.Method is "POST" or "PATCH" && request.Body.Contains("attachment://", StringComparison.Ordinal)
            ? FakeUploads.Check(request.Body, [])
            : null;

    /// <summary>A post with files in a channel where the bot lacks Attach Files: 403, 50013, and no message is made.</summary>
    private FakeResponse? RefuseAttachFiles(RecordedRequest request) =>
        request.Files.Count > 0 && IsMessageCreate(request, out var channel) && !Channels.MayAttachFiles(channel)
            ? FakeResponse.Error(403, 50013, "Missing Permissions")
            : null;

    /// <summary>Discord's own answer to an interaction callback or webhook call it would refuse, before any script.</summary>
    private FakeResponse? RefuseInteraction(RecordedRequest request) =>
        IsCallback(request, out var id) ? Interactions.RefuseCallback(id)
        : IsInteractionWebhook(request, out var token) ? Interactions.RefuseWebhook(token)
        : null;

    private FakeResponse AcceptCallback(string id, RecordedRequest request)
    {
        Interactions.Accept(id, request.Body);
        return new FakeResponse(204);
    }

    private FakeResponse AcceptWebhook(string token, RecordedRequest request)
    {
        if (request.Method == "PATCH")
        {
            Interactions.AcceptEdit(token, request.Body);
        }

        return FakeResponse.Json(AnyMessage);
    }

    private static bool IsCallback(RecordedRequest request, out string interactionId)
    {
        var parts = request.Path.Split('/');
        interactionId = parts.Length == 4 ? parts[1] : string.Empty;
        return request.Method == "POST" && parts is ["interactions", _, _, "callback"];
    }

    /// <summary><c>webhooks/{application}/{token}</c> and below; the bot's application id is 1234 in every test.</summary>
    private static bool IsInteractionWebhook(RecordedRequest request, out string token)
    {
        var parts = request.Path.Split('/');
        token = parts.Length >= 3 ? parts[2] : string.Empty;
        return parts is ["webhooks", "1234", _, ..];
    }

    private static bool IsMessageCreate(RecordedRequest request, out string channelId)
    {
        var parts = request.Path.Split('/');
        channelId = parts.Length == 3 ? parts[1] : string.Empty;
        return request.Method == "POST" && parts is ["channels", _, "messages"];
    }

    private static bool IsPin(RecordedRequest request, out string channelId, out string messageId)
    {
        var parts = request.Path.Split('/');
        (channelId, messageId) = parts.Length == 4 ? (parts[1], parts[3]) : (string.Empty, string.Empty);
        return request.Method == "PUT" && parts is ["channels", _, "pins", _];
    }

    private FakeResponse Default(RecordedRequest request) => (request.Method, request.Path) switch
    {
        _ when IsMessageCreate(request, out var channel) => FakeResponse.Json(Channels.Create(channel, request.Body, request.Files)),
        _ when IsPin(request, out var channel, out var message) => PinDefault(channel, message),
        ("GET", "gateway/bot") => FakeResponse.Json(GatewayBot(GatewayUrl.ToString())),
        _ when IsCallback(request, out var id) => AcceptCallback(id, request),
        _ when IsInteractionWebhook(request, out var token) => AcceptWebhook(token, request),
        ("PUT", _) when request.Path.EndsWith("/commands", StringComparison.Ordinal) && CommandDefinitionRules.Problem(request.Body) is { } problem
            => FakeResponse.Error(400, 50035, "Invalid Form Body: " + problem.Replace("\"", "'", StringComparison.Ordinal)),
        ("GET", _) or ("PUT", _) when request.Path.EndsWith("/commands", StringComparison.Ordinal) => FakeResponse.Json("[]"),
        _ => FakeResponse.Json(AnyMessage),
    };

    /// <summary>The message every other call is answered with, in both modes.</summary>
    internal const string AnyMessage = """{"id":"900","channel_id":"1","content":"ok"}""";

    internal string GatewayBot(string url) => GatewayJson.GatewayBot(url, RecommendedShards, SessionStartsRemaining, MaxConcurrency);
}

/// <summary>A request the fake received, with the fake time it arrived.</summary>
/// <remarks>For a multipart upload, <see cref="Body"/> is its <c>payload_json</c> and <see cref="Files"/> its files.</remarks>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The bytes exactly as they came, to compare the attempts of a retried request.</summary>
    public byte[] RawBody { get; init; } = [];

    /// <summary>The files uploaded with the request, by their <c>files[n]</c> index.</summary>
    public IReadOnlyList<UploadedFile> Files { get; init; } = [];

    public bool IsMultipart => Headers.TryGetValue("Content-Type", out var type) && FakeUploads.IsMultipart(type);
}

/// <summary>A scripted REST answer.</summary>
public sealed record FakeResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? ExtraHeaders = null, bool Hang = false)
{
    /// <summary>
    /// For a channel message create or an interaction callback: the request takes effect (the message is made, the
    /// answer taken) before this answer is given, as if the answer were lost on the way.
    /// </summary>
    public bool CreatesFirst { get; init; }

    /// <summary>A Discord error body: <c>{"code":…,"message":…}</c>.</summary>
    public static FakeResponse Error(int status, int code, string message) => Json($$"""{"code":{{code}},"message":"{{message}}"}""", status);

    public IReadOnlyDictionary<string, string> Headers => ExtraHeaders ?? new Dictionary<string, string>();

    public static FakeResponse Json(string body, int status = 200, IReadOnlyDictionary<string, string>? headers = null) => new(status, body, headers);
}
