using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.State;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Testing;
using Serilog.Core;

namespace QuoteBot.Telegram.Tests.Receiving;

/// <summary>Inline mode offers a quote's card as a cached photo once the bot has uploaded it in the query's language; text otherwise.</summary>
public sealed class InlineCardTests
{
    private const string Scope = "telegram:123456789";

    private static async Task<JsonArray> AnswerAsync(TelegramBotHarness bot, string query, string language, string id, int count)
    {
        bot.Api.Enqueue(Updates.Inline(query, language, id));
        var answer = await bot.Api.WaitForCallAsync(c => c.Method == "answerInlineQuery" && c.Body["inline_query_id"]!.GetValue<string>() == id, count);
        return answer.Body["results"]!.AsArray();
    }

    [Fact]
    public async Task After_a_card_was_sent_the_inline_query_offers_it_as_the_cached_photo_in_that_language_only()
    {
        await using var bot = await TelegramBotHarness.StartAsync();
        var before = Assert.Single(await AnswerAsync(bot, "q14", "en", "iq-before", 1));
        Assert.Equal("article", before!["type"]!.GetValue<string>());

        bot.Api.Enqueue(Updates.Message("/card q14"));
        await bot.Api.WaitForCallAsync(c => c.Method == "sendPhoto");
        await bot.SettledAsync();
        var fileId = await bot.Get<IUploadedFiles>().FindAsync(Scope, CardFileIdTests.KeyOf(bot, "q14"));

        var photo = Assert.Single(await AnswerAsync(bot, "q14", "en", "iq-after", 1))!;
        Assert.Equal("photo", photo["type"]!.GetValue<string>());
        Assert.Equal("q14", photo["id"]!.GetValue<string>());
        Assert.Equal(fileId, photo["photo_file_id"]!.GetValue<string>());
        Assert.Equal("q14 · Sam Altman\n/context q14: the question and the paragraph around it", photo["caption"]!.GetValue<string>());
        Assert.Equal("html", photo["parse_mode"]!.GetValue<string>(), ignoreCase: true);
        var share = Assert.Single(photo["reply_markup"]!["inline_keyboard"]!.AsArray().SelectMany(row => row!.AsArray()))!;
        Assert.Equal("q14", share["switch_inline_query"]!.GetValue<string>());

        // The topic's other quote has no card yet, and a Chinese reader's card of q14 is another picture.
        var energy = await AnswerAsync(bot, "energy", "en", "iq-topic", 1);
        Assert.Equal(["article", "photo"], energy.Select(r => r!["type"]!.GetValue<string>()));
        var chinese = Assert.Single(await AnswerAsync(bot, "q14", "zh-hans", "iq-zh", 1))!;
        Assert.Equal("article", chinese["type"]!.GetValue<string>());
        Assert.Null(await bot.Get<IUploadedFiles>().FindAsync(Scope, CardFileIdTests.KeyOf(bot, "q14", UiLanguage.Chinese)));
    }

    [Fact]
    public async Task A_cached_photo_telegram_refuses_is_answered_as_text_and_uploaded_again_with_the_next_card()
    {
        await using var bot = await TelegramBotHarness.StartAsync();
        bot.Api.Enqueue(Updates.Message("/card q14"));
        await bot.Api.WaitForCallAsync(c => c.Method == "sendPhoto");
        await bot.SettledAsync();
        var key = CardFileIdTests.KeyOf(bot, "q14");
        bot.Api.Photos.Invalidate((await bot.Get<IUploadedFiles>().FindAsync(Scope, key))!);

        // The first answer offers the photo and is refused; the second, text only, is taken.
        var text = Assert.Single(await AnswerAsync(bot, "q14", "en", "iq-stale", 2))!;
        Assert.Equal("article", text["type"]!.GetValue<string>());
        Assert.Null(await bot.Get<IUploadedFiles>().FindAsync(Scope, key));

        bot.Api.Enqueue(Updates.Message("/card q14"));
        var upload = await bot.Api.WaitForCallAsync(c => c.Method == "sendPhoto", count: 2);
        Assert.StartsWith("attach://", upload.Body["photo"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_inline_query_whose_store_cannot_be_read_is_answered_with_text_and_one_warning()
    {
        var log = new RecordingLogSink();
        var files = new FailingUploadedFiles { FailFind = true };
        await using var bot = await TelegramBotHarness.StartAsync(services: CardFileIdTests.Keeping(files, s => s.AddSingleton<ILogEventSink>(log)));

        var results = await AnswerAsync(bot, "energy", "en", "iq-store", 1);
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("article", r!["type"]!.GetValue<string>()));
        Assert.Single(log.WithEventId(3013));
    }

    [Fact]
    public async Task A_card_that_cannot_be_named_is_offered_as_text_and_logged()
    {
        var log = new RecordingLogSink();
        await using var bot = await TelegramBotHarness.StartAsync(
            services: s => s.AddSingleton<ILogEventSink>(log).AddSingleton<ICardImages, UnnameableCardImages>());

        var text = Assert.Single(await AnswerAsync(bot, "q14", "en", "iq-key", 1))!;
        Assert.Equal("article", text["type"]!.GetValue<string>());
        Assert.Contains("q14", Assert.Single(log.WithEventId(3014)), StringComparison.Ordinal);
    }

    private sealed class UnnameableCardImages : ICardImages
    {
        public string KeyOf(CardRequest card) => throw new InvalidOperationException("The card cache is broken.");

        public byte[] Render(CardRequest card) => throw new InvalidOperationException("The card cache is broken.");
    }
}
