using System.Text.RegularExpressions;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Telegram.Tests.Fakes;

namespace QuoteBot.Telegram.Tests.Rendering;

public sealed partial class ButtonsAndInlineTests : IAsyncLifetime
{
    private TelegramBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await TelegramBotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private static string QuoteId(ApiCall sent) => QuoteIdPattern().Match(sent.Text).Groups[1].Value;

    [Fact]
    public async Task Another_gives_a_different_quote_and_the_press_is_answered()
    {
        _bot.Api.Enqueue(Updates.Message("/quote"));
        var first = await _bot.Api.WaitForSendAsync();
        for (var press = 0; press < 5; press++)
        {
            _bot.Api.Enqueue(Updates.Callback("a", id: $"cb-{press}"));
            var next = await _bot.Api.WaitForSendAsync(count: press + 2);
            Assert.NotEqual(QuoteId(_bot.Api.Sent[press]), QuoteId(next));
            await _bot.Api.WaitForCallAsync(c => c.Method == "answerCallbackQuery" && c.Body["callback_query_id"]!.GetValue<string>() == $"cb-{press}");
        }

        Assert.NotEmpty(QuoteId(first));
    }

    [Fact]
    public async Task Context_button_replies_to_the_quote_with_its_question()
    {
        _bot.Api.Enqueue(Updates.Callback("c:q14", messageId: 777, id: "ctx"));
        var sent = await _bot.Api.WaitForSendAsync();
        var visible = TelegramHtmlCheck.AssertValid(sent.Text);
        Assert.Contains("弗莱彻", visible, StringComparison.Ordinal);
        Assert.Contains("❓", visible, StringComparison.Ordinal);
        Assert.Equal(777, sent.Body["reply_parameters"]!["message_id"]!.GetValue<int>());
        await _bot.Api.WaitForCallAsync(c => c.Method == "answerCallbackQuery" && c.Body["callback_query_id"]!.GetValue<string>() == "ctx");
    }

    [Fact]
    public async Task Same_topic_button_gives_a_quote_on_that_topic()
    {
        _bot.Api.Enqueue(Updates.Callback("t:energy", id: "topic"));
        var sent = await _bot.Api.WaitForSendAsync();
        Assert.Contains("能源", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_button_we_did_not_make_is_still_answered()
    {
        _bot.Api.Enqueue(Updates.Callback("forged-data", id: "forged"));
        var answer = await _bot.Api.WaitForCallAsync(c => c.Method == "answerCallbackQuery" && c.Body["callback_query_id"]!.GetValue<string>() == "forged");
        Assert.Contains("Sorry", answer.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        await _bot.SettledAsync();
        Assert.Empty(_bot.Api.Sent);
    }

    [Theory]
    [InlineData("energy", "q11")] // a topic's quotes in corpus order: q11, q14
    [InlineData("能源", "q11")]
    [InlineData("核聚变", "q11")]
    [InlineData("q07", "q07")]
    public async Task Inline_query_returns_matching_quotes_as_articles(string query, string expectedId)
    {
        _bot.Api.Enqueue(Updates.Inline(query));
        var answer = await _bot.Api.WaitForCallAsync(c => c.Method == "answerInlineQuery");
        var results = answer.Body["results"]!.AsArray();
        Assert.InRange(results.Count, 1, 50);
        Assert.Equal(expectedId, results[0]!["id"]!.GetValue<string>());
        Assert.All(results, r =>
        {
            Assert.Equal("article", r!["type"]!.GetValue<string>());
            TelegramHtmlCheck.AssertValid(r["input_message_content"]!["message_text"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task An_empty_inline_query_offers_the_quote_of_the_day_and_the_highlights()
    {
        _bot.Api.Enqueue(Updates.Inline(string.Empty));
        var answer = await _bot.Api.WaitForCallAsync(c => c.Method == "answerInlineQuery");
        var ids = answer.Body["results"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToList();
        var today = _bot.Get<Core.Selection.DailyQuote>().For(new DateOnly(2026, 11, 29));
        Assert.Equal(today.Id, ids[0]);
        var featured = _bot.Get<Core.Corpus.QuoteLibrary>().Quotes.Where(q => q.Featured).Select(q => q.Id);
        Assert.Superset(featured.ToHashSet(), ids.ToHashSet());
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [GeneratedRegex(@"<code>(q\d+)</code>")]
    private static partial Regex QuoteIdPattern();
}
