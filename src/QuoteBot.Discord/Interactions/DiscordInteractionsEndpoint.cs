using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Interactions;

/// <summary>The HTTP interactions endpoint: Discord posts interactions here when the bot runs in http mode.</summary>
public static class DiscordInteractionsEndpoint
{
    /// <summary>Interaction payloads stay far below this; anything larger is not from Discord.</summary>
    private const int MaxBodyBytes = 1 << 20;

    /// <summary>
    /// Maps <c>POST {pattern}</c>: verifies the Ed25519 signature (401 when bad, missing or older than 5 minutes),
    /// answers PING with PONG, and hands every other interaction to the <see cref="InteractionDispatcher"/>: its answer is
/// the response body (an answer with files is deferred here, and the edit uploads them), and a deferral's edit
    /// follows from the dispatcher.
    /// Set the application's Interactions Endpoint URL in the developer portal to this route.
    /// </summary>
    public static IEndpointConventionBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints, string pattern = "/discord/interactions") =>
        endpoints.MapPost(pattern, HandleAsync);

    private static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var receivedAt = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DiscordInteractionsEndpoint));
        var authenticator = services.GetRequiredService<InteractionRequestAuthenticator>();

        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var refusal = authenticator.Check(
            context.Request.Headers[InteractionRequestAuthenticator.SignatureHeader],
            context.Request.Headers[InteractionRequestAuthenticator.TimestampHeader],
            body);
        if (refusal is not null)
        {
            logger.Refused(refusal);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException ex)
        {
            logger.Undecodable(ex);
            interaction = null;
        }

        if (interaction is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        interaction.ReceivedAt = receivedAt;
        var dispatcher = services.GetRequiredService<InteractionDispatcher>();
        TaskCompletionSource<bool>? followUp = null;
        var delivered = false;
        try
        {
            var answer = await dispatcher.HandleAsync(interaction, context.RequestAborted);
            if (answer is null)
            {
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }

            followUp = dispatcher.FollowUp(interaction, answer);

            // The answer is this response: once written, it is Discord's.
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(DiscordWireJson.ToUtf8Bytes(answer.Response, DiscordJsonContext.Default.InteractionResponse), context.RequestAborted);
            delivered = true;
        }
        finally
        {
            followUp?.TrySetResult(delivered);
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        // The signature covers the exact bytes, so the body is read raw, never re-serialized.
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
