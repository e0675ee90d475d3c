using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace QuoteBot.Telegram.Sending;

/// <summary>
/// A Telegram.Bot request whose answer we read only for the message's id. Telegram answers <c>sendMessage</c> with
/// the whole <see cref="Message"/> (sender, chat, the text with its entities, the keyboard echoed); reading it as a
/// <see cref="MessageId"/> skips all of that instead of building it. Failures are untouched: the client still turns
/// an error answer into its <c>ApiRequestException</c> with <c>retry_after</c> and <c>migrate_to_chat_id</c>.
/// </summary>
/// <remarks>
/// The body is the wrapped request's own JSON, written straight to UTF-8 and with non-ASCII text (Chinese quotes) as
/// it is rather than as <c>\uXXXX</c>: the JSON goes to the Bot API, never into an HTML page, so only what JSON
/// itself requires is escaped (quotes, backslashes, control characters).
/// </remarks>
internal sealed class IdOnlyRequest(RequestBase<Message> request) : IRequest<MessageId>
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public HttpMethod HttpMethod => request.HttpMethod;

    public string MethodName => request.MethodName;

    public bool IsWebhookResponse
    {
        get => false;
        set => throw new NotSupportedException("An id-only request is never a webhook response.");
    }

    /// <summary>The JSON body as sent (what <see cref="ToHttpContent"/> carries).</summary>
    public byte[] Body() => JsonSerializer.SerializeToUtf8Bytes(request, Options.GetTypeInfo(request.GetType()));

    public HttpContent ToHttpContent() => new ByteArrayContent(Body()) { Headers = { ContentType = Json } };

    /// <summary>
    /// Telegram.Bot's own naming and number handling with its source-generated metadata (as the webhook reads
    /// updates: no reflection, the same under Native AOT), and the relaxed encoder.
    /// </summary>
    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonBotAPI.Options)
        {
            TypeInfoResolver = JsonBotSerializerContext.Default,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }
}
