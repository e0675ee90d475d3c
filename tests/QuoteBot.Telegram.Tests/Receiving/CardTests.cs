using System.Buffers.Binary;
using Microsoft.Extensions.DependencyInjection;
using QuoteBot.Core.Replies;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Testing;
using Serilog.Core;

namespace QuoteBot.Telegram.Tests.Receiving;

/// <summary>/card over the fake Bot API: a photo uploaded once, then sent by its file_id; a card that cannot be drawn is the quote as text.</summary>
public sealed class CardTests
{
    [Fact]
    public async Task The_first_card_q14_uploads_a_png_and_the_second_sends_the_file_id_telegram_gave()
    {
        await using var bot = await TelegramBotHarness.StartAsync();

        bot.Api.Enqueue(Updates.Message("/card q14"));
        var first = await bot.Api.WaitForCallAsync(c => c.Method == "sendPhoto");
        // Answered and its file_id kept before the second asks (updates are handled side by side).
        await bot.SettledAsync();
        var png = Assert.Single(bot.Api.Photos.Uploaded);
        Assert.Equal(0x89, png[0]);
        Assert.Equal("PNG", System.Text.Encoding.ASCII.GetString(png, 1, 3));
        Assert.Equal((1080, 1350), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        Assert.StartsWith("attach://", first.Body["photo"]!.GetValue<string>(), StringComparison.Ordinal); // the file is a part of its own
        var caption = first.Body["caption"]!.GetValue<string>();
        Assert.Equal("q14 · Sam Altman\n/context q14: the question and the paragraph around it", caption);
        Assert.Equal("html", first.Body["parse_mode"]!.GetValue<string>(), ignoreCase: true);
        var buttons = System.Text.Json.Nodes.JsonNode.Parse(first.Body["reply_markup"]!.GetValue<string>())!["inline_keyboard"]![0]!.AsArray()
            .Select(b => b!["callback_data"]!.GetValue<string>()).ToList();
        Assert.Equal(["a", "c:q14", "t:energy"], buttons);

        bot.Api.Enqueue(Updates.Message("/card q14"));
        var second = await bot.Api.WaitForCallAsync(c => c.Method == "sendPhoto", count: 2);
        Assert.StartsWith("AgACAgIAAxkBAAI", second.Body["photo"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("-full", second.Body["photo"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(bot.Api.Photos.Uploaded);
        Assert.Empty(bot.Api.Sent);
    }

    [Fact]
    public async Task The_card_button_under_a_quote_answers_with_the_card()
    {
        await using var bot = await TelegramBotHarness.StartAsync();

        bot.Api.Enqueue(Updates.Message("/quote q07"));
        var quote = await bot.Api.WaitForSendAsync();
        var button = quote.Body["reply_markup"]!["inline_keyboard"]![0]!.AsArray().Last()!;
        Assert.Equal("🖼 Card", button["text"]!.GetValue<string>());
        Assert.Equal("/card q07", button["callback_data"]!.GetValue<string>());

        bot.Api.Enqueue(Updates.Callback("/card q07", id: "card-press"));
        var photo = await bot.Api.WaitForCallAsync(c => c.Method == "sendPhoto");
        Assert.StartsWith("q07 · ", photo.Body["caption"]!.GetValue<string>(), StringComparison.Ordinal);
        await bot.Api.WaitForCallAsync(c => c.Method == "answerCallbackQuery" && c.Body["callback_query_id"]!.GetValue<string>() == "card-press");
    }

    [Fact]
    public async Task A_card_that_cannot_be_drawn_is_sent_as_the_quote_in_text_with_an_error_logged()
    {
        var log = new RecordingLogSink();
        await using var bot = await TelegramBotHarness.StartAsync(
            services: s => s.AddSingleton<ILogEventSink>(log).AddSingleton<ICardImages, BrokenCardImages>());

        bot.Api.Enqueue(Updates.Message("/card q14"));
        var sent = await bot.Api.WaitForSendAsync();
        TelegramHtmlCheck.AssertValid(sent.Text);
        Assert.Contains("<code>q14</code>", sent.Text, StringComparison.Ordinal);
        var error = await log.WaitForAsync(3010);
        Assert.Equal(Serilog.Events.LogEventLevel.Error, error.Level);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Empty(bot.Api.CallsTo("sendPhoto"));
    }
}
