using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using QuoteBot.Fakes;

namespace QuoteBot.LoadTest.Fakes;

/// <summary>
/// The REST calls the bot makes, answered plausibly and without recording: <c>GET /gateway/bot</c>, the command set
/// (<c>GET</c>/<c>PUT /applications/{id}/commands</c>), interaction callbacks (reported to the driver: the answer to a
/// command) and follow-ups through <c>/webhooks/{id}/{token}</c> (edits of a deferred reply).
/// </summary>
public sealed class FakeDiscordRest(string applicationId, Action<string, bool> callback)
{
    public const string BasePath = "/api/v10";
    private const int DeferredChannelMessage = 5;

    public void Map(WebApplication app)
    {
        app.MapPost(BasePath + "/interactions/{id}/{token}/callback", CallbackAsync);
        app.MapGet(BasePath + "/gateway/bot", (HttpContext context) => Json(context, $$$"""
            {"url":"ws://{{{context.Request.Host}}}{{{FakeDiscordGateway.Path}}}","shards":1,
             "session_start_limit":{"total":1000,"remaining":1000,"reset_after":3600000,"max_concurrency":1}}
            """));
        app.MapGet(BasePath + "/applications/{application}/commands", (HttpContext context) => Json(context, "[]"));
        app.MapPut(BasePath + "/applications/{application}/commands", EchoCommandsAsync);
        app.MapGet(BasePath + "/users/@me", (HttpContext context) => Json(context, """{"id":"42","username":"quotebot","bot":true}"""));
        app.Map(BasePath + "/{**rest}", (HttpContext context) => Json(context, """{"id":"900","channel_id":"88","content":"ok"}"""));
    }

    private static Task Json(HttpContext context, string body)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    }

    private async Task CallbackAsync(HttpContext context, string id)
    {
        var body = await LoopbackServer.ReadBodyAsync(context.Request.BodyReader, context.RequestAborted);
        var deferred = JsonPeek.TopLevelInt32(body, "type"u8) == DeferredChannelMessage;
        context.Request.BodyReader.AdvanceTo(body.End);
        callback(id, deferred);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Discord answers a PUT with the commands it stored, each given an id.</summary>
    private async Task EchoCommandsAsync(HttpContext context)
    {
        using var sent = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartArray();
        var next = 1;
        foreach (var command in sent.RootElement.EnumerateArray())
        {
            json.WriteStartObject();
            json.WriteString("id"u8, (1_100_000 + next++).ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("application_id"u8, applicationId);
            json.WriteString("version"u8, "1");
            foreach (var property in command.EnumerateObject())
            {
                property.WriteTo(json);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        await json.FlushAsync(context.RequestAborted);
    }
}
