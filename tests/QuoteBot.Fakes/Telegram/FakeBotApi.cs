using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using QuoteBot.Testing;

namespace QuoteBot.Fakes.Telegram;

/// <summary>A call the bot made to the Bot API: the method, its JSON parameters, and the fake clock's time.</summary>
public sealed record ApiCall(string Method, JsonObject Body, DateTimeOffset At)
{
    public long ChatId => IdOf(Body["chat_id"]);
    public string Text => Body["text"]?.GetValue<string>() ?? string.Empty;

    /// <summary>A chat or user id, sent as a number or as a string of digits.</summary>
    internal static long IdOf(JsonNode? id) =>
        id?.GetValueKind() == JsonValueKind.String ? long.Parse(id.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) : id?.GetValue<long>() ?? 0;
}

/// <summary>
/// A Bot API server on 127.0.0.1 (Kestrel, port 0) speaking the Bot API's JSON: getMe, getUpdates (with offset
/// confirmation and long polling), sendMessage, editMessageText, answerCallbackQuery, answerInlineQuery,
/// setMyCommands, setWebhook, deleteWebhook, getChatMember (scripted ranks), pinChatMessage. Faults are scripted per
/// call; a global message rate can be enforced with 429s, measured on the fake clock, or Telegram's whole flood
/// control (<see cref="EnforceFloodControl"/>). The load tool runs the same fake with <see cref="Recording"/> off: no
/// call kept, no JSON document built, only a reader's pass over each request and the answers written with
/// <see cref="System.Text.Json.Utf8JsonWriter"/>, so what it measures is the bot. Both write the same answers.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";
    public const string BotUsername = "OurBot";

    private readonly TimeProvider _time;
    private readonly Queue<QueuedUpdate> _updates = new();
    private readonly Lock _gate = new();
    private readonly ConcurrentQueue<ApiCall> _calls = new();
    private readonly ConcurrentDictionary<string, bool> _tokens = new() { [Token] = true };
    private readonly ConcurrentQueue<Func<ApiCall, HttpContext, Task<bool>>> _faults = new();

    // Faults scripted and not yet used. The queue itself is briefly empty while a call tries its faults one by one,
    // so a concurrent call must not read "no faults" from it: a poll being checked would let a send slip past its fault.
    private int _faultsLeft;
    private readonly SemaphoreSlim _faultGate = new(1, 1);
    private readonly ConcurrentBag<(Func<bool> Failing, string Method, int Code, string Description)> _persistent = [];
    private TaskCompletionSource _updatesArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<int, bool> _delivered = new();
    private readonly ConcurrentDictionary<(long Chat, long User), string> _members = new();
    private readonly Queue<DateTimeOffset> _recentMessages = new();
    private int _messagesPerSecond = int.MaxValue;
    private int _rateLimited;
    private int _accepted;
    private int _nextUpdateId = 1000;
    private int _nextMessageId = 1;

    private WebApplication? _app;
    private int _answerNextPollAtOnce;

    /// <summary>A fake to <see cref="Map"/> onto a server of the caller's; <see cref="StartAsync"/> gives it one of its own.</summary>
    public FakeBotApi(TimeProvider time) => _time = time;

    /// <summary>
    /// Keeps every call (<see cref="Calls"/>) and answers through the scripted faults, rate limit and flood control:
    /// the tests' fake. Off (the load tool), it keeps nothing and only answers.
    /// </summary>
    public bool Recording { get; init; } = true;

    /// <summary>Lean (the default) answers with the fields the bot reads; Full with the whole objects Telegram sends.</summary>
    public ResponseShape Shape { get; init; } = ResponseShape.Lean;

    /// <summary>Told the tag of each update given to <see cref="EnqueueCommand"/> as getUpdates hands it to the bot.</summary>
    public Action<int>? Delivering { get; init; }

    /// <summary>Told the chat id of every sendMessage as it arrives.</summary>
    public Action<long>? Sending { get; init; }

    /// <summary>Answers the first getUpdates after getMe at once, as Telegram does with updates pending, so readiness is not held for a whole long poll.</summary>
    public bool AnswerFirstPollAtOnce { get; init; }

    /// <summary>
    /// How long (real time) a long poll finding nothing is held for an update to come: 300 ms unless told; null holds
    /// it for the request's own <c>timeout</c>, as Telegram does.
    /// </summary>
    public TimeSpan? EmptyPollHold { get; set; } = TimeSpan.FromMilliseconds(300);

    public string BaseUrl => LoopbackServer.Address(_app ?? throw new InvalidOperationException("Mapped onto another server: its address is the caller's.")).ToString().TrimEnd('/');

    /// <summary>
    /// While set and not completed, sendMessage answers wait for it (or for the bot to hang up): replies stay in flight
    /// until the test lets them go, at the moment it chooses rather than after some real time.
    /// </summary>
    public Task? HoldSends { get; set; }

    /// <summary>
    /// When set, each sendPhoto waits for the task it returns before Telegram reads the photo: a test holds one upload
    /// in flight (until it completes the task, or the bot hangs up) and watches what the bot does meanwhile.
    /// </summary>
    public Func<ApiCall, Task>? PhotoArriving { get; set; }

    /// <summary>
    /// While set and not completed, setMyCommands answers wait for it (or for the bot to hang up): a test sees which
    /// command lists the bot has on their way at once.
    /// </summary>
    public Task? HoldCommandLists { get; set; }

    /// <summary>Ids of the updates getUpdates has handed to the bot.</summary>
    public IReadOnlyCollection<int> Delivered => [.. _delivered.Keys];

    public IReadOnlyList<ApiCall> Calls => [.. _calls];

    public IReadOnlyList<ApiCall> CallsTo(string method) => [.. _calls.Where(c => c.Method.Equals(method, StringComparison.OrdinalIgnoreCase))];

    public IReadOnlyList<ApiCall> Sent => CallsTo("sendMessage");

    /// <summary>
    /// Serves one more bot, with <paramref name="token"/> ("&lt;bot id&gt;:&lt;secret&gt;"; getMe answers that id): its
    /// own file ids, refused to the others'.
    /// </summary>
    public void AcceptToken(string token) => _tokens[token] = true;

    /// <summary>The photos sendPhoto received and the file ids it gave them.</summary>
    public PhotoUploads Photos { get; } = new();

    /// <summary>sendMessage calls answered with a message (not refused, failed or rate limited).</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>sendMessage calls answered 429 by the limit of <see cref="LimitMessagesPerSecond"/> or by <see cref="Flood"/>.</summary>
    public int RateLimited => Volatile.Read(ref _rateLimited);

    public static async Task<FakeBotApi> StartAsync(TimeProvider time)
    {
        var app = LoopbackServer.Create();
        var fake = new FakeBotApi(time) { _app = app };
        fake.Map(app);
        await app.StartAsync();
        return fake;
    }

    /// <summary>Serves the Bot API under <c>/bot{token}/{method}</c> of <paramref name="routes"/>.</summary>
    public void Map(IEndpointRouteBuilder routes) => routes.Map("/bot{token}/{method}", HandleAsync);

    /// <summary>Holds a long poll until an update is queued (or the bot gives up on it), instead of answering it in 300 ms.</summary>
    public bool HoldPolls
    {
        get => EmptyPollHold == Timeout.InfiniteTimeSpan;
        set => EmptyPollHold = value ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(300);
    }

    /// <summary>Queues an update for getUpdates and returns its id.</summary>
    public int Enqueue(JsonObject update)
    {
        lock (_gate)
        {
            var id = _nextUpdateId++;
            update["update_id"] = id;
            _updates.Enqueue(new QueuedUpdate(id, update, 0, 0, null));
            _updatesArrived.TrySetResult();
            return id;
        }
    }

    /// <summary>Queues a message update with <paramref name="command"/> from <paramref name="chatId"/>, written without a document; <see cref="Delivering"/> is told <paramref name="tag"/> when it goes out.</summary>
    public void EnqueueCommand(int tag, long chatId, string command)
    {
        lock (_gate)
        {
            _updates.Enqueue(new QueuedUpdate(_nextUpdateId++, null, tag, chatId, command));
            _updatesArrived.TrySetResult();
        }
    }

    /// <summary>
    /// Queues many command updates in one go, as Telegram holds a backlog for a bot that was away: a long poll waiting
    /// wakes once, to batches of up to 100. Each is (tag for <see cref="Delivering"/>, chat id, command).
    /// </summary>
    public void EnqueueCommands(IReadOnlyList<(int Tag, long ChatId, string Command)> commands)
    {
        lock (_gate)
        {
            foreach (var (tag, chatId, command) in commands)
            {
                _updates.Enqueue(new QueuedUpdate(_nextUpdateId++, null, tag, chatId, command));
            }

            _updatesArrived.TrySetResult();
        }
    }

    /// <summary>While <paramref name="failing"/> holds, every call to <paramref name="method"/> fails with <paramref name="code"/>.</summary>
    public void FailWhile(Func<bool> failing, string method, int code, string description) => _persistent.Add((failing, method, code, description));

    /// <summary>The next call for which <paramref name="fault"/> returns true is answered by it instead of normally.</summary>
    public void Fault(Func<ApiCall, HttpContext, Task<bool>> fault)
    {
        _faults.Enqueue(fault);
        Interlocked.Increment(ref _faultsLeft);
    }

    public void FailNext(string method, int code, string description, JsonObject? parameters = null, Func<ApiCall, bool>? when = null) =>
        Fault(async (call, context) =>
        {
            if (!call.Method.Equals(method, StringComparison.OrdinalIgnoreCase) || (when is not null && !when(call)))
            {
                return false;
            }

            await WriteError(context, code, description, parameters);
            return true;
        });

    /// <summary>
    /// Answers sendMessage with 429 and <c>retry_after</c> when it would make more than <paramref name="perSecond"/>
    /// messages within one second of the fake clock (a message at t counts until just before t + 1 s), as Telegram does
    /// to a bot that sends faster than its broadcast limit. Refused messages do not count.
    /// </summary>
    public void LimitMessagesPerSecond(int perSecond) => _messagesPerSecond = perSecond;

    /// <summary>
    /// From now on sendMessage is answered as Telegram's flood control would, read the strict way (see
    /// <see cref="FloodControl"/>); returns it, to script it and read what it saw.
    /// </summary>
    public FloodControl EnforceFloodControl()
    {
        Flood = new FloodControl(_time);
        return Flood;
    }

    /// <summary>The flood control in force, if <see cref="EnforceFloodControl"/> was called.</summary>
    public FloodControl? Flood { get; private set; }

    /// <summary>What getChatMember says of <paramref name="user"/> in <paramref name="chat"/>: creator, administrator, member, left, kicked. Unscripted users are members.</summary>
    public void SetMember(long chat, long user, string status) => _members[(chat, user)] = status;

    public async Task<ApiCall> WaitForCallAsync(Func<ApiCall, bool> match, int count = 1)
    {
        try
        {
            await WaitUntil.TrueAsync(() => _calls.Count(match) >= count, $"{count} matching call(s)");
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}; the bot made: {string.Join(", ", _calls.Select(c => c.Method))}", ex);
        }

        return _calls.Where(match).ElementAt(count - 1);
    }

    /// <summary>Updates queued and not yet confirmed by a later getUpdates offset (Telegram still holds them).</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _updates.Count;
            }
        }
    }

    public Task<ApiCall> WaitForSendAsync(Func<ApiCall, bool>? match = null, int count = 1) =>
        WaitForCallAsync(c => c.Method == "sendMessage" && (match?.Invoke(c) ?? true), count);

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        if (!_tokens.ContainsKey(token))
        {
            await WriteError(context, 401, "Unauthorized");
            return;
        }

        if (!Recording)
        {
            if (Shape == ResponseShape.Full && method is "sendMessage" or "editMessageText")
            {
                // The full Message echoes what was sent, so the body is read whole.
                var sent = new ApiCall(method, await ReadBodyAsync(context.Request), _time.GetUtcNow());
                await AnswerAsync(context, token, method, BotApiRequest.From(sent.Body), sent);
                return;
            }

            await AnswerAsync(context, token, method, await PeekAsync(context), call: null);
            return;
        }

        var body = await ReadBodyAsync(context.Request);
        var call = new ApiCall(method, body, _time.GetUtcNow());
        _calls.Enqueue(call);

        foreach (var (failing, failingMethod, code, description) in _persistent)
        {
            if (failingMethod == method && failing())
            {
                await WriteError(context, code, description);
                return;
            }
        }

        if (method == "sendMessage" && Flood is { } flood)
        {
            var verdict = flood.Arrive(call.ChatId);
            await flood.ParkAsync(verdict);
            flood.Answering(verdict);
            if (verdict.Penalty is not null)
            {
                Interlocked.Increment(ref _rateLimited);
                var seconds = verdict.RetryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await WriteError(context, 429, $"Too Many Requests: retry after {seconds}", new JsonObject { ["retry_after"] = verdict.RetryAfter });
                return;
            }
        }

        if (method == "sendMessage" && OverRate(call.At))
        {
            Interlocked.Increment(ref _rateLimited);
            await WriteError(context, 429, "Too Many Requests: retry after 1", new JsonObject { ["retry_after"] = 1 });
            return;
        }

        if (Volatile.Read(ref _faultsLeft) > 0 && await AnsweredByFaultAsync(call, context))
        {
            return;
        }

        await AnswerAsync(context, token, method, BotApiRequest.From(body), call);
    }

    /// <summary>The answer once nothing scripted stood in the way; <paramref name="call"/> is null when not recording.</summary>
    private async Task AnswerAsync(HttpContext context, string token, string method, BotApiRequest request, ApiCall? call)
    {
        context.Response.ContentType = "application/json";
        switch (method)
        {
            case "getMe":
                Volatile.Write(ref _answerNextPollAtOnce, 1);
                await context.Response.WriteAsync(BotApiJson.GetMe(token));
                break;
            case "getUpdates":
                await WriteUpdatesAsync(context, request);
                break;
            case "setMyCommands" when HoldCommandLists is { IsCompleted: false } lists:
                await lists.WaitAsync(context.RequestAborted);
                await context.Response.WriteAsync("""{"ok":true,"result":true}""");
                break;
            case "sendMessage":
                Sending?.Invoke(request.ChatId);
                if (HoldSends is { IsCompleted: false } held)
                {
                    await held.WaitAsync(context.RequestAborted);
                }

                Interlocked.Increment(ref _accepted);
                await WriteMessageAsync(context, token, request.ChatId, call);
                break;
            case "editMessageText":
                await WriteMessageAsync(context, token, request.ChatId, call);
                break;
            case "sendPhoto" when call is not null:
                await WritePhotoMessageAsync(context, call, token);
                break;
            case "answerInlineQuery" when call is not null && InlineResultError(call, token) is { } refused:
                await WriteError(context, refused.Code, refused.Error);
                break;
            case "getChatMember" when call is not null:
                await WriteOk(context, Member(call));
                break;
            case "getMyCommands":
                await context.Response.WriteAsync("""{"ok":true,"result":[]}""");
                break;
            default:
                await context.Response.WriteAsync("""{"ok":true,"result":true}""");
                break;
        }
    }

    /// <summary>
    /// Offers the call to the scripted faults in order. One call at a time: a fault taken out of the queue to be tried
    /// on one call must not be missed by a concurrent call it was meant for.
    /// </summary>
    private async Task<bool> AnsweredByFaultAsync(ApiCall call, HttpContext context)
    {
        await _faultGate.WaitAsync();
        try
        {
            var faults = _faults.Count;
            for (var i = 0; i < faults && _faults.TryDequeue(out var fault); i++)
            {
                if (await fault(call, context))
                {
                    Interlocked.Decrement(ref _faultsLeft);
                    return true;
                }

                _faults.Enqueue(fault);
            }

            return false;
        }
        finally
        {
            _faultGate.Release();
        }
    }

    private bool OverRate(DateTimeOffset at)
    {
        if (_messagesPerSecond == int.MaxValue)
        {
            return false;
        }

        lock (_recentMessages)
        {
            while (_recentMessages.Count > 0 && at - _recentMessages.Peek() >= TimeSpan.FromSeconds(1))
            {
                _recentMessages.Dequeue();
            }

            if (_recentMessages.Count >= _messagesPerSecond)
            {
                return true;
            }

            _recentMessages.Enqueue(at);
            return false;
        }
    }

    /// <summary>A ChatMember in the shape its status gives it (ChatMemberOwner, ChatMemberAdministrator, ChatMemberMember …).</summary>
    private JsonObject Member(ApiCall call)
    {
        var user = ApiCall.IdOf(call.Body["user_id"]);
        var status = _members.GetValueOrDefault((call.ChatId, user), "member");
        var member = new JsonObject { ["status"] = status, ["user"] = Updates.User(id: user) };
        switch (status)
        {
            case "creator":
                member["is_anonymous"] = false;
                break;
            case "administrator":
                member["can_be_edited"] = false;
                member["is_anonymous"] = false;
                foreach (var right in new[] { "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories", "can_pin_messages" })
                {
                    member[right] = right != "can_promote_members";
                }

                break;
            case "kicked":
                member["until_date"] = 0;
                break;
        }

        return member;
    }

    private async Task WriteUpdatesAsync(HttpContext context, BotApiRequest request)
    {
        var batch = Take(request.Offset, request.Limit, out var arrived);
        var atOnce = AnswerFirstPollAtOnce && Interlocked.Exchange(ref _answerNextPollAtOnce, 0) == 1;
        if (batch.Length == 0 && !atOnce && request.Timeout > 0)
        {
            // Like Telegram with nothing pending: the poll waits for an update (real time here is I/O pacing, not
            // what a test decides by).
            await Task.WhenAny(arrived, Task.Delay(EmptyPollHold ?? TimeSpan.FromSeconds(request.Timeout), context.RequestAborted));
            batch = Take(request.Offset, request.Limit, out _);
        }

        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteBoolean("ok"u8, true);
        json.WriteStartArray("result"u8);
        foreach (var update in batch)
        {
            if (Recording)
            {
                _delivered[update.Id] = true;
            }

            Delivering?.Invoke(update.Tag);
            if (update.Json is { } full)
            {
                full.WriteTo(json);
            }
            else if (Shape == ResponseShape.Full)
            {
                FullBotApiJson.WriteCommandUpdate(json, update.Id, update.ChatId, update.Command!);
            }
            else
            {
                BotApiJson.WriteCommandUpdate(json, update.Id, update.ChatId, update.Command!);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    private QueuedUpdate[] Take(int offset, int limit, out Task arrived)
    {
        lock (_gate)
        {
            // Asking with an offset confirms every update below it: Telegram forgets them.
            while (_updates.TryPeek(out var first) && first.Id < offset)
            {
                _updates.Dequeue();
            }

            if (_updates.Count == 0)
            {
                _updatesArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            arrived = _updatesArrived.Task;
            return [.. _updates.Take(Math.Clamp(limit, 1, 100))];
        }
    }

    private async Task WriteMessageAsync(HttpContext context, string token, long chatId, ApiCall? call)
    {
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        var (id, date) = (Interlocked.Increment(ref _nextMessageId), _time.GetUtcNow().ToUnixTimeSeconds());
        if (Shape == ResponseShape.Full && call is not null)
        {
            FullBotApiJson.WriteMessage(json, BotApiJson.BotId(token), id, date, chatId, call.Body);
        }
        else
        {
            BotApiJson.WriteMessage(json, id, date, chatId, call?.Text);
        }

        await json.FlushAsync(context.RequestAborted);
    }

    /// <summary>
    /// What Telegram refuses in an answerInlineQuery's results: a cached photo whose <c>photo_file_id</c> it did not
    /// issue to this bot (or no longer takes), or a caption over 1024 characters after entity parsing.
    /// </summary>
    private (int Code, string Error)? InlineResultError(ApiCall call, string token)
    {
        var results = call.Body["results"] switch
        {
            JsonArray array => array,
            JsonValue text when text.GetValueKind() == JsonValueKind.String => JsonNode.Parse(text.GetValue<string>()) as JsonArray,
            _ => null,
        };
        foreach (var result in results ?? [])
        {
            if (result?["photo_file_id"]?.GetValue<string>() is { } fileId && !Photos.Knows(token, fileId))
            {
                return (400, "Bad Request: wrong file identifier/HTTP URL specified");
            }

            if (PhotoUploads.CheckCaption(result?["caption"], result?["parse_mode"]) is { } captionError)
            {
                return captionError;
            }
        }

        return null;
    }

    private async Task WritePhotoMessageAsync(HttpContext context, ApiCall call, string token)
    {
        if (PhotoArriving?.Invoke(call) is { } held)
        {
            await held.WaitAsync(context.RequestAborted);
        }

        var (sizes, code, error) = await Photos.ReadAsync(context.Request, call.Body, token);
        if (sizes is null)
        {
            await WriteError(context, code, error!);
            return;
        }

        var message = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["date"] = _time.GetUtcNow().ToUnixTimeSeconds(),
            ["chat"] = call.ChatId > 0
                ? new JsonObject { ["id"] = call.ChatId, ["type"] = "private", ["first_name"] = "Ada" }
                : new JsonObject { ["id"] = call.ChatId, ["type"] = call.ChatId <= -1_000_000 ? "supergroup" : "group", ["title"] = "Readers" },
            ["photo"] = sizes,
        };
        if (call.Body["caption"]?.GetValue<string>() is { } caption)
        {
            message["caption"] = caption;
        }

        await WriteOk(context, message);
    }

    /// <summary>A JSON body's parameters, read without building a document nor copying the body.</summary>
    private static async Task<BotApiRequest> PeekAsync(HttpContext context)
    {
        var reader = context.Request.BodyReader;
        var body = await LoopbackServer.ReadBodyAsync(reader, context.RequestAborted);
        var request = BotApiRequest.Peek(body);
        reader.AdvanceTo(body.End);
        return request;
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var fromForm = new JsonObject();
            foreach (var (key, value) in form)
            {
                fromForm[key] = value.ToString();
            }

            return fromForm;
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        return string.IsNullOrWhiteSpace(text) ? [] : JsonNode.Parse(text)!.AsObject();
    }

    public static Task WriteError(HttpContext context, int code, string description, JsonObject? parameters = null)
    {
        context.Response.StatusCode = code;
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (parameters is not null)
        {
            body["parameters"] = parameters;
        }

        return context.Response.WriteAsync(body.ToJsonString());
    }

    private static Task WriteOk(HttpContext context, JsonNode? result)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        _faultGate.Dispose();
    }

    /// <summary>An update waiting for getUpdates: a whole document from a test, or a command the load tool writes as it goes.</summary>
    private readonly record struct QueuedUpdate(int Id, JsonObject? Json, int Tag, long ChatId, string? Command);
}
