using QuoteBot.Cards.Rendering;
using QuoteBot.Cards.Text;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using SkiaSharp;

namespace QuoteBot.Cards.Tests;

public class CardRendererTests
{
    private static readonly CardRenderer Renderer = new();

    [Fact]
    public void The_same_quote_and_style_give_the_same_bytes()
    {
        var style = new CardStyle(CardTheme.Dark, CardSize.Portrait, UiLanguage.Chinese);
        var first = Renderer.Render(Corpus.Card("q03", UiLanguage.Chinese), style);
        var second = new CardRenderer().Render(Corpus.Card("q03", UiLanguage.Chinese), style);
        Assert.Equal(first, second);
    }

    public static TheoryData<CardTheme, CardSize, UiLanguage> Styles()
    {
        var data = new TheoryData<CardTheme, CardSize, UiLanguage>();
        foreach (var theme in Enum.GetValues<CardTheme>())
        {
            foreach (var size in Enum.GetValues<CardSize>())
            {
                foreach (var language in Enum.GetValues<UiLanguage>())
                {
                    data.Add(theme, size, language);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Every_quote_renders_as_a_png_of_the_size_asked_within_500_KB(CardTheme theme, CardSize size, UiLanguage language)
    {
        var style = new CardStyle(theme, size, language);
        foreach (var quote in Corpus.Library.Quotes)
        {
            var png = Renderer.Render(Corpus.Card(quote.Id, language), style);
            Assert.InRange(png.Length, 1, 500 * 1024);
            using var bitmap = SKBitmap.Decode(png);
            Assert.NotNull(bitmap);
            Assert.Equal((1080, style.Height), (bitmap.Width, bitmap.Height));
        }
    }

    [Theory]
    [InlineData(20)]
    [InlineData(200)]
    [InlineData(1500)]
    public void A_quote_of_any_length_fits_between_the_smallest_and_largest_size(int length)
    {
        var text = string.Concat(Enumerable.Repeat("我们知道深度学习有效，也知道规模越大越好。", 10 + length / 20))[..length];
        var block = QuoteBlock.Fit(CardFont.Embedded, text, 888, 700);
        Assert.InRange(block.FontSize, QuoteBlock.SmallestSize, QuoteBlock.LargestSize);
        Assert.True(block.Height <= 700, $"{block.Lines.Count} lines of {block.FontSize}px are {block.Height}px high");
        var shown = string.Concat(block.Lines.SelectMany(l => l).Select(a => a.Atom.Text));
        Assert.True(length < 300 ? shown == text : shown.EndsWith('…'), shown);
    }

    [Fact]
    public void A_short_quote_is_set_larger_than_a_long_one()
    {
        var shortBlock = QuoteBlock.Fit(CardFont.Embedded, Corpus.Card("q06").Text, 888, 700);
        var longBlock = QuoteBlock.Fit(CardFont.Embedded, Corpus.Card("q05").Text, 888, 700);
        Assert.Equal(QuoteBlock.LargestSize, shortBlock.FontSize);
        Assert.True(longBlock.FontSize < shortBlock.FontSize);
    }

    [Fact]
    public void A_last_line_of_one_character_is_avoided_by_setting_the_quote_a_little_smaller()
    {
        // Eleven characters: ten fit a line at the largest size, which would leave the eleventh alone.
        const string text = "我认为用户都很聪明的人";
        var scale = QuoteBlock.LargestSize / CardFont.Embedded.UnitsPerEm;
        Assert.True(ShapedAtomWidth(text) * scale > 888, "the text must not fit one line at the largest size");
        var block = QuoteBlock.Fit(CardFont.Embedded, text, 888, 700);
        Assert.False(block.EndsInOrphan);
        Assert.Single(block.Lines);
        Assert.True(block.FontSize < QuoteBlock.LargestSize);
    }

    private static float ShapedAtomWidth(string text) => ShapedAtom.Shape(CardFont.Embedded, text).Advance;

    [Fact]
    public void A_closing_mark_at_the_edge_hangs_in_the_margin_and_the_other_lines_are_justified_flush()
    {
        // q05 on the square card: a comma falls at the end of its second line.
        var box = CardGeometry.For(new CardStyle(CardTheme.Dark, CardSize.Square, UiLanguage.Chinese));
        Assert.Equal(888, box.TextWidth);
        var block = QuoteBlock.Fit(CardFont.Embedded, Corpus.Card("q05", UiLanguage.Chinese).Text, box.TextWidth, box.QuoteHeight);
        var scale = block.FontSize / CardFont.Embedded.UnitsPerEm;
        var hanging = 0;
        for (var i = 0; i < block.Lines.Count - 1; i++)
        {
            var placed = LineLayout.Place(block.Lines[i], scale, block.FontSize, 888, justify: true);
            var last = placed[^1];
            var end = last.X + last.Shaped.Advance * scale;
            if (last.Shaped.Atom.IsClosing && last.X >= 888 - 1)
            {
                hanging++; // drawn past the edge, in the margin
            }
            else
            {
                // Flush: the line ends at the edge, a closing mark counting its inked half only.
                var inked = last.Shaped.Atom.IsClosing && Punctuation.IsClosingHalf(last.Shaped.Atom.Text[0]) ? end - last.Shaped.Advance * scale / 2 : end;
                Assert.InRange(inked, 888 - 1, 888 + 1);
            }
        }

        Assert.True(hanging > 0, "no line of q05 ends with a hanging mark: pick another quote for this case");
    }

    [Fact]
    public void The_attribution_line_leaves_out_the_speaker_who_has_a_line_of_his_own()
    {
        var card = new QuoteCard("x1", "我认为用户都很聪明。", "Sam Altman", "Sam Altman · Harvard Business School · 2024-05-01", null, ["Safety"], false, "s", null);
        Assert.NotEmpty(Renderer.Render(card, new CardStyle()));
    }
}
