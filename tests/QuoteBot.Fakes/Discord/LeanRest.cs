using Microsoft.AspNetCore.Http;

namespace QuoteBot.Fakes.Discord;

/// <summary>
/// The REST API of the fake with <see cref="FakeDiscord.Recording"/> off: the answers the recording fake gives when
/// nothing is scripted, read off the path, with only an interaction callback's body peeked for its type (reported
/// through <see cref="FakeDiscord.Answered"/>). Nothing is recorded, and no interaction window is enforced: the load
/// tool measures the bot's latency itself. With <see cref="FakeDiscord.Shape"/> full, edits and follow-ups are answered
/// with the whole message object Discord returns.
/// </summary>
internal static class LeanRest
{
    private const string Prefix = FakeDiscord.ApiPath + "/";
    private const int DeferredChannelMessage = 5;

    public static async Task AnswerAsync(HttpContext context, FakeDiscord fake)
    {
        var request = context.Request;
        var path = request.Path.Value.AsSpan(Prefix.Length);
        if (HttpMethods.IsPost(request.Method) && path.StartsWith("interactions/") && path.EndsWith("/callback"))
        {
            var afterPrefix = path["interactions/".Length..];
            var id = afterPrefix[..afterPrefix.IndexOf('/')].ToString();
            var body = await LoopbackServer.ReadBodyAsync(request.BodyReader, context.RequestAborted);
            var deferred = JsonPeek.TopLevelInt32(body, "type"u8) == DeferredChannelMessage;
            request.BodyReader.AdvanceTo(body.End);
            fake.Answered?.Invoke(id, deferred);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        context.Response.ContentType = "application/json";
        if (HttpMethods.IsGet(request.Method) && path.SequenceEqual("gateway/bot"))
        {
            await context.Response.WriteAsync(fake.GatewayBot($"ws://{request.Host}{FakeDiscord.GatewayPath}"));
        }
        else if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsPut(request.Method)) && path.EndsWith("/commands"))
        {
            await context.Response.WriteAsync("[]");
        }
        else if (fake.Shape == ResponseShape.Full && (HttpMethods.IsPatch(request.Method) || HttpMethods.IsPost(request.Method)) && path.StartsWith("webhooks/"))
        {
            // An edit of the response or a follow-up: Discord answers with the whole message it made.
            var body = await LoopbackServer.ReadBodyAsync(request.BodyReader, context.RequestAborted);
            await using var json = new System.Text.Json.Utf8JsonWriter(context.Response.BodyWriter);
            FullRestJson.WriteMessage(json, body, request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true, "8800001");
            request.BodyReader.AdvanceTo(body.End);
            await json.FlushAsync(context.RequestAborted);
        }
        else
        {
            await context.Response.WriteAsync(FakeDiscord.AnyMessage);
        }
    }
}
