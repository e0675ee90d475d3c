using System.Text.Json;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Import;
using QuoteBot.Testing;

namespace QuoteBot.Core.Tests.Import;

/// <summary>
/// A corpus of two talks: the committed HBS source and a short invented one in the same WeChat export format
/// (a talk given before the HBS one, so it comes first).
/// </summary>
public sealed class SeveralSourcesTests : IDisposable
{
    /// <summary>An invented talk: two highlights, a host, an audience question, a date the article states.</summary>
    private const string MakerArticle = """
        # 图文｜林薇在上海创客论坛的演讲：慢慢做，做扎实

        文章作者: 测试编辑
        发布时间: 2023-09-20 08:00
        原文链接: http://mp.weixin.qq.com/s?__biz=TEST

        ## 林薇在上海创客论坛的演讲

        本文所呈现的内容整理自**林薇**在上海创客论坛的公开演讲，演讲于2023年9月12日。

        > ★
        >
        > **金句摘录** ：
        >
        >   * 好的工具是让人忘记它存在的工具。
        >   * 作坊里最贵的不是木头，而是电。
        >

        ## 演讲完整图文

        **主持人小周：** 林老师，您为什么一直做手工工具？

        **林薇：** 我小时候在父亲的木工房长大。**好的工具是让人忘记它存在的工具**。这是他常说的话。

        **提问者：** 你好，我叫阿明。您怎么看作坊的成本？

        **林薇：** 说来奇怪，**作坊里最贵的不是木头，而是电**。所以我们把机器换成了手动的。

        **👇关注公众号后设🌟标，不错过第一手AI新鲜观点和动态**
        """;

    private readonly TempDirectory _dir = TempDirectory.Create("quotebot-sources");

    public void Dispose() => _dir.Dispose();

    private static IReadOnlyList<Topic> Topics => CorpusDirectory.ReadTopics(RepoFiles.TopicsPath);

    private static SourceArticle Harvard => new(
        "harvard-2024",
        RepoFiles.ReadArticle(),
        CorpusDirectory.ReadCuration(File.ReadAllText(RepoFiles.CurationPath), RepoFiles.CurationPath));

    private static CurationFile MakerCuration => new()
    {
        QuotePrefix = "m",
        Aliases = ["maker", "创客"],
        Event = new("Shanghai Maker Forum", "上海创客论坛"),
        Notes = [new SourceNote { Field = "event", Note = "The article's heading." }],
        Quotes =
        [
            new QuoteTags { Match = "忘记它存在", Topics = ["resourcefulness"] },
            new QuoteTags { Match = "而是电", Topics = ["energy"] },
        ],
    };

    private static SourceArticle Maker(CurationFile? curation = null) => new("maker-2023", MakerArticle, curation ?? MakerCuration);

    private static QuoteCorpus ImportBoth(CurationFile? maker = null) => CorpusImporter.Import([Harvard, Maker(maker)], Topics);

    private static string ImportError(CurationFile maker) => Assert.Throws<ImportException>(() => ImportBoth(maker)).Message;

    [Fact]
    public void Two_sources_make_one_corpus_with_unique_ids_and_the_hbs_ids_unchanged()
    {
        var alone = CorpusLoader.Load(RepoFiles.QuotesPath);
        var both = ImportBoth();

        Assert.Equal(["maker-2023", "harvard-2024"], both.Sources.Select(s => s.Id));
        Assert.Equal(both.Quotes.Count, both.Quotes.Select(q => q.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(["m01", "m02"], both.Quotes.Where(q => q.Source == "maker-2023").Select(q => q.Id));
        var harvard = both.Quotes.Where(q => q.Source == "harvard-2024").ToList();
        Assert.Equal(alone.Quotes.Select(q => (q.Id, q.Text, q.Turn)), harvard.Select(q => (q.Id, q.Text, q.Turn)));
        Assert.Equal(alone.Turns, both.Turns.Where(t => t.Source == "harvard-2024"));
    }

    [Fact]
    public void Each_quote_and_turn_is_in_its_source_and_attributed_to_its_own_speaker_and_date()
    {
        var library = new QuoteLibrary(ImportBoth());
        var maker = library.SourcesById["maker-2023"];
        Assert.Equal(["林薇"], maker.Speakers);
        Assert.Equal("2023-09-12", maker.EventDate);
        Assert.Null(maker.PublishedAt);
        Assert.Equal("2023-09-20 08:00", maker.ArticlePublishedAt);

        var electricity = library.Find("m2")!;
        Assert.Equal("作坊里最贵的不是木头，而是电。", electricity.Text);
        Assert.Equal("林薇", electricity.Speaker);
        Assert.Same(maker, library.SourceOf(electricity));
        Assert.Equal("阿明", electricity.Context!.AskedBy);
        Assert.Equal(["m02", "q11", "q14"], library.ByTopic["energy"].Select(q => q.Id));

        foreach (var quote in library.Quotes)
        {
            var turn = library.TurnOf(quote);
            Assert.Equal(quote.Source, turn.Source);
            Assert.Equal(quote.Text, turn.Text.Substring(quote.Start, quote.Length));
            if (quote.Context?.QuestionTurn is { } question)
            {
                Assert.NotNull(library.FindTurn(quote.Source, question));
            }
        }

        // Both sources have a t001; each quote finds its own.
        Assert.NotEqual(library.FindTurn("maker-2023", "t001"), library.FindTurn("harvard-2024", "t001"));
    }

    [Theory]
    [InlineData("q07", "q07")]
    [InlineData("Q7", "q07")]
    [InlineData("ｑ７", "q07")]
    [InlineData("#14", "q14")] // only the HBS talk has a 14th quote
    [InlineData("14", "q14")]
    [InlineData("m2", "m02")]
    [InlineData("M02", "m02")]
    [InlineData("1", "m01")] // both have a first quote: the first source's (the earlier talk)
    [InlineData("q99", null)]
    [InlineData("m3", null)]
    [InlineData("x1", null)]
    [InlineData("q", null)]
    public void Quotes_are_found_by_prefix_and_number_within_their_source(string typed, string? id) =>
        Assert.Equal(id, new QuoteLibrary(ImportBoth()).Find(typed)?.Id);

    [Theory]
    [InlineData("harvard-2024", "harvard-2024")]
    [InlineData("HBS", "harvard-2024")]
    [InlineData("ｈｂｓ", "harvard-2024")]
    [InlineData("哈佛", "harvard-2024")]
    [InlineData(" Maker ", "maker-2023")]
    [InlineData("创客", "maker-2023")]
    [InlineData("energy", null)]
    [InlineData("", null)]
    public void Sources_are_found_by_id_or_alias_whatever_the_case_or_width(string typed, string? id)
    {
        var library = new QuoteLibrary(ImportBoth());
        Assert.Equal(id, library.FindSource(typed)?.Id);
        Assert.Equal([2, 14], library.Sources.Select(s => library.QuotesBySource[s.Id].Count));
    }

    [Fact]
    public void Importing_the_folder_again_writes_identical_bytes()
    {
        var corpus = Path.Combine(_dir.Path, "corpus");
        CopyCommittedCorpus(corpus);
        WriteSource(corpus, "maker-2023", MakerArticle, MakerCuration);

        var first = CorpusImporter.ToJson(CorpusDirectory.Import(corpus));
        var second = CorpusImporter.ToJson(CorpusDirectory.Import(corpus));

        Assert.Equal(first, second);
        Assert.Equal(CorpusImporter.ToJson(ImportBoth()), first);
        Assert.Empty(CorpusValidator.Validate(CorpusLoader.Parse(first, "quotes.json")));
    }

    [Fact]
    public void A_source_without_its_curation_file_fails_naming_the_file()
    {
        var corpus = Path.Combine(_dir.Path, "corpus");
        CopyCommittedCorpus(corpus);
        var folder = Path.Combine(corpus, "sources", "maker-2023");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "article.md"), MakerArticle);

        var error = Assert.Throws<ImportException>(() => CorpusDirectory.Import(corpus));
        Assert.StartsWith($"source 'maker-2023': {Path.Combine(folder, "curation.json")} is missing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Q", "quotePrefix 'Q' must be 1 to 3 letters a-z")]
    [InlineData("m1", "quotePrefix 'm1' must be 1 to 3 letters a-z")]
    [InlineData("abcd", "quotePrefix 'abcd' must be 1 to 3 letters a-z")]
    [InlineData("", "quotePrefix '' must be 1 to 3 letters a-z")]
    [InlineData("q", "quotePrefix 'q' is already the prefix of source 'harvard-2024'")]
    public void A_malformed_or_duplicate_quote_prefix_fails(string prefix, string message) =>
        Assert.Contains($"source 'maker-2023': {message}", ImportError(MakerCuration with { QuotePrefix = prefix }), StringComparison.Ordinal);

    [Theory]
    // The maker talk (2023) comes before Harvard (2024): a name both claim is reported on the later one.
    [InlineData("hbs", "source 'harvard-2024': alias 'hbs' is already a name of source 'maker-2023'")]
    [InlineData("ＨＢＳ", "source 'harvard-2024': alias 'hbs' is already a name of source 'maker-2023'")]
    [InlineData("harvard-2024", "source 'maker-2023': alias 'harvard-2024' is already a name of source 'harvard-2024'")]
    [InlineData("energy", "source 'maker-2023': alias 'energy' is already a name of topic 'energy'")]
    [InlineData("核聚变", "source 'maker-2023': alias '核聚变' is already a name of topic 'energy'")]
    [InlineData("能源", "source 'maker-2023': alias '能源' is already a name of topic 'energy'")]
    [InlineData("maker-2023", "source 'maker-2023': alias 'maker-2023' is listed twice (or repeats the id)")]
    [InlineData(" ", "source 'maker-2023': alias ' ' must be 1 to 32 characters and not look like a quote id or number")]
    [InlineData("m7", "source 'maker-2023': alias 'm7' must be 1 to 32 characters and not look like a quote id or number")]
    [InlineData("2023", "source 'maker-2023': alias '2023' must be 1 to 32 characters and not look like a quote id or number")]
    [InlineData("maker energy", "source 'maker-2023': alias 'maker energy' has the word 'energy', a name of topic 'energy'")]
    [InlineData("maker hbs", "source 'maker-2023': alias 'maker hbs' has the word 'hbs', a name of source 'harvard-2024'")]
    public void An_alias_that_is_malformed_or_names_something_else_fails(string alias, string message) =>
        Assert.Contains(message, ImportError(MakerCuration with { Aliases = ["maker", alias] }), StringComparison.Ordinal);

    [Fact]
    public void An_alias_given_twice_fails() =>
        Assert.Contains("source 'maker-2023': alias 'Maker' is listed twice", ImportError(MakerCuration with { Aliases = ["maker", "Maker"] }), StringComparison.Ordinal);

    [Fact]
    public void A_curated_value_without_a_note_fails_naming_the_field()
    {
        var error = ImportError(MakerCuration with { Moderator = "小周" });
        Assert.Contains("source 'maker-2023': the curated moderator has no note", error, StringComparison.Ordinal);

        var noEventNote = ImportError(MakerCuration with { Notes = [] });
        Assert.Contains("source 'maker-2023': the curated event has no note", noEventNote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_about_a_value_the_curation_does_not_set_fails() =>
        Assert.Contains(
            "source 'maker-2023': a note is about 'venue', which the curation file does not set",
            ImportError(MakerCuration with { Notes = [.. MakerCuration.Notes, new SourceNote { Field = "venue", Note = "somewhere" }] }),
            StringComparison.Ordinal);

    [Fact]
    public void A_curated_event_date_overrides_the_article_and_needs_its_note()
    {
        var curated = MakerCuration with
        {
            EventDate = "2023-09-13",
            Notes = [.. MakerCuration.Notes, new SourceNote { Field = "eventDate", Note = "The forum's programme." }],
        };
        Assert.Equal("2023-09-13", ImportBoth(curated).Sources[0].EventDate);
    }

    [Fact]
    public void A_curated_event_date_that_is_not_a_date_fails() =>
        Assert.Contains(
            "source 'maker-2023': eventDate '2023-9-12' is not a date (yyyy-MM-dd)",
            ImportError(MakerCuration with { EventDate = "2023-9-12", Notes = [.. MakerCuration.Notes, new SourceNote { Field = "eventDate", Note = "n" }] }),
            StringComparison.Ordinal);

    [Fact]
    public void A_talk_whose_day_is_unknown_fails()
    {
        var article = MakerArticle.Replace("演讲于2023年9月12日", "公开发表于2023年9月15日", StringComparison.Ordinal);
        var error = Assert.Throws<ImportException>(() => CorpusImporter.Import([Harvard, new SourceArticle("maker-2023", article, MakerCuration)], Topics));
        Assert.StartsWith("source 'maker-2023': the day of the talk is unknown", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_curation_match_that_matches_only_another_sources_quote_fails()
    {
        var error = ImportError(MakerCuration with { Quotes = [.. MakerCuration.Quotes, new QuoteTags { Match = "道德义务", Topics = ["compute"] }] });
        Assert.Contains("source 'maker-2023': curation.json: quotes[2].match \"道德义务\" matches 0 quotes of this source", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_name_that_is_not_a_slug_fails()
    {
        var error = Assert.Throws<ImportException>(() => CorpusImporter.Import([Harvard, Maker() with { Id = "Maker 2023" }], Topics));
        Assert.Contains("source 'Maker 2023': the folder name must be a slug", error.Message, StringComparison.Ordinal);
    }

    private static void CopyCommittedCorpus(string corpus)
    {
        File.Copy(RepoFiles.TopicsPath, Path.Combine(Directory.CreateDirectory(corpus).FullName, "topics.json"));
        var harvard = Directory.CreateDirectory(Path.Combine(corpus, "sources", "harvard-2024")).FullName;
        File.Copy(RepoFiles.ArticlePath, Path.Combine(harvard, "article.md"));
        File.Copy(RepoFiles.CurationPath, Path.Combine(harvard, "curation.json"));
    }

    private static void WriteSource(string corpus, string id, string article, CurationFile curation)
    {
        var folder = Directory.CreateDirectory(Path.Combine(corpus, "sources", id)).FullName;
        File.WriteAllText(Path.Combine(folder, "article.md"), article);
        File.WriteAllText(Path.Combine(folder, "curation.json"), JsonSerializer.Serialize(curation, CorpusJsonContext.Default.CurationFile));
    }
}
