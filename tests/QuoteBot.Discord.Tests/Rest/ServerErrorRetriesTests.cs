using QuoteBot.Discord.Rest;

namespace QuoteBot.Discord.Tests.Rest;

public sealed class ServerErrorRetriesTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(501, false)]
    [InlineData(505, false)]
    [InlineData(429, false)]
    [InlineData(404, false)]
    public void Only_passing_server_errors_are_retried(int status, bool passing) =>
        Assert.Equal(passing, ServerErrorRetries.IsPassing(status));

    [Theory]
    // safe, deadline in ms from now (-1: none), retries so far, delay in ms, retried
    [InlineData(false, -1, 0, 500, false)]
    [InlineData(false, 3000, 0, 500, false)]
    [InlineData(true, -1, 0, 500, true)]
    [InlineData(true, -1, 2, 4000, true)]
    [InlineData(true, -1, 3, 500, false)]
    // With a deadline the count does not matter, only whether the retry leaves 250 ms before it.
    [InlineData(true, 3000, 10, 500, true)]
    [InlineData(true, 3000, 0, 2750, true)]
    [InlineData(true, 3000, 0, 2751, false)]
    [InlineData(true, 200, 0, 0, false)]
    [InlineData(true, -5000, 0, 0, false)]
    public void A_retry_is_sent_only_when_safe_and_able_to_arrive_in_time(bool safe, int deadlineMs, int retries, int delayMs, bool retried)
    {
        var request = new RestRequest(RestRoute.Create(HttpMethod.Post, "interactions/{interaction}/{token}/callback", "1", "t"), null, safe)
        {
            Deadline = deadlineMs == -1 ? null : Now + TimeSpan.FromMilliseconds(deadlineMs),
        };

        Assert.Equal(retried, ServerErrorRetries.ShouldRetry(request, retries, Now, TimeSpan.FromMilliseconds(delayMs)));
    }
}
