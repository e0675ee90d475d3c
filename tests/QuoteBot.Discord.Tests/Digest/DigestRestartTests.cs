using QuoteBot.Digest.Admin;
using QuoteBot.Discord.Tests.Commands;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Digest;

/// <summary>A host stopped in the middle of a fan-out, and a new one started on the same SQLite file and the same fake Discord.</summary>
public sealed class DigestRestartTests
{
    [Fact]
    public async Task A_host_stopped_between_claim_and_answer_resumes_with_the_same_nonce_and_every_channel_has_one_post()
    {
        var time = TestTime.NewClock();
        await using var fake = await FakeDiscord.StartAsync(time);
        using var data = TempDirectory.Create("quotebot-dcdigest-restart");
        var settings = new Dictionary<string, string?>
        {
            ["Bot:Digest:Enabled"] = "true",
            ["Bot:Storage:DataDirectory"] = data.Path,
        };
        // Discord makes channel 902's message, and the answer never comes: the host is stopped while waiting for it.
        fake.Enqueue("POST", "channels/902/messages", new FakeResponse(200, Hang: true) { CreatesFirst = true });

        await using (var first = await DiscordBotHarness.StartAsync(settings, fake: fake, time: time, connectGateway: false))
        {
            var admin = first.Get<IDigestAdmin>();
            foreach (var channel in new[] { "901", "902", "903" })
            {
                await admin.SetAsync(new DigestSetRequest("discord", channel, "00:02", "UTC", "5"));
            }

            await first.Time.AdvanceUntilAsync(() => fake.Channels.Created.Count == 3);
        }

        // The stopped host may already have retried the hung create (its timeout runs on the fake clock): same nonce.
        var beforeRestart = fake.RequestsTo("channels/902/messages");
        Assert.NotEmpty(beforeRestart);
        Assert.Single(beforeRestart.Select(r => r.Json.GetProperty("nonce").GetString()).Distinct());
        await using (var second = await DiscordBotHarness.StartAsync(settings, fake: fake, time: time, connectGateway: false))
        {
            await time.AdvanceUntilAsync(async () => (await second.Get<IDigestAdmin>().StatusAsync("discord", "902")).LastMessageId is not null);
            await time.AdvanceByAsync(TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(10));
            await second.Host.Services.DigestAsleepAsync();

            // Either the stopped host's own retry or the restarted host's resend met the message Discord had made.
            var attempts = fake.RequestsTo("channels/902/messages");
            Assert.True(attempts.Count >= 2);
            Assert.Single(attempts.Select(a => a.Json.GetProperty("nonce").GetString()).Distinct());
            // 902's repeat is dropped; 901 and 903 may be repeated too, if the host stopped after Discord answered and
            // before the delivery was recorded: either way each channel has one message.
            Assert.InRange(fake.Channels.DroppedRepeats, 1, 3);
            foreach (var channel in new[] { "901", "902", "903" })
            {
                Assert.Single(fake.Channels.In(channel));
                Assert.Single(fake.RequestsTo($"channels/{channel}/messages").Select(r => r.Json.GetProperty("nonce").GetString()).Distinct());
            }

            Assert.Equal(fake.Channels.In("902").Single().Id, (await second.Get<IDigestAdmin>().StatusAsync("discord", "902")).LastMessageId);
        }
    }
}
