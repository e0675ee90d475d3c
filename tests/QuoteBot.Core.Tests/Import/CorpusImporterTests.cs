using QuoteBot.Core.Corpus;
using QuoteBot.Core.Import;

namespace QuoteBot.Core.Tests.Import;

public sealed class CorpusImporterTests
{
    private static readonly Lazy<QuoteCorpus> Imported = new(() => CorpusDirectory.Import(RepoFiles.CorpusPath));

    private static QuoteCorpus Corpus => Imported.Value;

    private static CurationFile Curation() => CorpusDirectory.ReadCuration(File.ReadAllText(RepoFiles.CurationPath), RepoFiles.CurationPath);

    private static IReadOnlyList<Topic> Topics() => CorpusDirectory.ReadTopics(RepoFiles.TopicsPath);

    /// <summary>The committed HBS source alone, with its article or curation changed by a test.</summary>
    private static QuoteCorpus ImportHarvard(string article, CurationFile curation) =>
        CorpusImporter.Import([new SourceArticle("harvard-2024", article, curation)], Topics());

    [Fact]
    public void Committed_quotes_json_is_byte_for_byte_a_fresh_import_of_the_committed_sources()
    {
        var fresh = CorpusImporter.ToJson(Corpus);
        var committed = File.ReadAllText(RepoFiles.QuotesPath);
        Assert.True(fresh == committed, "quotes.json is stale: run `dotnet run --project src/QuoteBot -- corpus import corpus -o quotes.json`");
    }

    [Fact]
    public void Quotes_json_is_readable_indented_utf8_with_chinese_unescaped()
    {
        var committed = File.ReadAllText(RepoFiles.QuotesPath);
        Assert.Contains("\n  \"schemaVersion\": 2,", committed, StringComparison.Ordinal);
        Assert.Contains("能源", committed, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u80fd", committed, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Reads_the_source_metadata_from_the_article_and_the_talk_from_the_curation()
    {
        var source = Assert.Single(Corpus.Sources);
        Assert.Equal("harvard-2024", source.Id);
        Assert.Equal("q", source.QuotePrefix);
        Assert.StartsWith("万字图文｜奥特曼在哈佛商学院最新演讲", source.Title, StringComparison.Ordinal);
        Assert.Equal(["Sam Altman"], source.Speakers);
        Assert.Equal("Harvard Business School", source.Event.En);
        Assert.Equal("2024-05-01", source.EventDate);
        Assert.Equal("Patrick Chung", source.Moderator);
        Assert.Equal("瓜哥AI新知", source.Author);
        Assert.Equal("2024-10-16", source.PublishedAt);
        Assert.Equal("2024-10-17 09:50", source.ArticlePublishedAt);
        Assert.Equal("https://www.youtube.com/watch?v=FVRHTWWEIz4", source.VideoUrl);
        Assert.StartsWith("http://mp.weixin.qq.com/s?__biz=", source.ArticleUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void Turns_are_ordered_with_roles_and_without_images_ads_or_footer()
    {
        Assert.Equal(SpeakerRole.Host, Corpus.Turns[0].Role);
        Assert.Equal("Patrick", Corpus.Turns[0].Speaker);
        Assert.Equal(SpeakerRole.Guest, Corpus.Turns[1].Role);
        Assert.Contains(Corpus.Turns, t => t.Role == SpeakerRole.Audience);
        Assert.Equal(Corpus.Turns.Select((_, i) => $"t{i + 1:000}"), Corpus.Turns.Select(t => t.Id));
        Assert.All(Corpus.Turns, t =>
        {
            Assert.DoesNotContain("mmbiz.qpic.cn", t.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("关注公众号", t.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("往期精选", t.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("**", t.Text, StringComparison.Ordinal);
        });
        Assert.EndsWith("谢谢大家。", Corpus.Turns[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("你好，我叫佩吉", "佩吉")]
    [InlineData("你好，我是来自商学院的 Yuma", "Yuma")]
    [InlineData("我叫萨尔·帕尔萨", "萨尔·帕尔萨")]
    [InlineData("你好，我叫弗莱彻", "弗莱彻")]
    [InlineData("第二个问题是对帕特里克之前问题的重新表述", "乔纳斯")]
    [InlineData("你好，我在麻省理工学院学习", "麻省理工学院的提问者")]
    public void Audience_askers_are_named_where_the_transcript_names_them(string opening, string asker)
    {
        var turn = Assert.Single(Corpus.Turns, t => t.Text.StartsWith(opening, StringComparison.Ordinal));
        Assert.Equal(SpeakerRole.Audience, turn.Role);
        Assert.Equal(asker, turn.AskedBy);
    }

    [Theory]
    [InlineData(0, "而我们最初对 OpenAI 的设想是", "然后，我们确实做成的一些东西")]
    [InlineData(1, "在 2012 年，当我的联合创始人 Ilya", "更重要或更重大。")]
    [InlineData(2, "对我来说，这似乎是也许是我听过的最重要的知识", "为什么这不像一场地震一样震撼世界？")]
    [InlineData(3, "AGI不是神经网络", "单个神经网络的信息处理能力。")]
    [InlineData(4, "我认为系统性的错误在于", "进步将继续保持显著的势头。")]
    public void Every_highlight_is_one_featured_quote_anchored_in_its_body_turn(int index, string contains, string endsWithOrContains)
    {
        var featured = Corpus.Quotes.Where(q => q.Featured).ToList();
        Assert.Equal(5, featured.Count);
        var quote = featured[index];
        var turn = Corpus.Turns.Single(t => t.Id == quote.Turn);
        Assert.Equal(SpeakerRole.Guest, turn.Role);
        Assert.Equal(quote.Text, turn.Text.Substring(quote.Start, quote.Length));
        Assert.Contains(contains, quote.Text, StringComparison.Ordinal);
        Assert.Contains(endsWithOrContains, quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_xie_jiao_highlight_keeps_the_editors_wording_and_anchors_to_the_body_spelling()
    {
        var quote = Assert.Single(Corpus.Quotes, q => q.Highlight?.Contains("邪教", StringComparison.Ordinal) == true);
        Assert.True(quote.Featured);
        Assert.Contains("xie教", quote.Text, StringComparison.Ordinal);
        Assert.Contains("邪教", quote.DisplayText, StringComparison.Ordinal);
        Assert.Contains("我们是不是在某种xie教中", Corpus.Turns.Single(t => t.Id == quote.Turn).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stage_note_is_kept_apart_from_the_quote()
    {
        var quote = Assert.Single(Corpus.Quotes, q => q.Note is not null);
        Assert.Equal("谈到人们对OpenAI最大的误读", quote.Note);
        Assert.StartsWith("我认为系统性的错误", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bold_passages_that_twin_a_highlight_merge_into_it()
    {
        // The body bolds "对我来说…知识" and "我完全疯了吗…" apart; the highlight joins them: one quote.
        Assert.Single(Corpus.Quotes, q => q.Text.Contains("最重要的知识", StringComparison.Ordinal));
        Assert.Single(Corpus.Quotes, q => q.Text.Contains("我完全疯了吗", StringComparison.Ordinal));
        Assert.Single(Corpus.Quotes, q => q.Text.Contains("如果你创办一家营利性公司", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_bold_passages_of_the_guest_are_quotes_too()
    {
        Assert.Contains(Corpus.Quotes, q => !q.Featured && q.Text.Contains("足智多谋", StringComparison.Ordinal));
        Assert.Contains(Corpus.Quotes, q => !q.Featured && q.Text.Contains("广告对我们来说是商业模式的最后手段", StringComparison.Ordinal));
        Assert.Contains(Corpus.Quotes, q => !q.Featured && q.Text.Contains("智能的成本应该与能源的成本大致相等", StringComparison.Ordinal));
        Assert.Contains(Corpus.Quotes, q => !q.Featured && q.Text.Contains("道德义务", StringComparison.Ordinal));
        Assert.True(Corpus.Quotes.Count >= 14);
    }

    [Fact]
    public void No_two_quotes_share_text_or_overlap_in_a_turn()
    {
        Assert.Equal(Corpus.Quotes.Count, Corpus.Quotes.Select(q => q.Text).Distinct().Count());
        foreach (var group in Corpus.Quotes.GroupBy(q => q.Turn))
        {
            var spans = group.OrderBy(q => q.Start).ToList();
            for (var i = 1; i < spans.Count; i++)
            {
                Assert.True(spans[i].Start >= spans[i - 1].Start + spans[i - 1].Length, $"{spans[i - 1].Id} and {spans[i].Id} overlap");
            }
        }
    }

    [Fact]
    public void Every_quote_has_a_known_topic_and_every_topic_a_quote()
    {
        var topics = Corpus.Topics.Select(t => t.Id).ToHashSet();
        Assert.All(Corpus.Quotes, q => Assert.NotEmpty(q.Topics));
        Assert.All(Corpus.Quotes.SelectMany(q => q.Topics), t => Assert.Contains(t, topics));
        Assert.All(topics, t => Assert.Contains(Corpus.Quotes, q => q.Topics.Contains(t)));
        foreach (var required in new[] { "energy", "scaling", "agi", "startups", "business-model", "ads", "safety", "competition", "compute", "inequality", "resourcefulness" })
        {
            Assert.Contains(required, topics);
        }
    }

    [Fact]
    public void Every_guest_quote_carries_its_question_asker_and_text_and_its_paragraph()
    {
        Assert.All(Corpus.Quotes, q =>
        {
            var context = Assert.IsType<QuoteContext>(q.Context);
            Assert.False(string.IsNullOrWhiteSpace(context.AskedBy), q.Id);
            Assert.False(string.IsNullOrWhiteSpace(context.Question), q.Id);
            Assert.NotEqual(SpeakerRole.Guest, context.AskerRole);
            var questionTurn = Corpus.Turns.Single(t => t.Id == context.QuestionTurn);
            Assert.Equal(questionTurn.Text, context.Question);
            Assert.Contains(q.Text, context.Paragraph, StringComparison.Ordinal);
            Assert.DoesNotContain("\n\n", context.Paragraph, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Energy_holds_the_answer_to_the_energy_question_and_the_moral_duty_to_cheapen_compute_and_energy()
    {
        Assert.Equal(["q11", "q14"], Corpus.Quotes.Where(q => q.Topics.Contains("energy")).Select(q => q.Id));
        Assert.Contains("将计算和能源的价格尽可能降低是一种道德义务", Corpus.Quotes.Single(q => q.Id == "q11").Text, StringComparison.Ordinal);

        var energy = Corpus.Quotes.Single(q => q.Id == "q14");
        Assert.Equal("弗莱彻", energy.Context!.AskedBy);
        Assert.Equal(SpeakerRole.Audience, energy.Context.AskerRole);
        Assert.Contains("我有一个关于能源的问题", energy.Context.Question, StringComparison.Ordinal);
        Assert.Contains("核聚变", energy.Context.Paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void A_highlight_that_cannot_be_anchored_fails_the_import_naming_it()
    {
        // Rewrite the body's passage (the last occurrence; the first is the highlight itself).
        var original = RepoFiles.ReadArticle();
        const string Body = "**AGI不是神经网络，它不是存在于我们任何一个数据中心或任何一个AI副本中，而是这种巨大的智能生产和积累以及技术树";
        var at = original.LastIndexOf(Body, StringComparison.Ordinal);
        var article = string.Concat(original.AsSpan(0, at), "**今天天气很好，我们去公园散步吧，然后吃一顿午饭，再回家睡一个长长的午觉，醒来以后读一本书再去跑步", original.AsSpan(at + Body.Length));
        Assert.NotEqual(RepoFiles.ReadArticle(), article);
        var error = Assert.Throws<ImportException>(() => ImportHarvard(article, Curation()));
        Assert.Contains("highlight 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("matches no guest turn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_curated_tag_that_matches_no_quote_fails_the_import()
    {
        var curation = Curation() with { Quotes = [new QuoteTags { Match = "这句话不存在", Topics = ["energy"] }] };
        var error = Assert.Throws<ImportException>(() => ImportHarvard(RepoFiles.ReadArticle(), curation));
        Assert.Contains("source 'harvard-2024': curation.json: quotes[0].match \"这句话不存在\" matches 0 quotes of this source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_without_highlights_fails_the_import()
    {
        var article = RepoFiles.ReadArticle().Replace("金句摘录", "摘要", StringComparison.Ordinal);
        var error = Assert.Throws<ImportException>(() => ImportHarvard(article, Curation()));
        Assert.Contains("金句摘录", error.Message, StringComparison.Ordinal);
    }
}
