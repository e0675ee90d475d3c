using System.Text.Json;
using System.Text.Json.Nodes;
using QuoteBot.Core.Corpus;

namespace QuoteBot.Core.Tests.Corpus;

/// <summary>Each check of the validator, on the committed corpus with one thing broken.</summary>
public sealed class CorpusValidatorTests
{
    [Fact]
    public void The_committed_corpus_has_no_problem() => Assert.Empty(Problems(_ => { }));

    [Fact]
    public void Another_schema_version_is_refused() =>
        AssertProblem(r => r["schemaVersion"] = 1, "$.schemaVersion", "schema version 1 is not supported (expected 2)");

    [Theory]
    [InlineData("id", "", "$.sources[0].id", "source id '' must be a slug of a-z, 0-9 and '-'")]
    [InlineData("id", "Harvard 2024", "$.sources[0].id", "source id 'Harvard 2024' must be a slug of a-z, 0-9 and '-'")]
    [InlineData("quotePrefix", "Q1", "$.sources[0].quotePrefix", "quote prefix 'Q1' must be 1 to 3 letters a-z")]
    [InlineData("title", " ", "$.sources[0].title", "must not be empty")]
    [InlineData("eventDate", "", "$.sources[0].eventDate", "a date (yyyy-MM-dd) is required")]
    [InlineData("eventDate", "2024-13-01", "$.sources[0].eventDate", "'2024-13-01' is not a date (yyyy-MM-dd)")]
    [InlineData("eventDate", "1 May 2024", "$.sources[0].eventDate", "'1 May 2024' is not a date (yyyy-MM-dd)")]
    [InlineData("publishedAt", "2024-10", "$.sources[0].publishedAt", "'2024-10' is not a date (yyyy-MM-dd)")]
    [InlineData("articlePublishedAt", "yesterday", "$.sources[0].articlePublishedAt", "'yesterday' is not a date (yyyy-MM-dd)")]
    public void A_source_field_that_is_missing_or_malformed_is_named(string field, string value, string path, string message) =>
        AssertProblem(r => r["sources"]![0]![field] = value, path, message);

    [Fact]
    public void A_source_needs_a_speaker_and_an_event_in_both_languages()
    {
        AssertProblem(r => r["sources"]![0]!["speakers"] = new JsonArray(), "$.sources[0].speakers", "a source needs at least one speaker");
        AssertProblem(r => r["sources"]![0]!["speakers"] = new JsonArray("Sam Altman", ""), "$.sources[0].speakers[1]", "must not be empty");
        AssertProblem(r => r["sources"]![0]!["event"]!["zh"] = "", "$.sources[0].event.zh", "must not be empty");
    }

    [Fact]
    public void The_recording_cannot_be_published_before_the_talk() =>
        AssertProblem(
            r => r["sources"]![0]!["publishedAt"] = "2024-04-30",
            "$.sources[0].publishedAt",
            "publishedAt 2024-04-30 is before the talk's eventDate 2024-05-01");

    [Fact]
    public void The_article_cannot_be_published_before_the_recording() =>
        AssertProblem(
            r => r["sources"]![0]!["articlePublishedAt"] = "2024-10-15 09:50",
            "$.sources[0].articlePublishedAt",
            "articlePublishedAt 2024-10-15 09:50 is before publishedAt 2024-10-16");

    [Fact]
    public void Without_a_recording_date_the_article_cannot_be_published_before_the_talk() =>
        AssertProblem(
            r =>
            {
                r["sources"]![0]!.AsObject().Remove("publishedAt");
                r["sources"]![0]!["articlePublishedAt"] = "2024-04-01 10:00";
            },
            "$.sources[0].articlePublishedAt",
            "articlePublishedAt 2024-04-01 10:00 is before the talk's eventDate 2024-05-01");

    [Fact]
    public void Sources_must_be_ordered_by_the_day_of_the_talk_and_unique() =>
        AssertProblem(
            r => r["sources"]!.AsArray().Add(Source(r, id: "earlier", prefix: "e", eventDate: "2020-01-01")),
            "$.sources[1]",
            "sources must be ordered by eventDate, then id: 'earlier' comes before 'harvard-2024'");

    [Fact]
    public void Two_sources_cannot_share_an_id_or_a_prefix()
    {
        AssertProblem(
            r => r["sources"]!.AsArray().Add(Source(r, id: "harvard-2024", prefix: "h", eventDate: "2025-01-01")),
            "$.sources[1].id",
            "duplicate source id 'harvard-2024' (first at $.sources[0])");
        AssertProblem(
            r => r["sources"]!.AsArray().Add(Source(r, id: "later", prefix: "q", eventDate: "2025-01-01")),
            "$.sources[1].quotePrefix",
            "quote prefix 'q' is already the prefix of $.sources[0]");
    }

    [Theory]
    [InlineData("x03")]
    [InlineData("q3a")]
    [InlineData("q")]
    [InlineData("q3")]
    [InlineData("q003")]
    [InlineData("q00")]
    public void A_quote_id_carries_its_sources_prefix_and_its_number_in_at_least_two_digits(string id) =>
        AssertProblem(
            r => r["quotes"]![2]!["id"] = id,
            "$.quotes[2].id",
            $"quote id '{id}' must be its source's prefix 'q' and a number of at least 2 digits (q07, q100)");

    [Fact]
    public void A_source_alias_may_not_be_a_topic_or_look_like_a_quote_id()
    {
        var problems = Problems(r => r["sources"]![0]!["aliases"] = new JsonArray("riverside", "energy", "q7"));
        Assert.Contains(new CorpusProblem("$.sources[0].aliases[1]", "source 'harvard-2024': alias 'energy' is already a name of topic 'energy'"), problems);
        Assert.Contains(new CorpusProblem("$.sources[0].aliases[2]", "source 'harvard-2024': alias 'q7' must be 1 to 32 characters and not look like a quote id or number"), problems);
    }

    [Fact]
    public void A_source_id_may_not_be_a_topic() =>
        AssertProblem(
            r => r["topics"]![0]!["aliases"] = new JsonArray("harvard-2024"),
            "$.sources[0].id",
            $"source 'harvard-2024': the id is already a name of topic '{Committed().Topics[0].Id}'");

    [Fact]
    public void An_alias_of_several_words_may_not_hold_a_topic_name() =>
        AssertProblem(
            r => r["sources"]![0]!["aliases"] = new JsonArray("northfield energy"),
            "$.sources[0].aliases[0]",
            "source 'harvard-2024': alias 'northfield energy' has the word 'energy', a name of topic 'energy': a command naming both would read as this alias");

    [Fact]
    public void Quote_ids_are_unique_whatever_their_case() =>
        AssertProblem(r => r["quotes"]![1]!["id"] = "Q01", "$.quotes[1].id", "duplicate quote id 'Q01' (first at $.quotes[0])");

    [Fact]
    public void Every_quote_and_turn_names_a_source_that_exists()
    {
        AssertProblem(r => r["quotes"]![0]!["source"] = "nowhere", "$.quotes[0].source", "unknown source 'nowhere'");
        AssertProblem(r => r["turns"]![0]!["source"] = "nowhere", "$.turns[0].source", "unknown source 'nowhere'");
    }

    [Fact]
    public void A_quotes_turn_is_looked_up_in_its_own_source()
    {
        // Another source with no turns of its own: the quote moved to it cannot find t0xx there, though the HBS source has it.
        var problems = Problems(r =>
        {
            r["sources"]!.AsArray().Add(Source(r, id: "later", prefix: "l", eventDate: "2025-01-01"));
            r["quotes"]![0]!["source"] = "later";
            r["quotes"]![0]!["id"] = "l01";
        });
        var turn = Committed().Quotes[0].Turn;
        Assert.Contains(new CorpusProblem("$.quotes[0].turn", $"unknown turn '{turn}' in source 'later'"), problems);
        Assert.Contains(problems, p => p.JsonPath == "$.quotes[0].context.questionTurn" && p.Message.EndsWith("in source 'later'", StringComparison.Ordinal));
    }

    [Fact]
    public void Turn_ids_are_unique_within_a_source() =>
        AssertProblem(r => r["turns"]![1]!["id"] = "t001", "$.turns[1].id", "duplicate turn id 't001' in source 'harvard-2024'");

    [Fact]
    public void Every_topic_has_a_quote() =>
        AssertProblem(
            r => r["topics"]!.AsArray().Add(new JsonObject { ["id"] = "weather", ["en"] = "Weather", ["zh"] = "天气" }),
            $"$.topics[{Committed().Topics.Count}]",
            "topic 'weather' has no quote");

    [Fact]
    public void Every_topic_a_quote_names_exists() =>
        AssertProblem(r => r["quotes"]![4]!["topics"]![0] = "education", "$.quotes[4].topics[0]", "unknown topic 'education'");

    [Fact]
    public void No_markdown_bold_in_a_turn() =>
        AssertProblem(r => r["turns"]![0]!["text"] = "**主持人：**你好", "$.turns[0].text", "Markdown bold '**' left in the text at 0");

    [Theory]
    [InlineData("highlight", "$.quotes[{0}].highlight")]
    [InlineData("note", "$.quotes[{0}].note")]
    [InlineData("question", "$.quotes[{0}].context.question")]
    [InlineData("paragraph", "$.quotes[{0}].context.paragraph")]
    public void No_markdown_bold_in_a_quotes_texts(string field, string pathFormat)
    {
        var index = Committed().Quotes.ToList().FindIndex(q => q.Highlight is not null);
        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, pathFormat, index);
        var problems = Problems(r =>
        {
            var quote = r["quotes"]![index]!;
            var owner = field is "question" or "paragraph" ? quote["context"]! : quote;
            owner[field] = "前面**加粗**后面";
        });
        Assert.Contains(new CorpusProblem(path, "Markdown bold '**' left in the text at 2"), problems);
    }

    [Fact]
    public void No_markdown_bold_in_a_quotes_text()
    {
        // A quote's text is its turn's words: the bold is found in both.
        var problems = Problems(r =>
        {
            var quote = r["quotes"]![0]!;
            var text = quote["text"]!.GetValue<string>();
            quote["text"] = "**" + text[2..];
        });
        Assert.Contains(new CorpusProblem("$.quotes[0].text", "Markdown bold '**' left in the text at 0"), problems);
    }

    private static QuoteCorpus Committed() => CoreFixture.Corpus;

    private static JsonObject Source(JsonObject root, string id, string prefix, string eventDate)
    {
        var source = root["sources"]![0]!.DeepClone().AsObject();
        source["id"] = id;
        source["quotePrefix"] = prefix;
        source["eventDate"] = eventDate;
        source.Remove("publishedAt");
        source.Remove("articlePublishedAt");
        return source;
    }

    private static List<CorpusProblem> Problems(Action<JsonObject> mutate)
    {
        var root = JsonNode.Parse(File.ReadAllText(RepoFiles.QuotesPath))!.AsObject();
        mutate(root);
        var corpus = JsonSerializer.Deserialize(root.ToJsonString(), CorpusJsonContext.Default.QuoteCorpus)!;
        return [.. CorpusValidator.Validate(corpus)];
    }

    private static void AssertProblem(Action<JsonObject> mutate, string path, string message) =>
        Assert.Contains(new CorpusProblem(path, message), Problems(mutate));
}
