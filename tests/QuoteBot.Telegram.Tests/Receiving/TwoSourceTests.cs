using System.Text.RegularExpressions;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Telegram.Tests.Receiving;

/// <summary>
/// The bot over a corpus of two talks (<c>Bot:CorpusPath</c>), over the fake Bot API: every command, button and inline
/// answer shows each quote with its own speaker, event and date, and /quote and /topic narrow to one talk.
/// </summary>
public sealed partial class TwoSourceTests : IAsyncLifetime
{
    private TelegramBotHarness _bot = null!;
    private int _sent;

    public async Task InitializeAsync() =>
        _bot = await TelegramBotHarness.StartAsync(new() { ["Bot:CorpusPath"] = TwoSourceCorpus.Path });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/quote r02")]
    [InlineData("/quote n2")]
    [InlineData("/context n01")]
    [InlineData("/today")]
    [InlineData("/search 团队")]
    [InlineData("/topic teams")]
    [InlineData("/quote")]
    public async Task Every_command_shows_the_quote_with_its_own_talk(string line)
    {
        var (id, visible) = await AskAsync(Updates.Message(line));
        Assert.Contains($"— {TwoSourceCorpus.AttributionOf(id)} · {id}", visible, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chinese_users_read_the_event_in_chinese()
    {
        var (_, riverside) = await AskAsync(Updates.Message("/quote r01", language: "zh"));
        Assert.Contains($"— {TwoSourceCorpus.RiversideZh} · r01", riverside, StringComparison.Ordinal);
        var (_, northfield) = await AskAsync(Updates.Message("/quote n03", language: "zh"));
        Assert.Contains($"— {TwoSourceCorpus.NorthfieldZh} · n03", northfield, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_lists_the_talks_and_narrowing_keeps_to_one_with_its_buttons()
    {
        var sources = TelegramHtmlCheck.AssertValid((await NextSendAsync(Updates.Message("/sources"))).Text);
        Assert.Contains(TwoSourceCorpus.Riverside, sources, StringComparison.Ordinal);
        Assert.Contains(TwoSourceCorpus.Northfield, sources, StringComparison.Ordinal);
        Assert.Contains("/quote riverside", sources, StringComparison.Ordinal);

        for (var i = 0; i < 3; i++)
        {
            var (id, _) = await AskAsync(Updates.Message("/quote riverside"));
            Assert.StartsWith("r", id, StringComparison.Ordinal);
        }

        var narrowed = await NextSendAsync(Updates.Message("/topic energy @northfield"));
        Assert.Contains(Id(narrowed.Text), (string[])["n01", "n03"]);
        var buttons = narrowed.Body["reply_markup"]!["inline_keyboard"]![0]!.AsArray().Select(b => b!["callback_data"]!.GetValue<string>()).ToList();
        Assert.Equal(["/quote @northfield", $"c:{Id(narrowed.Text)}", "t:energy @northfield", $"/card {Id(narrowed.Text)}"], buttons);

        foreach (var data in new[] { "t:energy @northfield", "/quote @northfield" })
        {
            var (id, visible) = await AskAsync(Updates.Callback(data, id: "press-" + data));
            Assert.StartsWith("n", id, StringComparison.Ordinal);
            Assert.Contains($"— {TwoSourceCorpus.Northfield} · {id}", visible, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_talk_or_id_is_answered_with_what_there_is()
    {
        var talk = TelegramHtmlCheck.AssertValid((await NextSendAsync(Updates.Message("/topic energy @mit"))).Text);
        Assert.Contains("I don't know the talk “mit”", talk, StringComparison.Ordinal);
        Assert.Contains(TwoSourceCorpus.Northfield, talk, StringComparison.Ordinal);

        var id = TelegramHtmlCheck.AssertValid((await NextSendAsync(Updates.Message("/quote q99"))).Text);
        Assert.Contains("r01–r03 (Riverside Robotics Forum), n01–n03 (Northfield Energy Summit)", id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inline_results_carry_each_quotes_own_talk()
    {
        _bot.Api.Enqueue(Updates.Inline("团队"));
        var answer = await _bot.Api.WaitForCallAsync(c => c.Method == "answerInlineQuery");
        var results = answer.Body["results"]!.AsArray();
        Assert.Equal(["n02", "n03", "r02"], results.Select(r => r!["id"]!.GetValue<string>()).Order());
        Assert.All(results, r =>
        {
            var id = r!["id"]!.GetValue<string>();
            Assert.Equal($"{id} · {TwoSourceCorpus.AttributionOf(id)}", r["description"]!.GetValue<string>());
            Assert.Contains($"— {TwoSourceCorpus.AttributionOf(id)} · {id}", TelegramHtmlCheck.AssertValid(r["input_message_content"]!["message_text"]!.GetValue<string>()), StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("northfield", "n01", "n02", "n03")]
    [InlineData("河畔", "r01", "r02", "r03")]
    public async Task An_inline_query_naming_a_talk_offers_its_quotes(string query, params string[] ids)
    {
        _bot.Api.Enqueue(Updates.Inline(query));
        var answer = await _bot.Api.WaitForCallAsync(c => c.Method == "answerInlineQuery");
        Assert.Equal(ids, answer.Body["results"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
    }

    private async Task<ApiCall> NextSendAsync(System.Text.Json.Nodes.JsonObject update)
    {
        _bot.Api.Enqueue(update);
        return await _bot.Api.WaitForSendAsync(count: ++_sent);
    }

    /// <summary>The quote id and the visible text of the answer to <paramref name="update"/>.</summary>
    private async Task<(string Id, string Visible)> AskAsync(System.Text.Json.Nodes.JsonObject update)
    {
        var sent = await NextSendAsync(update);
        return (Id(sent.Text), TelegramHtmlCheck.AssertValid(sent.Text));
    }

    private static string Id(string html) => QuoteIdPattern().Match(html).Groups[1].Value;

    [GeneratedRegex(@"<code>([rn]\d+)</code>")]
    private static partial Regex QuoteIdPattern();
}
