using QuoteBot.Cards.Rendering;
using QuoteBot.Cards.Text;

namespace QuoteBot.Cards.Tests.Text;

public class TextAtomsTests
{
    [Theory]
    [InlineData("用GPT-4做", "用|GPT-4|做")]
    [InlineData("在 2012 年", "在| |2012| |年")]
    [InlineData("Ilya 和 AlexNet。", "Ilya| |和| |AlexNet|。")]
    [InlineData("3.5 版本", "3.5| |版|本")]
    [InlineData("don't stop", "don't| |stop")]
    [InlineData("AI, 好", "AI|,| |好")]
    [InlineData("等等……然后——他", "等|等|……|然|后|——|他")]
    [InlineData("“你好”", "“|你|好|”")]
    [InlineData("卖了1,000台", "卖|了|1,000|台")]
    [InlineData("上午10:30开会", "上|午|10:30|开|会")]
    [InlineData("只要¥100。", "只|要|¥100|。")]
    [InlineData("用C++写", "用|C++|写")]
    [InlineData("涨了50%，", "涨|了|50%|，")]
    [InlineData("GPT-3.5和C#", "GPT-3.5|和|C#")]
    [InlineData("见https://openai.com/blog/x。", "见|https://openai.com/blog/x|。")]
    [InlineData("写信给sam@openai.com，", "写|信|给|sam@openai.com|，")]
    [InlineData("AI, 1, 2", "AI|,| |1|,| |2")]
    public void Text_is_cut_into_words_characters_marks_and_spaces(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', TextAtoms.Split(text).Select(a => a.Text)));
    }

    [Fact]
    public void A_double_dash_is_drawn_as_one_unbroken_stroke()
    {
        var dash = ShapedAtom.ShapeAll(CardFont.Embedded, TextAtoms.Split("——"))["——"];
        Assert.True(CardFont.Embedded.Shaper.TryGetGlyphExtents(dash.Glyphs[0], out var ink));
        // The second stroke starts where the first ends (one unit of overlap), not a side bearing later.
        Assert.Equal(ink.Width - 1, dash.X[1] - dash.X[0], 0.01f);
        // …in the room of two full-width dashes, as Chinese writes it (the font's Simplified Chinese form, not the
        // narrower Latin em dash).
        Assert.Equal(2 * CardFont.Embedded.UnitsPerEm, dash.Advance, 0.01f);
    }
}
