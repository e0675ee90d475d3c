using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Discord.Gateway;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Gateway;

/// <summary>
/// The gateway client over a real <see cref="ClientWebSocket"/> against a fake Discord gateway on Kestrel,
/// with time driven by <see cref="TestClock"/>.
/// </summary>
public sealed class GatewayAcceptanceTests : IAsyncLifetime
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);
    private readonly TestClock _time = TestTime.NewClock();
    private readonly RecordingInteractionHandler _handler = new();
    private FakeDiscord _fake = null!;
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync(_time);
        _host = DiscordTestHost.Create(_fake, _time, handler: _handler);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Identifies_with_token_minimal_intents_and_shard_then_keeps_the_READY_session()
    {
        _host.StartGateway();
        var connection = await _fake.NextConnectionAsync();

        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        var identify = (await connection.ExpectAsync(2)).D;
        Assert.Equal(DiscordTestHost.Token, identify.GetProperty("token").GetString());
        Assert.Equal(0, identify.GetProperty("intents").GetInt32());
        Assert.Equal([0, 1], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        Assert.False(string.IsNullOrEmpty(identify.GetProperty("properties").GetProperty("browser").GetString()));

        await connection.SendReadyAsync(sequence: 1, sessionId: "abc");
        await connection.SendInteractionAsync(2, "500");
        await _handler.NextAsync();

        var session = _host.Gateway.Shards.Single().Session;
        Assert.Equal("abc", session.SessionId);
        Assert.Equal(_fake.ResumeUrl, session.ResumeUrl);
        Assert.Equal(2, session.Sequence);
        Assert.Equal("1234", session.ApplicationId);
    }

    [Fact]
    public async Task INTERACTION_CREATE_goes_to_the_handler_and_its_response_to_the_callback_route_without_pings()
    {
        var connection = await ConnectReadyAsync();

        await connection.SendInteractionAsync(2, "500");
        var interaction = await _handler.NextAsync();
        var callback = await _fake.WaitForRequestAsync("interactions/").WithGuard();

        Assert.Equal("quote", interaction.Data!.Name);
        Assert.Equal("energy", interaction.Data.Options![0].Options![0].ValueAsString());
        Assert.Equal("POST", callback.Method);
        Assert.Equal("interactions/500/interaction-token-secret/callback", callback.Path);
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(0, callback.Json.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.DoesNotContain(DiscordTestHost.Token, _host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("interaction-token-secret", _host.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Heartbeats_start_after_a_jittered_part_of_the_interval_then_follow_it_and_are_acknowledged()
    {
        _fake.HeartbeatIntervalMs = 1000;
        var start = _time.GetUtcNow();
        var connection = await ConnectReadyAsync();

        // SequenceRandom(0.5): the first beat comes at half the interval, then one per interval, each acknowledged
        // (the clock moves on only once the bot has taken the acknowledgement: a beat whose ack is late is a zombie).
        await _time.AssertHeldUntilAsync(connection.WaitForAsync(1), TimeSpan.FromMilliseconds(500));
        await TestTime.WaitUntilAsync(() => Acknowledged() == 1);
        await _time.AssertHeldUntilAsync(connection.WaitForAsync(1), TimeSpan.FromMilliseconds(1000));
        await TestTime.WaitUntilAsync(() => Acknowledged() == 2);
        await _time.AssertHeldUntilAsync(connection.WaitForAsync(1), TimeSpan.FromMilliseconds(1000));

        var beats = connection.All.Where(p => p.Op == 1).ToList();
        Assert.Equal([500, 1500, 2500], beats.Select(b => (b.At - start).TotalMilliseconds));
        Assert.All(beats, b => Assert.Equal(1, b.D.GetInt32()));
        Assert.False(connection.Closed.IsCompleted);
        Assert.Single(_fake.Connections);
    }

    [Fact]
    public async Task A_heartbeat_request_from_the_server_is_answered_at_once()
    {
        var connection = await ConnectReadyAsync();
        var before = _time.GetUtcNow();

        await connection.SendAsync("""{"op":1,"d":null}""");
        var beat = await connection.ExpectAsync(1);

        Assert.Equal(before, beat.At);
        Assert.Equal(1, beat.D.GetInt32());
    }

    [Fact]
    public async Task A_zombie_connection_is_dropped_and_resumed_and_replayed_events_are_handled_once()
    {
        _fake.HeartbeatIntervalMs = 1000;
        var connection = await ConnectReadyAsync();
        await connection.SendInteractionAsync(2, "501");
        await _handler.NextAsync();

        connection.AckHeartbeats = false;
        var closeStatus = await _time.AdvanceUntilAsync(connection.Closed, Step);

        Assert.NotNull(closeStatus);
        Assert.NotEqual(WebSocketCloseStatus.NormalClosure, closeStatus);
        Assert.NotEqual(WebSocketCloseStatus.EndpointUnavailable, closeStatus);

        var resumed = await _fake.NextConnectionAsync();
        var resume = (await resumed.ExpectAsync(6)).D;
        Assert.Equal("/resume", resumed.Path);
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.GetProperty("seq").GetInt32());
        Assert.Equal(DiscordTestHost.Token, resume.GetProperty("token").GetString());

        // Discord replays from the last sequence it believes we saw; 2 was already handled.
        await resumed.SendInteractionAsync(2, "501");
        await resumed.SendInteractionAsync(3, "502");
        await resumed.SendInteractionAsync(4, "503");
        await resumed.SendDispatchAsync("RESUMED", 5, "{}");
        await _handler.NextAsync();
        await _handler.NextAsync();
        await TestTime.WaitUntilAsync(() => _host.Gateway.Shards.Single().Session.Sequence == 5);

        // Handlers run concurrently, so only the set is certain, and each id once.
        Assert.Equal(["501", "502", "503"], _handler.Handled.Select(i => i.Id).Order());
        Assert.Equal(0, resumed.CountOf(2));
        Assert.Equal(5, _host.Gateway.Shards.Single().Session.Sequence);
    }

    [Theory]
    [InlineData("""{"op":7,"d":null}""")]
    [InlineData("""{"op":9,"d":true}""")]
    public async Task Reconnect_request_or_resumable_invalid_session_resumes(string payload)
    {
        var connection = await ConnectReadyAsync();

        await connection.SendAsync(payload);
        var closeStatus = await connection.Closed.WithGuard();
        var next = await _fake.NextConnectionAsync();
        var resume = (await next.ExpectAsync(6)).D;

        Assert.NotEqual(WebSocketCloseStatus.NormalClosure, closeStatus);
        Assert.Equal("/resume", next.Path);
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(1, resume.GetProperty("seq").GetInt32());
    }

    [Fact]
    public async Task Invalid_session_without_resume_identifies_anew_after_one_to_five_seconds()
    {
        var connection = await ConnectReadyAsync();
        // Past the 5 s identify window of the first Identify, so only the invalid-session wait is measured.
        await _time.AdvanceByAsync(TimeSpan.FromSeconds(6), TimeSpan.FromMilliseconds(500));
        var invalidatedAt = _time.GetUtcNow();

        await connection.SendAsync("""{"op":9,"d":false}""");
        await connection.Closed.WithGuard();
        var next = await _time.AdvanceUntilAsync(_fake.NextConnectionAsync(), TimeSpan.FromMilliseconds(100));
        var identify = await next.ExpectAsync(2);

        Assert.Equal("/gateway", next.Path);
        Assert.InRange((identify.At - invalidatedAt).TotalSeconds, 1, 5);
        Assert.Equal(0, next.CountOf(6));
        Assert.Null(_host.Gateway.Shards.Single().Session.SessionId);
    }

    [Fact]
    public async Task Server_close_4000_resumes()
    {
        var connection = await ConnectReadyAsync();

        await connection.CloseAsync(4000);
        var next = await _fake.NextConnectionAsync();
        var resume = (await next.ExpectAsync(6)).D;

        Assert.Equal("/resume", next.Path);
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task An_abrupt_tcp_drop_resumes()
    {
        var connection = await ConnectReadyAsync();

        connection.Abort();
        var next = await _fake.NextConnectionAsync();
        var resume = (await next.ExpectAsync(6)).D;

        Assert.Equal("/resume", next.Path);
        Assert.Equal(1, resume.GetProperty("seq").GetInt32());
    }

    [Theory]
    [InlineData(4004, "authentication failed", "Bot:Discord:Token")]
    [InlineData(4014, "disallowed intents", "Bot:Discord:Intents")]
    public async Task Fatal_close_codes_stop_with_one_clear_error_and_no_retry(int code, string cause, string setting)
    {
        _host.StartGateway();
        var connection = await _fake.NextConnectionAsync();
        await connection.ExpectAsync(2);

        await connection.CloseAsync(code);
        var error = await Assert.ThrowsAsync<DiscordGatewayFatalException>(() => _host.Running!.WithGuard());
        await _time.AdvanceByAsync(TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(5));

        Assert.Equal(code, error.CloseCode);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Contains(cause, error.Message, StringComparison.Ordinal);
        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
        Assert.Single(_fake.Connections);
    }

    [Fact]
    public async Task Payloads_larger_than_4096_bytes_arrive_in_many_frames_and_are_read_whole()
    {
        var connection = await ConnectReadyAsync();
        var big = string.Concat(Enumerable.Repeat("核聚变 fusion ", 3000));

        var payload = $$"""{"op":0,"t":"INTERACTION_CREATE","s":2,"d":{{FakePayloads.CommandInteraction("600", optionValue: big)}}}""";
        await connection.SendFramesAsync(Encoding.UTF8.GetBytes(payload), frameSize: 1000);
        var interaction = await _handler.NextAsync();

        Assert.True(Encoding.UTF8.GetByteCount(payload) > 10 * 4096);
        Assert.Equal(big, interaction.Data!.Options![0].Options![0].ValueAsString());
    }

    [Fact]
    public async Task Connections_that_keep_failing_before_READY_back_off_with_growing_jittered_delays()
    {
        _host.StartGateway();
        var expected = new[] { 0.75, 1.5, 3.0 }; // SequenceRandom(0.5): three quarters of 1 s, 2 s, 4 s.

        var connection = await _fake.NextConnectionAsync();
        for (var attempt = 0; attempt < expected.Length; attempt++)
        {
            await connection.CloseAsync(4000);
            var failures = attempt + 1;
            await TestTime.WaitUntilAsync(() => _host.Logs.WithId(5503).Count == failures);
            var next = _fake.NextConnectionAsync();
            await _time.AssertHeldUntilAsync(next, TimeSpan.FromSeconds(expected[attempt]));
            connection = await next;
        }
    }

    [Fact]
    public async Task When_the_resume_url_cannot_be_reached_the_session_is_resumed_through_the_gateway_url()
    {
        _host.StartGateway();
        var connection = await _fake.NextConnectionAsync();
        await connection.ExpectAsync(2);
        await connection.SendReadyAsync(resumeUrl: "ws://127.0.0.1:1/resume");
        await TestTime.WaitUntilAsync(() => _host.Gateway.Shards.SingleOrDefault()?.Session.SessionId is not null);

        connection.Abort();
        var next = await _time.AdvanceUntilAsync(_fake.NextConnectionAsync(), Step);
        var resume = (await next.ExpectAsync(6)).D;

        Assert.Equal("/gateway", next.Path);
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task Stopping_closes_with_1000_so_the_session_ends_at_once()
    {
        var connection = await ConnectReadyAsync();

        await _host.DisposeAsync();

        Assert.Equal(WebSocketCloseStatus.NormalClosure, await connection.Closed.WithGuard());
    }

    private async Task<FakeGatewayConnection> ConnectReadyAsync()
    {
        _host.StartGateway();
        var connection = await _fake.NextConnectionAsync();
        await connection.ExpectAsync(2);
        await connection.SendReadyAsync();
        await TestTime.WaitUntilAsync(() => _host.Gateway.Shards.SingleOrDefault()?.Session.SessionId is not null);
        return connection;
    }

    private int Acknowledged() => _host.Logs.WithId(5511).Count;

    internal static int[] ShardOf(JsonElement identify) => identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()).ToArray();
}
