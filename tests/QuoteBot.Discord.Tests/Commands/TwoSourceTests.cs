using System.Text.Json;
using System.Text.Json.Nodes;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Commands;

/// <summary>
/// The bot over a corpus of two talks (<c>Bot:CorpusPath</c>), over the fake gateway: every command answers with each
/// quote's own speaker, event and date, and the <c>source</c> option narrows /quote and /topic to one talk.
/// </summary>
public sealed class TwoSourceTests : IAsyncLifetime
{
    private DiscordBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordBotHarness.StartAsync(corpusPath: TwoSourceCorpus.Path);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task The_source_option_offers_the_two_talks_in_both_languages()
    {
        await TestTime.WaitUntilAsync(() => _bot.Fake.RequestsTo("applications/1234/commands").Any(r => r.Method == "PUT"));
        var put = _bot.Fake.RequestsTo("applications/1234/commands").Single(r => r.Method == "PUT");
        var topic = JsonNode.Parse(put.Body)!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "topic")!;
        var choices = topic["options"]![1]!["choices"]!.AsArray();
        Assert.Equal(["riverside-2023", "northfield-2025"], choices.Select(c => c!["value"]!.GetValue<string>()));
        Assert.Equal([TwoSourceCorpus.Riverside, TwoSourceCorpus.Northfield], choices.Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal([TwoSourceCorpus.RiversideZh, TwoSourceCorpus.NorthfieldZh], choices.Select(c => c!["name_localizations"]!["zh-CN"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("r01", "en-US", "Ada Lin", "Riverside Robotics Forum · 2023-03-14 · r01", "2023-03-14")]
    [InlineData("n02", "en-US", "Tomas Berg", "Northfield Energy Summit · 2025-06-20 · n02", "2025-06-20")]
    [InlineData("n02", "zh-CN", "Tomas Berg", "北野能源峰会 · 2025-06-20 · n02", "2025-06-20")]
    public async Task A_quote_by_id_carries_its_own_talk(string id, string locale, string speaker, string footer, string date)
    {
        var embed = Embed(await _bot.InteractAsync(Interactions.CommandWithOptions("quote", locale, ("id", id))));
        Assert.Equal(speaker, embed.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(footer, embed.GetProperty("footer").GetProperty("text").GetString()!.TrimEnd(' ', '★'));
        Assert.StartsWith(date, embed.GetProperty("timestamp").GetString(), StringComparison.Ordinal);

        var context = Embed(await _bot.InteractAsync(Interactions.CommandWithOptions("context", locale, ("id", id))));
        Assert.Equal(footer, ContextFooterWithoutSpeaker(context, speaker));
        Assert.StartsWith(date, context.GetProperty("timestamp").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_source_option_narrows_quote_and_topic_and_the_same_topic_button_stays_in_the_talk()
    {
        for (var i = 0; i < 3; i++)
        {
            var quote = Embed(await _bot.InteractAsync(Interactions.CommandWithOptions("quote", "en-US", ("source", "riverside-2023"))));
            Assert.StartsWith("Riverside Robotics Forum · 2023-03-14 · r0", quote.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
        }

        var answer = await _bot.InteractAsync(Interactions.CommandWithOptions("topic", "en-US", ("topic", "energy"), ("source", "northfield-2025")));
        Assert.StartsWith("Northfield Energy Summit · 2025-06-20 · n0", Embed(answer).GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
        var buttons = answer.GetProperty("data").GetProperty("components")[0].GetProperty("components");
        Assert.Equal("qb:/quote @northfield", buttons[0].GetProperty("custom_id").GetString());
        Assert.Equal("qb:t:energy @northfield", buttons[2].GetProperty("custom_id").GetString());

        var pressed = Embed(await _bot.InteractAsync(Interactions.Button("qb:t:energy @northfield")));
        Assert.StartsWith("Northfield Energy Summit · 2025-06-20 · n0", pressed.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_today_and_search_work_across_the_talks_with_each_quotes_attribution()
    {
        var sources = AllText(await _bot.InteractAsync(Interactions.Command("sources")));
        Assert.Contains("Riverside Robotics Forum · 2023-03-14", sources, StringComparison.Ordinal);
        Assert.Contains("Northfield Energy Summit · 2025-06-20", sources, StringComparison.Ordinal);

        foreach (var (name, option, value) in new[] { ("today", (string?)null, (string?)null), ("search", "query", "团队"), ("topic", "topic", "teams") })
        {
            var embed = Embed(await _bot.InteractAsync(Interactions.Command(name, option, value)));
            var footer = embed.GetProperty("footer").GetProperty("text").GetString()!;
            var id = footer.Split(" · ")[^1].TrimEnd(' ', '★');
            var speaker = id.StartsWith('r') ? "Ada Lin" : "Tomas Berg";
            Assert.Equal(speaker, embed.GetProperty("author").GetProperty("name").GetString());
            Assert.Equal($"{TwoSourceCorpus.AttributionOf(id)[(speaker.Length + 3)..]} · {id}", footer.TrimEnd(' ', '★'));
        }
    }

    [Fact]
    public async Task Quote_ids_are_suggested_by_each_talks_prefix_with_balanced_marks()
    {
        var answer = await _bot.InteractAsync(Interactions.Autocomplete("quote", "id", "n1"));
        var first = answer.GetProperty("data").GetProperty("choices")[0];
        Assert.Equal("n01", first.GetProperty("value").GetString());
        Assert.Equal("n01 · 大家谈论发电，却很少谈论“把电送到需要的地方。”", first.GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_unknown_quote_id_is_answered_privately_with_each_talks_ids()
    {
        var answer = await _bot.InteractAsync(Interactions.CommandWithOptions("quote", "en-US", ("id", "q99")));
        var data = answer.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32() & 64);
        Assert.Contains("r01–r03 (Riverside Robotics Forum), n01–n03 (Northfield Energy Summit)", AllText(data), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_with_the_source_option_is_that_talks_quote_and_without_it_the_choices()
    {
        var narrowed = Embed(await _bot.InteractAsync(Interactions.CommandWithOptions("quote", "en-US", ("id", "2"), ("source", "northfield-2025"))));
        Assert.Equal("Northfield Energy Summit · 2025-06-20 · n02", narrowed.GetProperty("footer").GetProperty("text").GetString()!.TrimEnd(' ', '★'));

        var choices = await _bot.InteractAsync(Interactions.CommandWithOptions("quote", "en-US", ("id", "2")));
        var buttons = choices.GetProperty("data").GetProperty("components")[0].GetProperty("components");
        Assert.Equal(["qb:/quote r02", "qb:/quote n02"], buttons.EnumerateArray().Select(b => b.GetProperty("custom_id").GetString()));
    }

    /// <summary>Every string in the answer, unescaped, one a line.</summary>
    private static string AllText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() + "\n",
        JsonValueKind.Object => string.Concat(element.EnumerateObject().Select(p => AllText(p.Value))),
        JsonValueKind.Array => string.Concat(element.EnumerateArray().Select(AllText)),
        _ => string.Empty,
    };

    private static JsonElement Embed(JsonElement answer) => answer.GetProperty("data").GetProperty("embeds")[0];

    /// <summary>A context's footer names the speaker too ("Ada Lin · Riverside … · r01"); the quote's leaves it to the author line.</summary>
    private static string ContextFooterWithoutSpeaker(JsonElement embed, string speaker) =>
        embed.GetProperty("footer").GetProperty("text").GetString()!.Replace($"{speaker} · ", string.Empty, StringComparison.Ordinal);
}
