using Microsoft.Extensions.DependencyInjection;
using QuoteBot.Core.Replies;
using QuoteBot.Digest.Admin;
using QuoteBot.Discord.Tests.Commands;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Digest;

/// <summary>A digest target with cards: one multipart post a day with the enforced nonce, also across a restart.</summary>
public sealed class DigestCardTests
{
    [Fact]
    public async Task A_card_target_posts_one_card_a_day_with_the_enforced_nonce_and_a_restart_posts_nothing_twice()
    {
        var time = TestTime.NewClock();
        await using var fake = await FakeDiscord.StartAsync(time);
        using var data = TempDirectory.Create("quotebot-dcdigest-card");
        var settings = new Dictionary<string, string?>
        {
            ["Bot:Digest:Enabled"] = "true",
            ["Bot:Storage:DataDirectory"] = data.Path,
            ["Bot:Digest:Targets:0:Platform"] = "discord",
            ["Bot:Digest:Targets:0:ChatId"] = "801",
            ["Bot:Digest:Targets:0:Time"] = "00:02",
            ["Bot:Digest:Targets:0:TimeZone"] = "UTC",
            ["Bot:Digest:Targets:0:Card"] = "true",
        };
        // Discord makes the first day's message and the answer never comes: the host is stopped while waiting for it.
        fake.Enqueue("POST", "channels/801/messages", new FakeResponse(200, Hang: true) { CreatesFirst = true });

        await using (var first = await DiscordBotHarness.StartAsync(settings, fake: fake, time: time, connectGateway: false))
        {
            await first.Time.AdvanceUntilAsync(() => fake.Channels.Created.Count == 1);
        }

        await using (var second = await DiscordBotHarness.StartAsync(settings, fake: fake, time: time, connectGateway: false))
        {
            var admin = second.Get<IDigestAdmin>();
            await time.AdvanceUntilAsync(async () => (await admin.StatusAsync("discord", "801")).LastMessageId is not null);
            await time.AdvanceUntilAsync(() => fake.Channels.Created.Count == 2, TimeSpan.FromMinutes(5));
            await time.AdvanceByAsync(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10));
            await second.Host.Services.DigestAsleepAsync();
        }

        var posts = fake.Channels.In("801");
        Assert.Equal(2, posts.Count);
        Assert.Equal(2, posts.Select(p => p.Nonce).Distinct().Count());
        foreach (var post in posts)
        {
            var file = Assert.Single(post.Files);
            CardTests.AssertCardPng(file.Bytes);
            Assert.Matches("^card-q[0-9]+\\.png$", file.FileName);
            var embed = Assert.Single(post.Body.GetProperty("embeds").EnumerateArray());
            Assert.Equal("attachment://" + file.FileName, embed.GetProperty("image").GetProperty("url").GetString());
            Assert.False(string.IsNullOrEmpty(embed.GetProperty("description").GetString()));
            Assert.True(post.Body.GetProperty("enforce_nonce").GetBoolean());
            Assert.Equal(0, post.Body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
            Assert.NotEmpty(post.Body.GetProperty("components").EnumerateArray());
        }

        // Every attempt was the multipart card; the first day's repeats all carried its nonce and were dropped.
        var attempts = fake.RequestsTo("channels/801/messages");
        Assert.All(attempts, a => Assert.True(a.IsMultipart));
        Assert.Equal(2, attempts.Select(a => a.Json.GetProperty("nonce").GetString()).Distinct().Count());
        Assert.Equal(attempts.Count - 2, fake.Channels.DroppedRepeats);
        Assert.True(fake.Channels.DroppedRepeats >= 1);
    }

    [Fact]
    public async Task A_card_that_cannot_be_drawn_posts_the_quote_in_text()
    {
        var settings = CardTarget("802");
        await using var bot = await DiscordBotHarness.StartAsync(
            settings,
            connectGateway: false,
            configure: s => s.AddSingleton<ICardImages, BrokenCardImages>());

        await bot.Time.AdvanceUntilAsync(() => bot.Fake.Channels.Created.Count == 1);

        var post = Assert.Single(bot.Fake.Channels.Created);
        Assert.Empty(post.Files);
        Assert.False(post.Body.GetProperty("embeds")[0].TryGetProperty("image", out _));
        Assert.False(bot.Fake.RequestsTo("channels/802/messages")[0].IsMultipart);
        Assert.NotEmpty(bot.Logs.WithId(5105));
    }

    [Fact]
    public async Task A_card_refused_for_missing_Attach_Files_goes_out_as_text_and_the_target_stays_on()
    {
        var settings = CardTarget("803");
        var time = TestTime.NewClock();
        await using var fake = await FakeDiscord.StartAsync(time);
        fake.Channels.DenyAttachFiles("803");
        await using var bot = await DiscordBotHarness.StartAsync(settings, fake: fake, time: time, connectGateway: false);

        var admin = bot.Get<IDigestAdmin>();
        await time.AdvanceUntilAsync(async () => (await admin.StatusAsync("discord", "803")).LastMessageId is not null);

        var post = Assert.Single(fake.Channels.In("803"));
        Assert.Empty(post.Files);
        Assert.False(post.Body.GetProperty("embeds")[0].TryGetProperty("image", out _));
        var attempts = fake.RequestsTo("channels/803/messages");
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[0].IsMultipart);
        Assert.False(attempts[1].IsMultipart);
        Assert.Equal(attempts[0].Json.GetProperty("nonce").GetString(), attempts[1].Json.GetProperty("nonce").GetString());
        var status = await admin.StatusAsync("discord", "803");
        Assert.True(status.Enabled);
        Assert.Null(status.DisabledReason);
        Assert.NotEmpty(bot.Logs.WithId(5203));
    }

    /// <summary>The settings of one configured card target in <paramref name="channel"/>, posting at 00:02 UTC.</summary>
    private static Dictionary<string, string?> CardTarget(string channel) => new()
    {
        ["Bot:Digest:Enabled"] = "true",
        ["Bot:Digest:Targets:0:Platform"] = "discord",
        ["Bot:Digest:Targets:0:ChatId"] = channel,
        ["Bot:Digest:Targets:0:Time"] = "00:02",
        ["Bot:Digest:Targets:0:TimeZone"] = "UTC",
        ["Bot:Digest:Targets:0:Card"] = "true",
    };
}
