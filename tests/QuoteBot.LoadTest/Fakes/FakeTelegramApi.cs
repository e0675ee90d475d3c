using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace QuoteBot.LoadTest.Fakes;

/// <summary>
/// A lean Bot API: <c>getMe</c>, long-polled <c>getUpdates</c> handing out up to 100 queued command updates (kept
/// until a later offset confirms them, as Telegram does), <c>sendMessage</c> (reported to the driver by chat id), and
/// <c>true</c> for the calls the bot makes at start (<c>deleteWebhook</c>, <c>setMyCommands</c> …).
/// </summary>
public sealed class FakeTelegramApi(string botToken, Action<int> delivering, Action<long> sent)
{
    private const int MessageDate = 1_764_000_000;
    private readonly Lock _gate = new();
    private readonly Queue<Update> _updates = new();
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextUpdateId = 1;
    private int _nextMessageId = 1;
    private int _answerNextPollAtOnce;

    public void Map(WebApplication app) => app.Map("/bot{token}/{method}", HandleAsync);

    /// <summary>Queues a command update from <paramref name="chatId"/> (the driver's chat <paramref name="chat"/>).</summary>
    public void Enqueue(int chat, long chatId, bool topic)
    {
        lock (_gate)
        {
            _updates.Enqueue(new Update(_nextUpdateId++, chat, chatId, topic));
            _arrived.TrySetResult();
        }
    }

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        if (token != botToken)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("""{"ok":false,"error_code":401,"description":"Unauthorized"}""");
            return;
        }

        var body = await LoopbackServer.ReadBodyAsync(context.Request.BodyReader, context.RequestAborted);
        var request = ReadRequest(body);
        context.Request.BodyReader.AdvanceTo(body.End);
        context.Response.ContentType = "application/json";
        switch (method)
        {
            case "sendMessage":
                sent(request.ChatId);
                await WriteMessageAsync(context, request.ChatId);
                break;
            case "getUpdates":
                await WriteUpdatesAsync(context, request);
                break;
            case "getMe":
                Volatile.Write(ref _answerNextPollAtOnce, 1);
                await context.Response.WriteAsync("""{"ok":true,"result":{"id":42,"is_bot":true,"first_name":"Quote Bot","username":"OurBot","can_join_groups":true,"can_read_all_group_messages":false,"supports_inline_queries":true}}""");
                break;
            case "getMyCommands":
                await context.Response.WriteAsync("""{"ok":true,"result":[]}""");
                break;
            default:
                await context.Response.WriteAsync("""{"ok":true,"result":true}""");
                break;
        }
    }

    private async Task WriteUpdatesAsync(HttpContext context, Request request)
    {
        var batch = Take(request.Offset, request.Limit, out var arrived);
        // The first poll after the bot starts (getMe) is answered at once, as Telegram does when updates are pending, so
        // its readiness is not held for a whole long poll; later empty polls wait for updates like a real long poll.
        var atOnce = Interlocked.Exchange(ref _answerNextPollAtOnce, 0) == 1;
        if (batch.Length == 0 && !atOnce && request.Timeout > 0)
        {
            await Task.WhenAny(arrived, Task.Delay(TimeSpan.FromSeconds(request.Timeout), context.RequestAborted));
            batch = Take(request.Offset, request.Limit, out _);
        }

        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteBoolean("ok"u8, true);
        json.WriteStartArray("result"u8);
        foreach (var update in batch)
        {
            delivering(update.Chat);
            WriteUpdate(json, update);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    private Update[] Take(int offset, int limit, out Task arrived)
    {
        lock (_gate)
        {
            // An offset confirms every update below it: Telegram forgets them.
            while (_updates.TryPeek(out var first) && first.Id < offset)
            {
                _updates.Dequeue();
            }

            if (_updates.Count == 0)
            {
                _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            arrived = _arrived.Task;
            return [.. _updates.Take(Math.Clamp(limit, 1, 100))];
        }
    }

    private static void WriteUpdate(Utf8JsonWriter json, Update update)
    {
        var text = update.Topic ? "/topic energy" : "/quote";
        json.WriteStartObject();
        json.WriteNumber("update_id"u8, update.Id);
        json.WriteStartObject("message"u8);
        json.WriteNumber("message_id"u8, update.Id);
        json.WriteNumber("date"u8, MessageDate);
        WriteChat(json, update.ChatId);
        json.WriteStartObject("from"u8);
        json.WriteNumber("id"u8, Math.Abs(update.ChatId));
        json.WriteBoolean("is_bot"u8, false);
        json.WriteString("first_name"u8, "Ada"u8);
        json.WriteString("language_code"u8, "en"u8);
        json.WriteEndObject();
        json.WriteString("text"u8, text);
        json.WriteStartArray("entities"u8);
        json.WriteStartObject();
        json.WriteString("type"u8, "bot_command"u8);
        json.WriteNumber("offset"u8, 0);
        json.WriteNumber("length"u8, 6); // "/quote" and "/topic" alike
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteChat(Utf8JsonWriter json, long chatId)
    {
        json.WriteStartObject("chat"u8);
        json.WriteNumber("id"u8, chatId);
        if (chatId > 0)
        {
            json.WriteString("type"u8, "private"u8);
            json.WriteString("first_name"u8, "Ada"u8);
        }
        else
        {
            json.WriteString("type"u8, "group"u8);
            json.WriteString("title"u8, "Readers"u8);
        }

        json.WriteEndObject();
    }

    private async Task WriteMessageAsync(HttpContext context, long chatId)
    {
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteBoolean("ok"u8, true);
        json.WriteStartObject("result"u8);
        json.WriteNumber("message_id"u8, Interlocked.Increment(ref _nextMessageId));
        json.WriteNumber("date"u8, MessageDate);
        WriteChat(json, chatId);
        json.WriteString("text"u8, "ok"u8);
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    /// <summary>The parameters the fake looks at, read from the JSON body (or the query string for a GET).</summary>
    private static Request ReadRequest(ReadOnlySequence<byte> body)
    {
        var request = new Request();
        if (body.IsEmpty)
        {
            return request;
        }

        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
            if (reader.CurrentDepth != 1 || reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (reader.ValueTextEquals("chat_id"u8))
            {
                reader.Read();
                request.ChatId = reader.TokenType == JsonTokenType.Number ? reader.GetInt64() : long.Parse(reader.GetString()!, CultureInfo.InvariantCulture);
            }
            else if (reader.ValueTextEquals("offset"u8))
            {
                reader.Read();
                request.Offset = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("limit"u8))
            {
                reader.Read();
                request.Limit = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("timeout"u8))
            {
                reader.Read();
                request.Timeout = reader.GetInt32();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return request;
    }

    private sealed class Request
    {
        public long ChatId { get; set; }

        public int Offset { get; set; }

        public int Limit { get; set; } = 100;

        public int Timeout { get; set; }
    }

    private readonly record struct Update(int Id, int Chat, long ChatId, bool Topic);
}
