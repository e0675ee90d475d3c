using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NSec.Cryptography;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Hosting;

namespace QuoteBot.Discord.Tests.Commands;

public sealed class GatewayAndHttpTests : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);

    public void Dispose() => _key.Dispose();

    [Theory]
    [InlineData("context", "id", "q14")]
    [InlineData("topic", "topic", "ads")] // a topic of one quote: each host shuffles a topic of several on its own
    [InlineData("search", "query", "核聚变")]
    [InlineData("help", null, null)]
    public async Task The_same_interaction_gets_the_same_reply_through_the_gateway_and_the_http_endpoint(string command, string? option, string? value)
    {
        var interaction = Interactions.Command(command, option, value, locale: "zh-CN");

        await using var gateway = await DiscordBotHarness.StartAsync();
        var viaGateway = await gateway.InteractAsync(interaction);

        await using var http = await StartHttpAsync();
        var viaHttp = await PostAsync(http, interaction);

        Assert.Equal(JsonNode.Parse(viaGateway.GetRawText())!.ToJsonString(), JsonNode.Parse(viaHttp.GetRawText())!.ToJsonString());
        Assert.Empty(http.Fake.Connections);
    }

    [Fact]
    public async Task A_slow_reply_through_the_http_endpoint_is_a_deferral_in_the_body_then_one_edit()
    {
        using var slow = new GatedCommand();
        await using var http = await StartHttpAsync(slow);
        var interaction = Interactions.Command("slow");
        var token = interaction["token"]!.GetValue<string>();
        var mark = http.Time.Mark();
        var posted = PostAsync(http, interaction);

        await http.Time.AdvanceToTimerAsync(mark, d => d == TimeSpan.FromSeconds(2));
        var deferred = await posted.WaitAsync(TestTime.Guard);
        Assert.Equal(5, deferred.GetProperty("type").GetInt32());

        var edit = http.Fake.WaitForRequestAsync($"webhooks/1234/{token}/messages/@original");
        slow.Gate.Set();
        var edited = await edit.WaitAsync(TestTime.Guard);
        Assert.Equal("PATCH", edited.Method);
        Assert.Contains("finally done", edited.Body, StringComparison.Ordinal);
        Assert.Empty(http.Fake.RequestsTo("interactions/"));
    }

    [Fact]
    public async Task A_card_through_the_http_endpoint_is_a_deferral_in_the_body_then_an_edit_that_uploads_the_png()
    {
        await using var http = await StartHttpAsync();
        var interaction = Interactions.Command("card", "id", "q14");
        var token = interaction["token"]!.GetValue<string>();
        var edit = http.Fake.WaitForRequestAsync($"webhooks/1234/{token}/messages/@original");

        // Discord documents uploads for the callback route and the edits, not for the endpoint's response body.
        var answer = await PostAsync(http, interaction);
        Assert.Equal(5, answer.GetProperty("type").GetInt32());

        var edited = await edit.WaitAsync(TestTime.Guard);
        Assert.Equal("PATCH", edited.Method);
        Assert.True(edited.IsMultipart);
        Assert.Equal("attachment://card-q14.png", edited.Json.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        CardTests.AssertCardPng(Assert.Single(edited.Files).Bytes);
        Assert.Empty(http.Fake.RequestsTo("interactions/"));
    }

    private Task<DiscordBotHarness> StartHttpAsync(GatedCommand? slow = null) =>
        DiscordBotHarness.StartAsync(
            new Dictionary<string, string?>
            {
                ["Bot:Discord:Mode"] = "http",
                ["Bot:Discord:PublicKey"] = Convert.ToHexString(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
            },
            extraHandlers: slow is null ? null : [slow],
            connectGateway: false);

    /// <summary>Posts the interaction to the endpoint, signed as Discord signs it, and returns the response body.</summary>
    private async Task<JsonElement> PostAsync(DiscordBotHarness http, JsonObject interaction)
    {
        var endpoint = new Uri(new Uri(http.Get<HttpEndpointHost>().Addresses[0]), "/discord/interactions");
        using var client = new HttpClient();
        var body = interaction.ToJsonString();
        var timestamp = http.Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexString(SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body))).ToLowerInvariant());
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
