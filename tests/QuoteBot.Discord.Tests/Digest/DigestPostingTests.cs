using QuoteBot.Digest.Admin;
using QuoteBot.Discord.Tests.Commands;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Digest;

/// <summary>The daily post on the fake Discord: once per channel and day, same nonce on every retry, broken channels turned off.</summary>
public sealed class DigestPostingTests
{
    private static readonly Dictionary<string, string?> DigestOn = new() { ["Bot:Digest:Enabled"] = "true" };

    /// <summary>The clock starts at 00:00 UTC; the slot is two minutes later.</summary>
    private const string Slot = "00:02";

    [Fact]
    public async Task At_the_slot_exactly_one_message_is_created_with_the_context_button_no_pings_and_the_nonce()
    {
        await using var bot = await DiscordBotHarness.StartAsync(DigestOn);
        var admin = bot.Get<IDigestAdmin>();
        var slot = new DateTimeOffset(2026, 1, 1, 0, 2, 0, TimeSpan.Zero);
        var mark = bot.Time.Mark();
        await admin.SetAsync(new DigestSetRequest("discord", "701", Slot, "UTC", "5") { Pin = true });

        // The digest loop, woken by the new target, sleeps until the slot: the clock moves exactly there.
        await bot.Time.AdvanceToTimerAsync(mark, d => d == slot - bot.Time.GetUtcNow());
        await TestTime.WaitUntilAsync(() => bot.Fake.Channels.Pins.Count == 1);
        await bot.Time.AdvanceByAsync(TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(5));
        await bot.Host.Services.DigestAsleepAsync();

        var message = Assert.Single(bot.Fake.Channels.Created);
        Assert.Equal("701", message.ChannelId);
        Assert.Equal(slot, bot.Fake.RequestsTo("channels/701/messages").Single().At);
        var body = message.Body;
        Assert.Equal(0, body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.True(body.GetProperty("enforce_nonce").GetBoolean());
        Assert.Matches("^[0-9a-f]{20}$", message.Nonce);
        Assert.Single(body.GetProperty("embeds").EnumerateArray());
        var buttons = body.GetProperty("components")[0].GetProperty("components").EnumerateArray().ToList();
        Assert.Contains(buttons, b => b.GetProperty("custom_id").GetString()!.StartsWith("qb:c:", StringComparison.Ordinal));
        Assert.Equal(("701", message.Id), bot.Fake.Channels.Pins.Single());

        var status = await admin.StatusAsync("discord", "701");
        Assert.Equal(message.Id, status.LastMessageId);
    }

    [Fact]
    public async Task A_create_lost_after_Discord_made_the_message_is_retried_with_the_same_nonce_and_posts_once()
    {
        await using var bot = await DiscordBotHarness.StartAsync(DigestOn);
        // Discord makes the message and the answer is lost, four times: the REST pipeline retries three times, then the
        // digest postpones the delivery and sends again later, always with the delivery's key.
        for (var i = 0; i < 4; i++)
        {
            bot.Fake.Enqueue("POST", "channels/702/messages", new FakeResponse(500) { CreatesFirst = true });
        }

        await bot.Get<IDigestAdmin>().SetAsync(new DigestSetRequest("discord", "702", Slot, "UTC", "5"));

        await bot.Time.AdvanceUntilAsync(() => bot.Fake.RequestsTo("channels/702/messages").Count >= 5);
        await bot.Time.AdvanceUntilAsync(async () => (await bot.Get<IDigestAdmin>().StatusAsync("discord", "702")).LastMessageId is not null);
        await bot.Host.Services.DigestAsleepAsync();

        var attempts = bot.Fake.RequestsTo("channels/702/messages");
        Assert.Equal(5, attempts.Count);
        Assert.Single(attempts.Select(a => a.Json.GetProperty("nonce").GetString()).Distinct());
        var message = Assert.Single(bot.Fake.Channels.In("702"));
        Assert.Equal(4, bot.Fake.Channels.DroppedRepeats);
        Assert.Equal(message.Id, (await bot.Get<IDigestAdmin>().StatusAsync("discord", "702")).LastMessageId);
    }

    [Fact]
    public async Task Channels_answering_50013_and_10003_are_turned_off_with_the_reason_and_the_rest_are_delivered()
    {
        await using var bot = await DiscordBotHarness.StartAsync(DigestOn);
        bot.Fake.Enqueue("POST", "channels/801/messages", FakeResponse.Error(403, 50013, "Missing Permissions"));
        bot.Fake.Enqueue("POST", "channels/802/messages", FakeResponse.Error(404, 10003, "Unknown Channel"));
        var admin = bot.Get<IDigestAdmin>();
        foreach (var channel in new[] { "801", "802", "803", "804", "805" })
        {
            await admin.SetAsync(new DigestSetRequest("discord", channel, Slot, "UTC", "5"));
        }

        await bot.Time.AdvanceUntilAsync(() => bot.Fake.Channels.Created.Count == 3);
        await bot.Time.AdvanceUntilAsync(async () => !(await admin.StatusAsync("discord", "801")).Enabled && !(await admin.StatusAsync("discord", "802")).Enabled);

        Assert.Equal(["803", "804", "805"], bot.Fake.Channels.Created.Select(m => m.ChannelId).Order());
        Assert.Contains("50013", (await admin.StatusAsync("discord", "801")).DisabledReason, StringComparison.Ordinal);
        Assert.Contains("10003", (await admin.StatusAsync("discord", "802")).DisabledReason, StringComparison.Ordinal);

        // /daily status tells the admin why.
        var status = await bot.InteractAsync(DailyInteractions.Status("801"));
        Assert.Contains("It is off (50013: Missing Permissions)", status.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);

        // Tried once each, not again the next day.
        await bot.Time.AdvanceByAsync(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10));
        await bot.Host.Services.DigestAsleepAsync();
        Assert.Single(bot.Fake.RequestsTo("channels/801/messages"));
        Assert.Single(bot.Fake.RequestsTo("channels/802/messages"));
    }
}
