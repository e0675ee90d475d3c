using System.Net;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Discord.Interactions;
using QuoteBot.Discord.Models;
using QuoteBot.Discord.Rest;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Rest;

/// <summary>The typed REST client from the real container against the fake Discord REST API.</summary>
public sealed class DiscordRestClientTests : RestClientFixture
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task Requests_carry_the_bot_token_a_real_user_agent_and_a_message_that_cannot_ping()
    {
        await Rest.CreateMessageAsync("88", new MessageCreate { Content = "@everyone fusion" }).WithGuard();

        var request = Fake.RequestsTo("channels/88/messages").Single();
        Assert.Equal("Bot " + DiscordTestHost.Token, request.Headers["Authorization"]);
        Assert.Equal("DiscordBot (https://github.com/quotebot/quotebot, 1.0)", request.Headers["User-Agent"]);
        Assert.Equal(0, request.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.True(request.Json.GetProperty("enforce_nonce").GetBoolean());
        Assert.InRange(request.Json.GetProperty("nonce").GetString()!.Length, 1, 25);
    }

    [Fact]
    public async Task An_exhausted_bucket_holds_the_next_request_until_it_resets()
    {
        Fake.Enqueue("POST", "channels/88/messages", FakeResponse.Json("""{"id":"1"}""", headers: new Dictionary<string, string>
        {
            ["X-RateLimit-Bucket"] = "msg", ["X-RateLimit-Limit"] = "5", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "2.5",
        }));
        await Rest.CreateMessageAsync("88", new MessageCreate { Content = "one" }).WithGuard();

        await Time.AssertHeldUntilAsync(Rest.CreateMessageAsync("88", new MessageCreate { Content = "two" }), TimeSpan.FromSeconds(2.5));

        AssertSentTwice("channels/88/messages", TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task A_bucket_429_waits_retry_after_from_the_body_and_sends_exactly_once_more()
    {
        // The body's retry_after wins over the rounded Retry-After header.
        EnqueueRateLimit("channels/88/messages", retryAfter: 1.5, global: false, ("Retry-After", "2"), ("X-RateLimit-Scope", "user"), ("X-RateLimit-Bucket", "msg"));

        var send = Rest.CreateMessageAsync("88", new MessageCreate { Content = "hi" });
        await WaitForRateLimitAsync();
        await Time.AssertHeldUntilAsync(send, TimeSpan.FromSeconds(1.5));

        AssertSentTwice("channels/88/messages", TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task A_global_429_holds_every_route_for_retry_after_and_retries_once()
    {
        EnqueueRateLimit("channels/1/messages", retryAfter: 3, global: true, ("Retry-After", "3"), ("X-RateLimit-Global", "true"), ("X-RateLimit-Scope", "global"));

        var first = Rest.CreateMessageAsync("1", new MessageCreate { Content = "a" });
        await WaitForRateLimitAsync();
        var other = Rest.CreateMessageAsync("2", new MessageCreate { Content = "b" });
        await Time.AssertHeldUntilAsync(Task.WhenAll(first, other), TimeSpan.FromSeconds(3));

        var firstSent = AssertSentTwice("channels/1/messages", TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.FromSeconds(3), Fake.RequestsTo("channels/2/messages").Single().At - firstSent[0].At);
    }

    [Fact]
    public async Task Repeated_429s_give_up_with_a_typed_error_after_a_bounded_number_of_retries()
    {
        for (var i = 0; i <= DiscordRestPipeline.MaxRateLimitRetries; i++)
        {
            Fake.Enqueue("GET", "applications/1234/commands", FakeResponse.Json("""{"retry_after":0.5,"global":false}""", 429));
        }

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => Time.AdvanceUntilAsync(Rest.GetGlobalApplicationCommandsAsync(), Step));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(DiscordRestPipeline.MaxRateLimitRetries + 1, Fake.RequestsTo("applications/1234/commands").Count);
    }

    [Fact]
    public async Task A_500_on_a_safe_request_is_retried_with_backoff()
    {
        Fake.Enqueue("GET", "applications/1234/commands", FakeResponse.Json("""{"message":"oops"}""", 500));

        var commands = await Time.AdvanceUntilAsync(Rest.GetGlobalApplicationCommandsAsync(), Step);

        Assert.Empty(commands);
        var sent = Fake.RequestsTo("applications/1234/commands");
        Assert.Equal(2, sent.Count);
        Assert.True(sent[1].At > sent[0].At, "The retry waited for its backoff.");
    }

    [Fact]
    public async Task A_message_create_that_failed_with_a_5xx_is_retried_with_the_same_nonce()
    {
        Fake.Enqueue("POST", "channels/88/messages", new FakeResponse(502));

        await Time.AdvanceUntilAsync(Rest.CreateMessageAsync("88", new MessageCreate { Content = "once" }), Step);

        var sent = Fake.RequestsTo("channels/88/messages");
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0].Json.GetProperty("nonce").GetString(), sent[1].Json.GetProperty("nonce").GetString());
        Assert.All(sent, r => Assert.True(r.Json.GetProperty("enforce_nonce").GetBoolean()));
    }

    [Fact]
    public async Task A_safe_request_that_times_out_is_retried()
    {
        Fake.Enqueue("GET", "gateway/bot", new FakeResponse(200, Hang: true));

        var info = await Time.AdvanceUntilAsync(Rest.GetGatewayBotAsync(), TimeSpan.FromSeconds(1));

        Assert.Equal(2, Fake.RequestsTo("gateway/bot").Count);
        Assert.Equal(Fake.GatewayUrl.ToString(), info.Url);
    }

    [Fact]
    public async Task An_interaction_answer_meeting_5xx_is_retried_only_while_a_retry_can_arrive_within_three_seconds()
    {
        var created = Time.GetUtcNow();
        Fake.Interactions.Create("5", "tok");
        for (var i = 0; i < 10; i++)
        {
            Fake.Enqueue("POST", "interactions/", FakeResponse.Json("""{"message":"oops"}""", 503));
        }

        var mark = Time.Mark();
        var answer = Rest.CreateInteractionResponseAsync("5", "tok", InteractionResponse.DeferredMessage(), created).ContinueWith(t => t, TaskScheduler.Default);
        // Time moves to each backoff delay (not to an attempt's 1 s timeout).
        var error = await Assert.ThrowsAsync<DiscordApiException>(async () =>
            await await Time.StepTimersUntilAsync(mark, answer, d => d > TimeSpan.Zero && d < TimeSpan.FromSeconds(3) && d != InteractionWindows.AnswerAttemptTimeout));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        var attempts = Fake.RequestsTo("interactions/");
        Assert.True(attempts.Count >= 2, $"{attempts.Count} attempts");
        Assert.All(attempts, a => Assert.True(a.At - created < TimeSpan.FromSeconds(3), $"an attempt at {a.At - created}"));
    }

    [Fact]
    public async Task The_fake_takes_one_answer_per_interaction_and_none_after_three_seconds()
    {
        var created = Time.GetUtcNow();
        Fake.Interactions.Create("6", "tok6");
        Fake.Interactions.Create("7", "tok7");

        await Rest.CreateInteractionResponseAsync("6", "tok6", InteractionResponse.DeferredMessage(), created).WithGuard();
        var again = await Assert.ThrowsAsync<DiscordApiException>(() =>
            Rest.CreateInteractionResponseAsync("6", "tok6", InteractionResponse.DeferredMessage(), created).WithGuard());
        Time.Advance(TimeSpan.FromSeconds(3.1));
        var late = await Assert.ThrowsAsync<DiscordApiException>(() =>
            Rest.CreateInteractionResponseAsync("7", "tok7", InteractionResponse.DeferredMessage(), created).WithGuard());

        // A first attempt refused with 40060 is a real double answer, not a lost reply: it surfaces.
        Assert.Equal(DiscordErrorCodes.InteractionAlreadyAcknowledged, again.ErrorCode);
        Assert.Equal(DiscordErrorCodes.UnknownInteraction, late.ErrorCode);
        Assert.True(Fake.Interactions.IsAnswered("6"));
        Assert.False(Fake.Interactions.IsAnswered("7"));
    }

    [Fact]
    public async Task Missing_permissions_surfaces_as_a_typed_error_with_status_and_code()
    {
        Fake.Enqueue("POST", "channels/88/messages", FakeResponse.Json("""{"message":"Missing Permissions","code":50013}""", 403));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => Rest.CreateMessageAsync("88", new MessageCreate { Content = "x" }).WithGuard());

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal(DiscordErrorCodes.MissingPermissions, error.ErrorCode);
        Assert.True(error.IsMissingPermissions);
        Assert.True(error.IsForbidden);
        Assert.Equal("POST channels/{channel}/messages", error.Route);
        Assert.Single(Fake.RequestsTo("channels/88/messages"));
    }

    [Fact]
    public async Task Unknown_channel_surfaces_as_a_typed_error()
    {
        Fake.Enqueue("POST", "channels/404/messages", FakeResponse.Json("""{"message":"Unknown Channel","code":10003}""", 404));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => Rest.CreateMessageAsync("404", new MessageCreate { Content = "x" }).WithGuard());

        Assert.True(error.IsUnknownChannel);
        Assert.True(error.IsNotFound);
    }

    [Fact]
    public async Task An_unauthorized_request_surfaces_as_401_and_the_token_is_never_logged()
    {
        CreateAnswered("8", "interaction-token-secret");
        Fake.Enqueue("POST", "webhooks/", FakeResponse.Json("""{"message":"401: Unauthorized","code":0}""", 401));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() =>
            Rest.CreateFollowupMessageAsync("interaction-token-secret", new WebhookMessage { Content = "x" }, Time.GetUtcNow()).WithGuard());

        Assert.True(error.IsUnauthorized);
        Assert.DoesNotContain("interaction-token-secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("interaction-token-secret", Host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordTestHost.Token, Host.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interaction_webhook_routes_edit_the_original_and_send_follow_ups_without_pings()
    {
        CreateAnswered("9", "tok");
        await Rest.EditOriginalResponseAsync("tok", new WebhookMessage { Content = "edited" }, Time.GetUtcNow()).WithGuard();
        await Rest.CreateFollowupMessageAsync("tok", new WebhookMessage { Content = "more", Flags = MessageFlags.Ephemeral }, Time.GetUtcNow()).WithGuard();

        var edit = Fake.RequestsTo("webhooks/1234/tok/messages/@original").Single();
        var followup = Fake.Requests.Single(r => r.Path == "webhooks/1234/tok");
        Assert.Equal("PATCH", edit.Method);
        Assert.Equal("POST", followup.Method);
        Assert.Equal(64, followup.Json.GetProperty("flags").GetInt32());
        Assert.All([edit, followup], r => Assert.Equal(0, r.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength()));
    }

    [Fact]
    public async Task Bulk_overwrite_puts_the_definitions_and_reads_back_the_registered_commands()
    {
        Fake.Enqueue("PUT", "applications/1234/guilds/77/commands", FakeResponse.Json("""
            [{"id":"10","application_id":"1234","guild_id":"77","version":"3","type":1,"name":"quote","description":"A quote",
              "name_localizations":{"zh-CN":"金句"},"default_member_permissions":null,"contexts":[0,1],"integration_types":[0]}]
            """));
        var definition = new ApplicationCommandDefinition
        {
            Name = "quote",
            NameLocalizations = new Dictionary<string, string> { ["zh-CN"] = "金句" },
            Description = "A quote",
            Contexts = [InteractionContextType.Guild, InteractionContextType.BotDm],
            IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
        };

        var registered = await Rest.BulkOverwriteGuildApplicationCommandsAsync("77", [definition]).WithGuard();

        var put = Fake.RequestsTo("applications/1234/guilds/77/commands").Single();
        Assert.Equal("PUT", put.Method);
        Assert.Equal("金句", put.Json[0].GetProperty("name_localizations").GetProperty("zh-CN").GetString());
        Assert.Equal("10", registered.Single().Id);
        Assert.Equal([InteractionContextType.Guild, InteractionContextType.BotDm], registered.Single().Contexts);
    }

    /// <summary>An interaction the bot has answered, so its token takes edits and follow-ups.</summary>
    private void CreateAnswered(string id, string token)
    {
        Fake.Interactions.Create(id, token);
        Fake.Interactions.Accept(id, "{}");
    }

    /// <summary>The next POST to <paramref name="pathPrefix"/> gets a documented 429.</summary>
    private void EnqueueRateLimit(string pathPrefix, double retryAfter, bool global, params (string Name, string Value)[] headers)
    {
        var body = new Dictionary<string, object> { ["message"] = "You are being rate limited.", ["retry_after"] = retryAfter, ["global"] = global };
        Fake.Enqueue("POST", pathPrefix, FakeResponse.Json(
            System.Text.Json.JsonSerializer.Serialize(body),
            429,
            headers.ToDictionary(h => h.Name, h => h.Value)));
    }

    /// <summary>Asserts the route was called exactly twice, <paramref name="apart"/> apart in fake time.</summary>
    private IReadOnlyList<RecordedRequest> AssertSentTwice(string pathPrefix, TimeSpan apart)
    {
        var sent = Fake.RequestsTo(pathPrefix);
        Assert.Equal(2, sent.Count);
        Assert.Equal(apart, sent[1].At - sent[0].At);
        return sent;
    }

    private Task WaitForRateLimitAsync() =>
        TestTime.WaitUntilAsync(() => Host.Logs.WithId(5600).Count > 0);

    [Fact]
    public async Task Gateway_bot_reads_url_shards_and_session_start_limit()
    {
        Fake.RecommendedShards = 4;
        Fake.MaxConcurrency = 2;

        var info = await Rest.GetGatewayBotAsync().WithGuard();

        Assert.Equal(4, info.Shards);
        Assert.Equal(2, info.SessionStartLimit.MaxConcurrency);
        Assert.Equal(1000, info.SessionStartLimit.Remaining);
    }
}
