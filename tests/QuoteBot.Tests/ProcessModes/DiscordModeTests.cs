using System.Globalization;
using System.Net;
using System.Text;
using NSec.Cryptography;
using QuoteBot.Discord.Tests.Commands;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Tests.ProcessModes;

/// <summary>Discord's two modes: the gateway websocket (default) and the HTTP interactions endpoint.</summary>
[Trait("Category", BotProcess.Category)]
public sealed class DiscordModeTests
{
    [Fact]
    public async Task The_gateway_answers_topic_energy_shows_ready_and_exits_0_on_sigterm()
    {
        await using var fake = await FakeDiscord.StartAsync(TimeProvider.System);
        using var data = TempDirectory.Create("quotebot-matrix");
        await using var bot = RunningBot.Start(ProcessEnvironment.Base(data).Discord(fake));
        var gateway = await GatewaySession.OpenAsync(fake);

        Assert.Contains("\"discord\":{\"ready\":true,\"detail\":\"shard 0 ready\"", await bot.ReadyAsync(), StringComparison.Ordinal);
        Assert.Contains("Energy", (await gateway.TopicEnergyAsync(fake, sequence: 2)).Body, StringComparison.Ordinal);
        Assert.Equal(0, await bot.StopAsync());
    }

    [Fact]
    public async Task The_http_endpoint_answers_a_signed_topic_energy_refuses_an_unsigned_one_and_exits_0_on_sigterm()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        await using var fake = await FakeDiscord.StartAsync(TimeProvider.System);
        using var data = TempDirectory.Create("quotebot-matrix");
        await using var bot = RunningBot.Start(ProcessEnvironment.Base(data).Discord(fake).With(new()
        {
            ["Bot__Discord__Mode"] = "http",
            ["Bot__Discord__PublicKey"] = Convert.ToHexString(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
        }));

        Assert.Contains("\"discord\":{\"ready\":true,\"detail\":\"interactions endpoint\"", await bot.ReadyAsync(), StringComparison.Ordinal);
        var endpoint = new Uri(await bot.AddressAsync(), "/discord/interactions");
        var body = Interactions.Command("topic", "topic", "energy").ToJsonString();

        HttpRequestMessage Request(bool signed)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (signed)
            {
                // Signed the way Discord signs: Ed25519 over the timestamp followed by the body.
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                var signature = SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body));
                request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
                request.Headers.Add("X-Signature-Timestamp", timestamp);
            }

            return request;
        }

        using (var unsigned = Request(signed: false))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await bot.SendAsync(unsigned)).Status);
        }

        using var signedRequest = Request(signed: true);
        var (status, reply) = await bot.SendAsync(signedRequest);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Energy", reply, StringComparison.Ordinal);
        Assert.Empty(fake.Connections);
        Assert.Equal(0, await bot.StopAsync());
    }
}
