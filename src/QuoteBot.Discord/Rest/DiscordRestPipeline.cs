using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using QuoteBot.Core.Resilience;
using QuoteBot.Discord.Models;
using QuoteBot.Discord.Rest.RateLimits;

namespace QuoteBot.Discord.Rest;

/// <summary>
/// Sends one <see cref="RestRequest"/> through the rate limits with Discord's retry rules: a 429 waits its
/// <c>retry_after</c> and sends once more; a passing server error or a timeout is retried with backoff only when
/// repeating is safe, and only while a retry can still arrive before the request's deadline (<see cref="ServerErrorRetries"/>).
/// </summary>
internal sealed class DiscordRestPipeline(
    HttpClient http,
    GlobalRateLimiter globalLimiter,
    RouteBucketRegistry buckets,
    InvalidRequestMonitor invalidRequests,
    Backoff backoff,
    TimeProvider time,
    ILogger logger)
{
    /// <summary>Retries of one request after 429s; each 429 earns exactly one more attempt, up to this many.</summary>
    public const int MaxRateLimitRetries = 3;

    /// <summary>How long one attempt may take before it counts as a timeout, unless the request says otherwise.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(15);

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>Sends the request and returns the successful response body.</summary>
    /// <exception cref="DiscordApiException">Discord refused the request.</exception>
    /// <exception cref="TimeoutException">The last attempt took too long and no retry was left.</exception>
    public async Task<byte[]> SendAsync(RestRequest request, CancellationToken cancellationToken)
    {
        var route = request.Route;
        var rateLimitRetries = 0;
        var serverErrorRetries = 0;
        using var delays = backoff.Delays().GetEnumerator();

        while (true)
        {
            await buckets.Get(route).AcquireAsync(cancellationToken);
            if (route.CountsTowardGlobal)
            {
                await globalLimiter.AcquireAsync(cancellationToken);
            }

            HttpResponseMessage response;
            try
            {
                response = await SendOnceAsync(request, cancellationToken);
            }
            catch (Exception ex) when (IsTransient(ex, cancellationToken))
            {
                var delay = Next(delays);
                if (!ServerErrorRetries.ShouldRetry(request, serverErrorRetries, time.GetUtcNow(), delay))
                {
                    throw;
                }

                serverErrorRetries++;
                logger.RetryingTransportError(route.RouteKey, serverErrorRetries, delay, ex);
                await Task.Delay(delay, time, cancellationToken);
                continue;
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                var headers = RateLimitHeaders.From(response.Headers);
                buckets.Update(route, headers);
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                Observe(route, status, headers.Scope);

                if (response.IsSuccessStatusCode)
                {
                    // The route, not its key: the key is formatted only when Debug is on, not for every answer.
                    logger.Completed(route, response.StatusCode);
                    return body;
                }

                if (serverErrorRetries > 0 && request.DoneIfRepeatRefusedWith is { } doneCode
                    && TryParse(body, DiscordJsonContext.Default.DiscordErrorResponse)?.Code == doneCode)
                {
                    // An attempt that failed on the way had in fact arrived; this one is refused for repeating it.
                    logger.EarlierAttemptLanded(route.RouteKey, doneCode);
                    return [];
                }

                if (response.StatusCode == HttpStatusCode.TooManyRequests && rateLimitRetries < MaxRateLimitRetries
                    && RateLimit.Read(headers, TryParse(body, DiscordJsonContext.Default.RateLimitResponse)) is var limit
                    && (request.Deadline is not { } deadline || time.GetUtcNow() + limit.RetryAfter + ServerErrorRetries.LandingMargin <= deadline))
                {
                    rateLimitRetries++;
                    await WaitOutRateLimitAsync(route, headers.Scope, limit, cancellationToken);
                    continue;
                }

                if (ServerErrorRetries.IsPassing(status))
                {
                    var delay = Next(delays);
                    if (ServerErrorRetries.ShouldRetry(request, serverErrorRetries, time.GetUtcNow(), delay))
                    {
                        serverErrorRetries++;
                        logger.RetryingServerError(route.RouteKey, response.StatusCode, serverErrorRetries, delay);
                        await Task.Delay(delay, time, cancellationToken);
                        continue;
                    }
                }

                throw Refusal(route, response.StatusCode, body);
            }
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(RestRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(request.Route.Method, request.Route.Path);
        if (request.Body is { } body)
        {
            // A fresh content per attempt over the same bytes: an HttpContent cannot be sent twice.
            message.Content = new ByteArrayContent(body)
            {
                Headers = { ContentType = request.ContentType is { } type ? MediaTypeHeaderValue.Parse(type) : Json },
            };
        }

        var limit = request.AttemptTimeout ?? AttemptTimeout;
        using var timeout = new CancellationTokenSource(limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{request.Route.RouteKey} took longer than {limit}.", ex);
        }
    }

    private async Task WaitOutRateLimitAsync(RestRoute route, string? scope, RateLimit limit, CancellationToken cancellationToken)
    {
        if (limit.Global)
        {
            // Every request is held back, not just this route's.
            globalLimiter.Pause(limit.RetryAfter);
        }
        else
        {
            buckets.Get(route).Exhaust(limit.RetryAfter);
        }

        var wait = Task.Delay(limit.RetryAfter, time, cancellationToken);
        logger.RateLimited(route.RouteKey, limit.Global, scope, limit.RetryAfter);
        await wait;
    }

    private void Observe(RestRoute route, int status, string? scope)
    {
        if (status == 401)
        {
            logger.Unauthorized(route.RouteKey);
        }

        if (InvalidRequestMonitor.Counts(status, scope))
        {
            var count = invalidRequests.Record();
            if (count % InvalidRequestMonitor.WarnAt == 0)
            {
                logger.ManyInvalidRequests(count, InvalidRequestMonitor.Ceiling);
            }
        }
    }

    private static DiscordApiException Refusal(RestRoute route, HttpStatusCode status, byte[] body)
    {
        var error = TryParse(body, DiscordJsonContext.Default.DiscordErrorResponse);
        return new DiscordApiException(status, error?.Code, route.RouteKey, error?.Message, error?.Errors);
    }

    private static T? TryParse<T>(byte[] body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            // Proxies in front of Discord answer errors with HTML; the status code still tells enough.
            return null;
        }
    }

    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && ex is HttpRequestException or TimeoutException;

    private static TimeSpan Next(IEnumerator<TimeSpan> delays) => delays.MoveNext() ? delays.Current : TimeSpan.FromSeconds(1);

    /// <summary>What a 429 asks for: the body's <c>retry_after</c> first, then the header, else a second.</summary>
    private readonly record struct RateLimit(TimeSpan RetryAfter, bool Global)
    {
        public static RateLimit Read(RateLimitHeaders headers, RateLimitResponse? parsed) => new(
            parsed?.RetryAfter is { } seconds and >= 0 ? TimeSpan.FromSeconds(seconds) : headers.RetryAfter ?? TimeSpan.FromSeconds(1),
            parsed?.Global == true || headers.Global);
    }
}
