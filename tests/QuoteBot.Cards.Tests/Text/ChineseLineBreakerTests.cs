using CsCheck;
using QuoteBot.Cards.Text;

namespace QuoteBot.Cards.Tests.Text;

public class ChineseLineBreakerTests
{
    // A monospaced stand-in for the font: Han and full-width marks one em, Latin half an em a letter, a space a quarter.
    private static float Width(TextAtom atom) => atom.Kind switch
    {
        AtomKind.Space => 0.25f,
        AtomKind.Word => 0.5f * atom.Text.Length,
        _ => atom.Text[0] < 0x80 ? 0.5f : 1f,
    };

    /// <summary>At most a line's width as the breaker counts it: trailing spaces left out, the half-ink marks among the
    /// closing marks at its end at half (the breaker halves them only where they hang).</summary>
    private static float EffectiveWidth(List<TextAtom> line)
    {
        var atoms = line.AsEnumerable().Reverse().SkipWhile(a => a.Kind == AtomKind.Space).Reverse().ToList();
        var width = atoms.Sum(Width);
        for (var i = atoms.Count - 1; i > 0 && (atoms[i].IsClosing || atoms[i].Kind == AtomKind.Space); i--)
        {
            width -= atoms[i].IsClosing && Punctuation.IsClosingHalf(atoms[i].Text[0]) ? Width(atoms[i]) / 2 : 0;
        }

        return width;
    }

    private static List<string> Break(string text, float lineWidth, float hang = 1) =>
        ChineseLineBreaker.Break(text, Width, lineWidth, hang);

    [Fact]
    public void Fills_lines_of_Han_characters()
    {
        Assert.Equal(["一二三四", "五六七八", "九"], Break("一二三四五六七八九", 4));
    }

    [Fact]
    public void Closing_punctuation_that_would_start_a_line_hangs_at_the_end_of_the_previous()
    {
        Assert.Equal(["一二三四。", "五六"], Break("一二三四。五六", 4));
    }

    [Fact]
    public void Two_closing_marks_of_half_ink_hang_together()
    {
        // 。” each fill half their box: together one em, what one hang allows.
        Assert.Equal(["一二三四。”", "五六"], Break("一二三四。”五六", 4));
    }

    [Fact]
    public void Closing_punctuation_beyond_the_hang_pulls_the_character_before_it_to_the_next_line()
    {
        Assert.Equal(["一二三", "四。五六"], Break("一二三四。五六", 4, hang: 0));
    }

    [Fact]
    public void Opening_punctuation_never_ends_a_line()
    {
        Assert.Equal(["一二三", "“四五”"], Break("一二三“四五”", 4));
    }

    [Theory]
    [InlineData("我们用 GPT-4 做了很多", "GPT-4")]
    [InlineData("在 2012 年当我的", "2012")]
    [InlineData("和其他人做 OpenAI 的事", "OpenAI")]
    [InlineData("直到AlexNet出现了", "AlexNet")]
    public void Latin_words_and_numbers_are_never_split(string text, string word)
    {
        for (var width = 3f; width <= 8; width += 0.5f)
        {
            var lines = Break(text, width);
            Assert.Equal(text, string.Concat(lines));
            Assert.Contains(lines, line => line.Contains(word, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_space_between_Han_and_Latin_stays_at_the_end_of_its_line()
    {
        var lines = Break("一二三 Ilya 和其他人", 4);
        Assert.Equal(["一二三 ", "Ilya 和", "其他人"], lines);
    }

    [Fact]
    public void Latin_punctuation_stays_with_its_word()
    {
        Assert.Equal(["一二三", "AI, 四五"], Break("一二三AI, 四五", 4, hang: 0));
    }

    [Fact]
    public void A_word_longer_than_the_line_overflows_rather_than_splitting()
    {
        Assert.Equal(["一", "Supercalifragilistic", "二"], Break("一Supercalifragilistic二", 4));
    }

    [Fact]
    public void The_gap_between_Han_and_Latin_counts_in_the_line_width()
    {
        // 一二三A四 is 4.5 wide without its gaps and 5 with them: on a line of 4.5 it must break before 四.
        static float Gap(TextAtom a, TextAtom b) => HanLatinSpacing.Between(a, b) ? HanLatinSpacing.Gap : 0;
        Assert.Equal(["一二三A", "四"], ChineseLineBreaker.Break("一二三A四", Width, Gap, 4.5f, 0));
        Assert.Equal(["一二三A四"], ChineseLineBreaker.Break("一二三A四", Width, Gap, 5f, 0));
    }

    /// <summary>Random mixes of Han text and tokens that must stay whole (numbers with separators, prices, per cents,
    /// C++, URLs, e-mail addresses) with CJK punctuation, at random widths: no token is split, no line starts with closing
    /// punctuation or ends with opening punctuation.</summary>
    [Fact]
    public void Tokens_are_never_split_and_punctuation_keeps_its_side_of_the_break()
    {
        var han = Gen.Char['\u4E00', '\u4E80'].Select(c => (Text: c.ToString(), Token: false));
        var token = Gen.OneOfConst("1,000", "10:30", "¥100", "C++", "GPT-4", "2012", "OpenAI", "3.5", "50%", "https://openai.com/index", "sam@openai.com", "GPT-3.5")
            .Select(t => (Text: t, Token: true));
        var closing = Gen.OneOfConst("。", "，", "、", "？", "”", "」", "）", "》", "……").Select(t => (Text: t, Token: false));
        var opening = Gen.OneOfConst("“", "「", "（", "《").Select(t => (Text: t, Token: false));
        var space = Gen.Const((Text: " ", Token: false));
        var piece = Gen.Frequency((6, han), (3, token), (2, closing), (1, opening), (1, space));
        var lineWidth = Gen.Int[3, 16].Select(w => (float)w);

        Gen.Select(piece.Array[1, 80], lineWidth).Sample((pieces, w) =>
        {
            var text = string.Concat(pieces.Select(p => p.Text));
            var tokens = new List<(int Start, int End)>();
            var offset = 0;
            foreach (var (t, isToken) in pieces)
            {
                if (isToken)
                {
                    tokens.Add((offset, offset + t.Length));
                }

                offset += t.Length;
            }

            var lines = Break(text, w, 1);
            Assert.Equal(text, string.Concat(lines));
            var position = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    Assert.False(tokens.Any(t => t.Start < position && position < t.End), $"a token is split at line {i}: [{string.Join('|', lines)}]");
                    Assert.False(Punctuation.IsClosing(lines[i][0]), $"line {i} starts with closing punctuation: [{string.Join('|', lines)}]");
                }

                var end = lines[i].TrimEnd();
                Assert.False(i < lines.Count - 1 && end.Length > 0 && Punctuation.IsOpening(end[^1]), $"line {i} ends with opening punctuation: [{string.Join('|', lines)}]");
                position += lines[i].Length;
            }
        }, iter: 2000);
    }

    /// <summary>Random mixes of Han, Latin words, numbers, spaces and CJK punctuation, at random widths.</summary>
    [Fact]
    public void Every_line_keeps_the_rules_and_the_lines_give_back_the_text()
    {
        var han = Gen.Char['\u4E00', '\u4E80'].Select(c => c.ToString());
        var word = Gen.OneOfConst("GPT-4", "2012", "OpenAI", "AlexNet", "Ilya", "AI", "3.5", "Loopt", "Y", "don't");
        var closing = Gen.OneOfConst("。", "，", "、", "；", "：", "？", "！", "”", "」", "』", "）", "》", "…", "……", "——", "。”", ",");
        var opening = Gen.OneOfConst("“", "「", "『", "（", "《");
        var space = Gen.Const(" ");
        var piece = Gen.Frequency((8, han), (2, word), (2, closing), (1, opening), (1, space));
        var text = piece.Array[1, 120].Select(string.Concat);
        var lineWidth = Gen.Int[4, 20].Select(w => (float)w);
        var hang = Gen.OneOfConst(0f, 0.5f, 1f);

        Gen.Select(text, lineWidth, hang).Sample((t, w, h) =>
        {
            var atoms = TextAtoms.Split(t);
            var boundaries = new HashSet<int>();
            var offset = 0;
            foreach (var atom in atoms)
            {
                boundaries.Add(offset);
                offset += atom.Text.Length;
            }

            var lines = Break(t, w, h);
            Assert.Equal(t, string.Concat(lines));
            foreach (var range in ChineseLineBreaker.Break(atoms, Width, w, h))
            {
                // Full lines stay within the width (closing marks within the hang), unless nothing in them may break.
                var (start, count) = range.GetOffsetAndLength(atoms.Count);
                var line = atoms.GetRange(start, count);
                var breakable = Enumerable.Range(start + 1, Math.Max(0, count - 1)).Any(b => ChineseLineBreaker.CanBreakBefore(atoms, b));
                Assert.True(!breakable || EffectiveWidth(line) <= w + h + 0.001f, $"line [{string.Concat(line.Select(a => a.Text))}] is wider than {w} + {h}");
            }

            var position = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                Assert.NotEqual(0, line.Length);
                // Lines break only between atoms: no word or number is cut.
                Assert.Contains(position, boundaries);
                position += line.Length;
                if (i > 0)
                {
                    Assert.False(Punctuation.IsClosing(line[0]), $"line {i} starts with closing punctuation: [{line}] in [{string.Join('|', lines)}]");
                    Assert.False(char.IsWhiteSpace(line[0]), $"line {i} starts with a space: [{line}]");
                }

                if (i < lines.Count - 1)
                {
                    var end = line.TrimEnd();
                    Assert.False(end.Length > 0 && Punctuation.IsOpening(end[^1]), $"line {i} ends with opening punctuation: [{line}]");
                }
            }
        }, iter: 2000);
    }
}
