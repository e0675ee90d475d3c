using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NSec.Cryptography;
using QuoteBot.Hosting;

namespace QuoteBot.Discord.Tests.Commands;

public sealed class GatewayAndHttpTests : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);

    public void Dispose() => _key.Dispose();

    [Theory]
    [InlineData("context", "id", "q14")]
    [InlineData("topic", "topic", "energy")]
    [InlineData("search", "query", "核聚变")]
    [InlineData("help", null, null)]
    public async Task The_same_interaction_gets_the_same_reply_through_the_gateway_and_the_http_endpoint(string command, string? option, string? value)
    {
        var interaction = Interactions.Command(command, option, value, locale: "zh-CN");

        await using var gateway = await DiscordBotHarness.StartAsync();
        var viaGateway = await gateway.InteractAsync(interaction);

        await using var http = await DiscordBotHarness.StartAsync(
            new Dictionary<string, string?>
            {
                ["Bot:Discord:Mode"] = "http",
                ["Bot:Discord:PublicKey"] = Convert.ToHexString(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
            },
            connectGateway: false);
        var endpoint = new Uri(new Uri(http.Get<HttpEndpointHost>().Addresses[0]), "/discord/interactions");
        using var client = new HttpClient();
        var body = interaction.ToJsonString();
        var timestamp = http.Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexString(SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body))).ToLowerInvariant());
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var viaHttp = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(JsonNode.Parse(viaGateway.GetRawText())!.ToJsonString(), JsonNode.Parse(viaHttp.GetRawText())!.ToJsonString());
        Assert.Empty(http.Fake.Connections);
    }
}
