using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using QuoteBot.Cards;
using QuoteBot.Core.Replies;
using QuoteBot.Discord.Rest;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Commands;

/// <summary>/card and the 🖼 button on the fake Discord: the PNG uploaded with the answer and shown in the quote's embed.</summary>
public sealed class CardTests
{
    [Fact]
    public async Task Card_q14_over_the_gateway_is_a_deferral_then_a_multipart_edit_whose_embed_shows_the_uploaded_png()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        var edit = await CardEditAsync(bot, Interactions.Command("card", "id", "q14"));

        Assert.Equal("PATCH", edit.Method);
        Assert.True(edit.IsMultipart);
        var data = edit.Json;
        var attachment = Assert.Single(data.GetProperty("attachments").EnumerateArray());
        Assert.Equal((0, "card-q14.png"), (attachment.GetProperty("id").GetInt32(), attachment.GetProperty("filename").GetString()));
        var embed = Assert.Single(data.GetProperty("embeds").EnumerateArray());
        Assert.Equal("attachment://card-q14.png", embed.GetProperty("image").GetProperty("url").GetString());
        Assert.EndsWith("· q14", embed.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(data.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        var buttons = data.GetProperty("components")[0].GetProperty("components").EnumerateArray().Select(b => b.GetProperty("custom_id").GetString()).ToList();
        Assert.Contains("qb:c:q14", buttons);

        var file = Assert.Single(edit.Files);
        Assert.Equal(("card-q14.png", "image/png"), (file.FileName, file.ContentType));
        AssertCardPng(file.Bytes);
    }

    [Fact]
    public async Task The_card_button_under_a_quote_answers_with_the_card()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var quote = await bot.InteractAsync(Interactions.Command("quote", "id", "q07"));
        var button = quote.GetProperty("data").GetProperty("components")[0].GetProperty("components").EnumerateArray().Last();
        Assert.Equal("🖼 Card", button.GetProperty("label").GetString());

        var edit = await CardEditAsync(bot, Interactions.Button(button.GetProperty("custom_id").GetString()!));

        Assert.Equal("card-q07.png", Assert.Single(edit.Files).FileName);
        Assert.Equal("attachment://card-q07.png", edit.Json.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        AssertCardPng(edit.Files[0].Bytes);
    }

    [Fact]
    public async Task An_upload_whose_first_attempts_time_out_and_502_is_retried_within_the_token_and_lands()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var interaction = Interactions.Command("card", "id", "q14");
        var token = interaction["token"]!.GetValue<string>();
        var original = $"webhooks/1234/{token}/messages/@original";
        // A slow uplink: the first upload never finishes; the next meets a 502; the third lands.
        bot.Fake.Enqueue("PATCH", original, new FakeResponse(200, Hang: true));
        bot.Fake.Enqueue("PATCH", original, FakeResponse.Error(502, 0, "Bad Gateway"));
        var mark = bot.Time.Mark();

        await CardEditAsync(bot, interaction);
        // The held attempt ends by the bot's own timeout on the fake clock, then the backoff: no real waiting.
        await bot.Time.AdvanceToTimerAsync(mark, d => d == DiscordRestPipeline.AttemptTimeout);
        var edited = await bot.Time.AdvanceUntilAsync(bot.Fake.Interactions.EditAsync(token), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2));

        Assert.Contains("card-q14.png", edited, StringComparison.Ordinal);
        var attempts = bot.Fake.RequestsTo(original);
        Assert.Equal(3, attempts.Count);
        Assert.All(attempts, a => AssertCardPng(Assert.Single(a.Files).Bytes));
        Assert.Equal(5, JsonDocument.Parse(await bot.Fake.Interactions.AnswerAsync(interaction["id"]!.GetValue<string>())).RootElement.GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task A_slow_drawing_defers_and_the_edit_of_the_original_uploads_the_card()
    {
        using var gate = new ManualResetEventSlim();
        await using var bot = await DiscordBotHarness.StartAsync(configure: s => s.AddSingleton<ICardImages>(sp => new GatedCardImages(ActivatorUtilities.CreateInstance<CardImages>(sp), gate)));
        var interaction = Interactions.Command("card", "id", "q14");
        var token = interaction["token"]!.GetValue<string>();
        var mark = bot.Time.Mark();
        var callback = bot.Fake.WaitForRequestAsync($"interactions/{interaction["id"]}/");
        await bot.SendAsync(interaction);

        // The drawing holds the reply past the 2-second budget: the answer is the deferral.
        await bot.Time.AdvanceToTimerAsync(mark, d => d == TimeSpan.FromSeconds(2));
        var deferred = await callback.WaitAsync(TestTime.Guard);
        Assert.Equal(5, deferred.Json.GetProperty("type").GetInt32());
        Assert.False(deferred.IsMultipart);

        var edit = bot.Fake.WaitForRequestAsync($"webhooks/1234/{token}/messages/@original");
        gate.Set();
        var edited = await edit.WaitAsync(TestTime.Guard);
        Assert.Equal("PATCH", edited.Method);
        Assert.True(edited.IsMultipart);
        Assert.Equal("attachment://card-q14.png", edited.Json.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        Assert.Equal(0, edited.Json.GetProperty("attachments")[0].GetProperty("id").GetInt32());
        AssertCardPng(Assert.Single(edited.Files).Bytes);
        Assert.Contains("card-q14.png", await bot.Fake.Interactions.EditAsync(token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_that_cannot_be_drawn_is_the_quote_in_text_with_an_error_logged()
    {
        await using var bot = await DiscordBotHarness.StartAsync(configure: s => s.AddSingleton<ICardImages, BrokenCardImages>());

        var callback = bot.Fake.WaitForRequestAsync("interactions/");
        await bot.SendAsync(Interactions.Command("card", "id", "q14"));
        var answer = await callback.WaitAsync(TestTime.Guard);

        Assert.False(answer.IsMultipart);
        Assert.Empty(answer.Files);
        var embed = answer.Json.GetProperty("data").GetProperty("embeds")[0];
        Assert.False(embed.TryGetProperty("image", out _));
        Assert.False(answer.Json.GetProperty("data").TryGetProperty("attachments", out _));
        Assert.EndsWith("· q14", embed.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
        var error = await bot.Logs.WaitForAsync(5105);
        Assert.Equal(Serilog.Events.LogEventLevel.Error, error.Level);
        Assert.IsType<InvalidOperationException>(error.Exception);
    }

    /// <summary>A PNG (signature and IHDR) of the 4:5 card, 1080×1350.</summary>
    internal static void AssertCardPng(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png.AsSpan(0, 8).ToArray());
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal((1080, 1350), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
    }

    /// <summary>
    /// Sends the interaction over the gateway, checks that the first answer is a deferral without files (an upload
    /// never rides in the 3-second callback) and returns the first edit of @original, which carries the card.
    /// </summary>
    internal static async Task<RecordedRequest> CardEditAsync(DiscordBotHarness bot, JsonObject interaction, bool ephemeral = false)
    {
        var callback = bot.Fake.WaitForRequestAsync($"interactions/{interaction["id"]}/");
        await bot.SendAsync(interaction);
        var deferral = await callback.WaitAsync(TestTime.Guard);
        Assert.False(deferral.IsMultipart);
        Assert.Equal(5, deferral.Json.GetProperty("type").GetInt32());
        var flags = deferral.Json.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("flags", out var set) ? set.GetInt32() : 0;
        Assert.Equal(ephemeral ? 64 : 0, flags);
        return await bot.Fake.WaitForRequestAsync($"webhooks/1234/{interaction["token"]}/messages/@original").WaitAsync(TestTime.Guard);
    }

    /// <summary>The real renderer, held until the test opens the gate: a drawing slower than the answer's budget.</summary>
    private sealed class GatedCardImages(ICardImages inner, ManualResetEventSlim gate) : ICardImages
    {
        public string KeyOf(CardRequest card) => inner.KeyOf(card);

        public byte[] Render(CardRequest card)
        {
            gate.Wait(TestTime.Guard);
            return inner.Render(card);
        }
    }
}
