using QuoteBot.Core.Localization;

namespace QuoteBot.Core.Tests.Corpus;

/// <summary>What the committed corpus says about the HBS talk: its date, and topics a reader finds right.</summary>
public sealed class CommittedCorpusTests : IDisposable
{
    private readonly CoreFixture _core = new();

    public void Dispose() => _core.Dispose();

    [Fact]
    public void Attributions_date_the_talk_not_the_video()
    {
        var card = _core.Run("/quote q14").Quote!;
        Assert.Equal("Sam Altman · Harvard Business School · 2024-05-01", card.Attribution);
        Assert.Equal(new DateOnly(2024, 5, 1), card.EventDate);
        Assert.Equal("harvard-2024", card.SourceId);

        var chinese = _core.Run("/context q14", language: UiLanguage.Chinese).Context!;
        Assert.Equal("Sam Altman · 哈佛商学院 · 2024-05-01", chinese.Attribution);
        Assert.Equal(new DateOnly(2024, 5, 1), chinese.EventDate);
    }

    [Fact]
    public void The_source_keeps_the_talk_the_recording_and_the_article_apart()
    {
        var source = Assert.Single(_core.Library.Sources);
        Assert.Equal(("2024-05-01", "2024-10-16", "2024-10-17 09:50"), (source.EventDate, source.PublishedAt, source.ArticlePublishedAt));
        Assert.Equal("Memorial Church, Harvard University", source.Venue!.En);
        Assert.Contains("Xfund", source.Hosts!.En, StringComparison.Ordinal);
        Assert.Equal("Patrick Chung", source.Moderator);
        Assert.Equal(
            ["event", "eventDate", "venue", "hosts", "moderator"],
            source.Notes.Select(n => n.Field));
    }

    [Fact]
    public void Topic_energy_alternates_between_its_two_quotes()
    {
        var ids = Enumerable.Range(0, 6).Select(_ => _core.Run("/topic energy").Quote!.Id).ToList();
        Assert.Equal(["q11", "q14"], ids.Take(2).Order(StringComparer.Ordinal));
        for (var i = 1; i < ids.Count; i++)
        {
            Assert.NotEqual(ids[i - 1], ids[i]);
        }
    }

    [Fact]
    public void The_duty_to_make_compute_and_energy_cheap_is_filed_under_energy_compute_and_inequality()
    {
        Assert.Equal(["energy", "compute", "inequality"], _core.Library.ById["q11"].Topics);
        Assert.DoesNotContain(_core.Library.Topics, t => t.Id == "education");
    }

    [Fact]
    public void The_answer_about_rivals_catching_up_is_about_competition_only() =>
        Assert.Equal(["competition"], _core.Library.ById["q13"].Topics);
}
