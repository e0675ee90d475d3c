using QuoteBot.Cards.Rendering;
using QuoteBot.Cards.Text;
using QuoteBot.Core.Localization;
using SkiaSharp;

namespace QuoteBot.Cards.Tests;

/// <summary>What the renderer does with text the layout was not made for: characters the font lacks, over-long lines,
/// Latin words dense in Han text.</summary>
public class CardRendererEdgeTests
{
    private static readonly CardRenderer Renderer = new();

    [Fact]
    public void A_character_missing_from_the_font_is_an_error_naming_it_not_an_empty_box()
    {
        const string missing = "龘";
        Assert.False(CardFont.Embedded.Covers(char.ConvertToUtf32(missing, 0)), "pick a character outside the subset");
        var card = Corpus.Card("q14", UiLanguage.Chinese) with { Text = "我认为" + missing + "很好。" };

        var error = Assert.Throws<MissingGlyphException>(() => Renderer.Render(card, new CardStyle(Language: UiLanguage.Chinese)));
        Assert.Equal([missing], error.Characters);
        Assert.Equal("q14", error.QuoteId);
        Assert.Contains("U+9F98", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_missing_from_the_speaker_or_topics_is_an_error_too()
    {
        var card = Corpus.Card("q14") with { Topics = ["Safety", "𠀀"] };
        Assert.Throws<MissingGlyphException>(() => Renderer.Render(card, new CardStyle()));
    }

    [Theory]
    [InlineData(CardTheme.Light, CardSize.Portrait)]
    [InlineData(CardTheme.Dark, CardSize.Square)]
    public void An_over_long_speaker_and_topic_list_are_cut_to_their_area_not_drawn_into_the_margin(CardTheme theme, CardSize size)
    {
        var longName = string.Concat(Enumerable.Repeat("Sam Altman and ", 14))[..200];
        var topics = Enumerable.Range(0, 30).Select(i => "Topic" + i).ToList();
        Assert.True(string.Join(" · ", topics).Length >= 200);
        var card = Corpus.Card("q14") with { Speaker = longName, Attribution = longName + " · Harvard Business School · 2024-05-01", Topics = topics };
        var style = new CardStyle(theme, size);

        using var bitmap = SKBitmap.Decode(Renderer.Render(card, style));
        var geometry = CardGeometry.For(style);
        var background = bitmap.GetPixel(bitmap.Width - 1, bitmap.Height - 1);
        // Below the quote's box (where the speaker, talk and footer are), the right margin stays empty.
        for (var y = (int)(CardGeometry.QuoteTop + geometry.QuoteHeight); y < bitmap.Height; y++)
        {
            for (var x = (int)(CardGeometry.Margin + geometry.TextWidth) + 2; x < bitmap.Width; x++)
            {
                Assert.True(bitmap.GetPixel(x, y) == background, $"ink at ({x}, {y}) in the right margin");
            }
        }
    }

    [Fact]
    public void A_line_too_long_even_at_seventy_percent_ends_in_an_ellipsis_within_its_width()
    {
        var text = string.Join(" · ", Enumerable.Range(0, 30).Select(i => "Topic" + i));
        var (shaped, size) = SingleLine.Fit(CardFont.Embedded, text, 28, 600);

        var shown = string.Concat(shaped.Atom.Text);
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
        Assert.StartsWith("Topic0 · Topic1", shown, StringComparison.Ordinal);
        Assert.Equal(28 * 0.7f, size, 0.01f);
        Assert.InRange(SingleLine.Width(CardFont.Embedded, shaped, size), 500, 600);
    }

    [Fact]
    public void A_line_that_fits_is_drawn_whole_at_its_size()
    {
        var (shaped, size) = SingleLine.Fit(CardFont.Embedded, "Sam Altman", 40, 800);
        Assert.Equal(("Sam Altman", 40f), (shaped.Atom.Text, size));
    }

    [Theory]
    [InlineData("我A我B我C我D我E我F我G我H我I我J我K我L我M我N我O我P我Q我R我S我T我U我V我W我X我Y我Z")]
    [InlineData("我们用 GPT-4 和 OpenAI 的 API 在 2012 年写了 3.5 万行 C++ 代码，花了 ¥100 和 10:30 的时间，效率提高了 50%。")]
    public void No_line_of_mixed_text_is_wider_than_its_box_once_its_Han_Latin_gaps_are_counted(string text)
    {
        const float width = 888;
        var block = QuoteBlock.Fit(CardFont.Embedded, text, width, 700);
        var scale = block.FontSize / CardFont.Embedded.UnitsPerEm;
        foreach (var line in block.Lines)
        {
            var placed = LineLayout.Place(line, scale, block.FontSize, width, justify: false);
            var last = placed.Last(a => !a.Shaped.Atom.IsClosing);
            var end = last.X + last.Shaped.Advance * scale;
            Assert.True(end <= width + 0.5f, $"[{string.Concat(line.Select(a => a.Atom.Text))}] ends at {end} of {width}");
        }
    }

    [Fact]
    public void Han_and_Latin_are_a_quarter_em_apart_with_or_without_a_written_space()
    {
        var block = QuoteBlock.Fit(CardFont.Embedded, "用 GPT-4 和OpenAI写", 888, 700);
        var scale = block.FontSize / CardFont.Embedded.UnitsPerEm;
        var placed = LineLayout.Place(Assert.Single(block.Lines), scale, block.FontSize, 888, justify: false);
        var gaps = new List<float>();
        for (var i = 1; i < placed.Count; i++)
        {
            if (HanLatinSpacing.Between(placed[i - 1].Shaped.Atom, placed[i].Shaped.Atom))
            {
                gaps.Add(placed[i].X - (placed[i - 1].X + placed[i - 1].Shaped.Advance * scale));
            }
        }

        Assert.Equal(4, gaps.Count);
        Assert.All(gaps, gap => Assert.Equal(HanLatinSpacing.Gap * block.FontSize, gap, 0.01f));
    }

    [Fact]
    public void The_shared_font_cannot_be_disposed_by_a_user()
    {
        // One native font serves every render on every thread: a Dispose anywhere would break the others.
        Assert.False(typeof(IDisposable).IsAssignableFrom(typeof(CardFont)));
        Assert.Same(CardFont.Embedded, CardFont.Embedded);
    }
}
