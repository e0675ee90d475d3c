using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NSec.Cryptography;
using QuoteBot.Discord.Interactions;
using QuoteBot.Discord.Models;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;
using Serilog.Events;

namespace QuoteBot.Discord.Tests.Interactions;

/// <summary><c>MapDiscordInteractions</c> on Kestrel, with requests signed the way Discord signs them.</summary>
public sealed class InteractionsEndpointTests : IAsyncLifetime
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly TestClock _time = TestTime.NewClock();
    private readonly RecordingInteractionHandler _handler = new();
    private WebApplication _app = null!;
    private Uri _baseUri = null!;

    public async Task InitializeAsync() => await StartAsync(withHandler: true);

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _key.Dispose();
    }

    [Fact]
    public async Task A_signed_ping_is_answered_with_pong()
    {
        using var response = await PostAsync("""{"id":"1","application_id":"1234","type":1,"token":"t","version":1}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
        Assert.Empty(_handler.Handled);
    }

    [Fact]
    public async Task A_signed_command_goes_to_the_handler_and_its_response_is_the_body()
    {
        using var response = await PostAsync(FakePayloads.CommandInteraction("700"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Equal(0, body.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal("700", Assert.Single(_handler.Handled).Id);
    }

    [Fact]
    public async Task A_tampered_body_is_refused()
    {
        var body = FakePayloads.CommandInteraction("701");
        var (signature, timestamp) = Sign(body);

        using var response = await PostAsync(body.Replace("energy", "secret", StringComparison.Ordinal), signature, timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_handler.Handled);
    }

    [Fact]
    public async Task A_signature_by_another_key_is_refused()
    {
        using var other = Key.Create(SignatureAlgorithm.Ed25519);
        var body = FakePayloads.CommandInteraction("702");
        var (signature, timestamp) = Sign(body, other);

        using var response = await PostAsync(body, signature, timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task A_missing_signature_header_is_refused(bool withSignature, bool withTimestamp)
    {
        var body = FakePayloads.CommandInteraction("703");
        var (signature, timestamp) = Sign(body);

        using var response = await PostAsync(body, withSignature ? signature : null, withTimestamp ? timestamp : null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_request_signed_more_than_five_minutes_ago_is_refused_as_a_replay()
    {
        var body = FakePayloads.CommandInteraction("704");
        var (signature, timestamp) = Sign(body);

        _time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var response = await PostAsync(body, signature, timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_handler.Handled);
    }

    [Fact]
    public async Task Without_a_handler_an_interaction_is_ignored_with_a_debug_log()
    {
        await _app.DisposeAsync();
        var logs = await StartAsync(withHandler: false);

        using var response = await PostAsync(FakePayloads.CommandInteraction("705"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(logs.WithId(5300), e => e.Level == LogEventLevel.Debug);
    }

    private async Task<RecordingLogSink> StartAsync(bool withHandler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var logs = new RecordingLogSink();
        builder.Logging.ClearProviders().AddProvider(logs.AsLoggerProvider()).SetMinimumLevel(LogLevel.Debug);
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Discord:Token"] = DiscordTestHost.Token,
            ["Bot:Discord:ApplicationId"] = "1234",
            ["Bot:Discord:Mode"] = "http",
            ["Bot:Discord:PublicKey"] = Convert.ToHexString(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
        });
        builder.Services.AddSingleton<TimeProvider>(_time);
        if (withHandler)
        {
            builder.Services.AddSingleton<IDiscordInteractionHandler>(_handler);
        }

        builder.Services.AddDiscordTransport(builder.Configuration);
        _app = builder.Build();
        _app.MapDiscordInteractions();
        await _app.StartAsync();
        _baseUri = new Uri(_app.Urls.Single());
        return logs;
    }

    private (string Signature, string Timestamp) Sign(string body, Key? key = null)
    {
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SignatureAlgorithm.Ed25519.Sign(key ?? _key, Encoding.UTF8.GetBytes(timestamp + body));
        return (Convert.ToHexString(signature).ToLowerInvariant(), timestamp);
    }

    private Task<HttpResponseMessage> PostAsync(string body)
    {
        var (signature, timestamp) = Sign(body);
        return PostAsync(body, signature, timestamp);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? signature, string? timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions")
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (signature is not null)
        {
            request.Headers.Add("X-Signature-Ed25519", signature);
        }

        if (timestamp is not null)
        {
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        using var http = new HttpClient { BaseAddress = _baseUri };
        return await http.SendAsync(request).WithGuard();
    }
}
