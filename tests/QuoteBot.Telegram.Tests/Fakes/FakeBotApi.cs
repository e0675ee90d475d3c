using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace QuoteBot.Telegram.Tests.Fakes;

/// <summary>A call the bot made to the Bot API: the method, its JSON parameters, and the fake clock's time.</summary>
public sealed record ApiCall(string Method, JsonObject Body, DateTimeOffset At)
{
    public long ChatId => Body["chat_id"]?.GetValueKind() == JsonValueKind.String ? long.Parse(Body["chat_id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) : Body["chat_id"]?.GetValue<long>() ?? 0;
    public string Text => Body["text"]?.GetValue<string>() ?? string.Empty;
}

/// <summary>
/// A Bot API server on 127.0.0.1 (Kestrel, port 0) speaking the Bot API's JSON: getMe, getUpdates (with offset
/// confirmation and long polling), sendMessage, editMessageText, answerCallbackQuery, answerInlineQuery,
/// setMyCommands, setWebhook, deleteWebhook, getChatMember (scripted ranks), pinChatMessage. Faults are scripted per
/// call; a global message rate can be enforced with 429s, measured on the fake clock, or Telegram's whole flood
/// control (<see cref="EnforceFloodControl"/>).
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";
    public const string BotUsername = "OurBot";

    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly List<JsonObject> _updates = [];
    private readonly Lock _gate = new();
    private readonly ConcurrentQueue<ApiCall> _calls = new();
    private readonly ConcurrentQueue<Func<ApiCall, HttpContext, Task<bool>>> _faults = new();
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

    private FakeBotApi(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
    }

    public string BaseUrl => _app.Urls.First();

    /// <summary>How long sendMessage takes to answer (real time): a slow network, to have replies in flight.</summary>
    public TimeSpan SendDelay { get; set; }

    /// <summary>Ids of the updates getUpdates has handed to the bot.</summary>
    public IReadOnlyCollection<int> Delivered => [.. _delivered.Keys];

    public IReadOnlyList<ApiCall> Calls => [.. _calls];

    public IReadOnlyList<ApiCall> CallsTo(string method) => [.. _calls.Where(c => c.Method.Equals(method, StringComparison.OrdinalIgnoreCase))];

    public IReadOnlyList<ApiCall> Sent => CallsTo("sendMessage");

    /// <summary>sendMessage calls answered with a message (not refused, failed or rate limited).</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>sendMessage calls answered 429 by the limit of <see cref="LimitMessagesPerSecond"/> or by <see cref="Flood"/>.</summary>
    public int RateLimited => Volatile.Read(ref _rateLimited);

    public static async Task<FakeBotApi> StartAsync(TimeProvider time)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeBotApi(app, time);
        app.MapPost("/bot{token}/{method}", fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>Holds a long poll until an update is queued, as Telegram does, instead of answering it in 300 ms.</summary>
    public bool HoldPolls { get; set; }

    /// <summary>Queues an update for getUpdates and returns its id.</summary>
    public int Enqueue(JsonObject update)
    {
        lock (_gate)
        {
            var id = _nextUpdateId++;
            update["update_id"] = id;
            _updates.Add(update);
            _updatesArrived.TrySetResult();
            return id;
        }
    }

    /// <summary>While <paramref name="failing"/> holds, every call to <paramref name="method"/> fails with <paramref name="code"/>.</summary>
    public void FailWhile(Func<bool> failing, string method, int code, string description) => _persistent.Add((failing, method, code, description));

    /// <summary>The next call for which <paramref name="fault"/> returns true is answered by it instead of normally.</summary>
    public void Fault(Func<ApiCall, HttpContext, Task<bool>> fault) => _faults.Enqueue(fault);

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
            await QuoteBot.Testing.WaitUntil.TrueAsync(() => _calls.Count(match) >= count, $"{count} matching call(s)");
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
        if (token != Token)
        {
            await WriteError(context, 401, "Unauthorized");
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

        if (!_faults.IsEmpty && await AnsweredByFaultAsync(call, context))
        {
            return;
        }

        JsonNode? result = method switch
        {
            "getMe" => new JsonObject { ["id"] = 42, ["is_bot"] = true, ["first_name"] = "Quote Bot", ["username"] = BotUsername, ["supports_inline_queries"] = true },
            "getUpdates" => Deliver(await GetUpdatesAsync(body, context.RequestAborted)),
            "sendMessage" => await SlowAsync(Message(call)),
            "editMessageText" => Message(call),
            "getChatMember" => Member(call),
            _ => true,
        };
        if (method == "sendMessage")
        {
            Interlocked.Increment(ref _accepted);
        }

        await WriteOk(context, result);
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
        var user = call.Body["user_id"]!.GetValueKind() == JsonValueKind.String
            ? long.Parse(call.Body["user_id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
            : call.Body["user_id"]!.GetValue<long>();
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

    private async Task<JsonArray> GetUpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        var offset = body["offset"]?.GetValue<int>() ?? 0;
        var limit = body["limit"]?.GetValue<int>() ?? 100;
        var timeout = body["timeout"]?.GetValue<int>() ?? 0;
        Task arrived;
        lock (_gate)
        {
            // Asking with an offset confirms every update below it: Telegram forgets them.
            _updates.RemoveAll(u => u["update_id"]!.GetValue<int>() < offset);
            if (_updates.Count > 0)
            {
                return [.. _updates.Take(limit).Select(u => u.DeepClone())];
            }

            _updatesArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            arrived = _updatesArrived.Task;
        }

        if (timeout > 0 && HoldPolls)
        {
            // Like Telegram with nothing pending: the poll waits until an update comes (or the client gives up).
            await Task.WhenAny(arrived, Task.Delay(Timeout.Infinite, aborted));
        }
        else if (timeout > 0)
        {
            // Long polling: hold the request a little (real time here is only I/O pacing, not what the tests assert).
            await Task.WhenAny(arrived, Task.Delay(TimeSpan.FromMilliseconds(300), aborted));
        }

        lock (_gate)
        {
            return [.. _updates.Take(limit).Select(u => u.DeepClone())];
        }
    }

    private async Task<JsonObject> SlowAsync(JsonObject result)
    {
        if (SendDelay > TimeSpan.Zero)
        {
            await Task.Delay(SendDelay);
        }

        return result;
    }

    private JsonArray Deliver(JsonArray updates)
    {
        foreach (var update in updates)
        {
            _delivered[update!["update_id"]!.GetValue<int>()] = true;
        }

        return updates;
    }

    private JsonObject Message(ApiCall call)
    {
        var chatId = call.ChatId;
        return new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["date"] = _time.GetUtcNow().ToUnixTimeSeconds(),
            ["chat"] = Updates.Chat(chatId),
            ["text"] = call.Text,
        };
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
        await _app.StopAsync();
        await _app.DisposeAsync();
        _faultGate.Dispose();
    }
}
