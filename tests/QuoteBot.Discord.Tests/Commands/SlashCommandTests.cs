using System.Text.Json;
using QuoteBot.Discord.Commands;

namespace QuoteBot.Discord.Tests.Commands;

public sealed class SlashCommandTests : IAsyncLifetime
{
    private DiscordBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordBotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private static JsonElement Data(JsonElement callback) => callback.GetProperty("data");

    private static JsonElement Embed(JsonElement callback) => Data(callback).GetProperty("embeds")[0];

    private static bool IsEphemeral(JsonElement callback) =>
        Data(callback).TryGetProperty("flags", out var flags) && (flags.GetInt32() & 64) != 0;

    private static string[] ButtonIds(JsonElement callback) =>
        [.. Data(callback).GetProperty("components")[0].GetProperty("components").EnumerateArray().Select(b => b.GetProperty("custom_id").GetString()!)];

    [Fact]
    public async Task Quote_answers_at_once_with_an_embed_and_three_buttons()
    {
        var callback = await _bot.InteractAsync(Interactions.Command("quote"));
        Assert.Equal(4, callback.GetProperty("type").GetInt32());
        var embed = Embed(callback);
        Assert.Equal("Sam Altman", embed.GetProperty("author").GetProperty("name").GetString());
        Assert.Contains("Harvard Business School", embed.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("2024-05-01", embed.GetProperty("timestamp").GetString()![..10]);
        Assert.False(string.IsNullOrEmpty(embed.GetProperty("description").GetString()));
        var buttons = ButtonIds(callback);
        Assert.Equal("qb:a", buttons[0]);
        Assert.StartsWith("qb:c:q", buttons[1], StringComparison.Ordinal);
        Assert.StartsWith("qb:t:", buttons[2], StringComparison.Ordinal);
        Assert.Empty(Data(callback).GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.False(IsEphemeral(callback));
    }

    [Fact]
    public async Task Topic_energy_shows_the_energy_quote_with_its_topics()
    {
        var embed = Embed(await _bot.InteractAsync(Interactions.Command("topic", "topic", "energy")));
        Assert.Contains("能源", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("Energy", embed.GetProperty("fields")[0].GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_topic_answers_ephemerally_with_suggestions()
    {
        var callback = await _bot.InteractAsync(Interactions.Command("topic", "topic", "enrgy"));
        Assert.True(IsEphemeral(callback));
        Assert.Contains("/topic energy", Embed(callback).GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "energy")]
    [InlineData("能", "energy")]
    [InlineData("", null)]
    [InlineData("scal", "scaling")]
    public async Task Topic_autocomplete_ranks_topics_as_the_user_types(string typed, string? first)
    {
        var callback = await _bot.InteractAsync(Interactions.Autocomplete("topic", "topic", typed));
        Assert.Equal(8, callback.GetProperty("type").GetInt32());
        var choices = Data(callback).GetProperty("choices").EnumerateArray().ToList();
        Assert.InRange(choices.Count, 1, 25);
        Assert.All(choices, c => Assert.InRange(c.GetProperty("name").GetString()!.Length, 1, 100));
        if (first is not null)
        {
            Assert.Equal(first, choices[0].GetProperty("value").GetString());
        }
        else
        {
            Assert.Equal(_bot.Get<Core.Corpus.QuoteLibrary>().Topics.Count, choices.Count);
        }

        Assert.False(Data(callback).TryGetProperty("allowed_mentions", out _));
    }

    [Fact]
    public async Task Chinese_autocomplete_names_the_topic_in_chinese_first_with_its_count()
    {
        var callback = await _bot.InteractAsync(Interactions.Autocomplete("topic", "topic", "能", locale: "zh-CN"));
        var name = Data(callback).GetProperty("choices")[0].GetProperty("name").GetString();
        Assert.Equal("能源 Energy — 2 条", name);
    }

    [Fact]
    public async Task Context_autocomplete_offers_quote_ids_with_a_preview()
    {
        var callback = await _bot.InteractAsync(Interactions.Autocomplete("context", "id", "q1"));
        var choices = Data(callback).GetProperty("choices").EnumerateArray().ToList();
        Assert.InRange(choices.Count, 1, 25);
        var values = choices.Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Equal("q01", values[0]);
        Assert.Equal(["q10", "q11", "q12", "q13", "q14"], values.Skip(1).Take(5));
        Assert.Contains(" · ", choices[0].GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Context_gives_the_question_and_the_paragraph()
    {
        var embed = Embed(await _bot.InteractAsync(Interactions.Command("context", "id", "q14")));
        var field = embed.GetProperty("fields")[0];
        Assert.Contains("弗莱彻", field.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Contains("我有一个关于能源的问题", field.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Contains("**智能的成本应该与能源的成本大致相等", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_finds_the_energy_answer_for_fusion()
    {
        var embed = Embed(await _bot.InteractAsync(Interactions.Command("search", "query", "核聚变")));
        Assert.Contains("智能的成本应该与能源的成本", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Today_and_help_answer()
    {
        var today = Embed(await _bot.InteractAsync(Interactions.Command("today")));
        Assert.StartsWith("Quote of the day · 2026-01-01", today.GetProperty("title").GetString(), StringComparison.Ordinal);
        var help = Embed(await _bot.InteractAsync(Interactions.Command("help")));
        Assert.Contains("/search", help.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Locale_picks_the_language()
    {
        var zh = Embed(await _bot.InteractAsync(Interactions.Command("topic", "topic", "能源", locale: "zh-CN")));
        Assert.Equal("话题", zh.GetProperty("fields")[0].GetProperty("name").GetString());
        var en = Embed(await _bot.InteractAsync(Interactions.Command("topic", "topic", "能源", locale: "en-US")));
        Assert.Equal("Topics", en.GetProperty("fields")[0].GetProperty("name").GetString());
        var zhButtons = Data(await _bot.InteractAsync(Interactions.Command("quote", locale: "zh-CN"))).GetProperty("components")[0].GetProperty("components");
        Assert.Equal("🔄 换一句", zhButtons[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task Another_gives_a_different_quote_as_a_new_message()
    {
        var first = Embed(await _bot.InteractAsync(Interactions.Command("quote"))).GetProperty("footer").GetProperty("text").GetString();
        for (var i = 0; i < 5; i++)
        {
            var callback = await _bot.InteractAsync(Interactions.Button("qb:a"));
            Assert.Equal(4, callback.GetProperty("type").GetInt32());
            var next = Embed(callback).GetProperty("footer").GetProperty("text").GetString();
            Assert.NotEqual(first, next);
            first = next;
        }
    }

    [Fact]
    public async Task Context_button_answers_ephemerally_with_the_asker_and_question()
    {
        var callback = await _bot.InteractAsync(Interactions.Button("qb:c:q14"));
        Assert.True(IsEphemeral(callback));
        Assert.Contains("弗莱彻", Embed(callback).GetProperty("fields")[0].GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Same_topic_button_stays_on_the_topic()
    {
        var library = _bot.Get<Core.Corpus.QuoteLibrary>();
        var scaling = library.ByTopic["scaling"].Select(q => q.Id).ToHashSet();
        for (var i = 0; i < 4; i++)
        {
            var callback = await _bot.InteractAsync(Interactions.Button("qb:t:scaling"));
            var id = ButtonIds(callback)[1]["qb:c:".Length..];
            Assert.Contains(id, scaling);
            Assert.Equal("qb:t:scaling", ButtonIds(callback)[2]);
        }
    }

    [Fact]
    public async Task A_button_we_did_not_make_gets_an_ephemeral_apology()
    {
        var callback = await _bot.InteractAsync(Interactions.Button("someone-elses-button"));
        Assert.True(IsEphemeral(callback));
        Assert.Contains("Sorry", Data(callback).GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_reply_fits_discords_embed_limits()
    {
        foreach (var interaction in new[]
        {
            Interactions.Command("topic"),
            Interactions.Command("search", "query", new string('能', 5000)),
            Interactions.Command("context", "id", "q05"),
            Interactions.Command("nonsense"),
            Interactions.Command("help", locale: "zh-CN"),
        })
        {
            var embed = Embed(await _bot.InteractAsync(interaction));
            var total = Length(embed, "title") + Length(embed, "description")
                + (embed.TryGetProperty("footer", out var footer) ? footer.GetProperty("text").GetString()!.Length : 0)
                + (embed.TryGetProperty("fields", out var fields) ? fields.EnumerateArray().Sum(f => f.GetProperty("name").GetString()!.Length + f.GetProperty("value").GetString()!.Length) : 0);
            Assert.True(Length(embed, "description") <= DiscordReplyRenderer.DescriptionLimit);
            Assert.True(total <= DiscordReplyRenderer.EmbedTotalLimit);
        }
    }

    private static int Length(JsonElement embed, string property) =>
        embed.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Length : 0;
}
