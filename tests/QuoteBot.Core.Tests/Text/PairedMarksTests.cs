using CsCheck;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Tests.Text;

public sealed class PairedMarksTests
{
    private const string Marks = "“”「」『』《》（）【】〈〉";

    /// <summary>Text made mostly of paired marks, with letters, apostrophes and Han characters between them.</summary>
    private static readonly Gen<string> MarkHeavy = Gen.OneOf(
        Gen.Char[Marks + "ab't能源 ’‘()\""].Array[0, 40].Select(c => new string(c)),
        Gen.String);

    [Theory]
    [InlineData("我想：“我完全疯了吗？为什么？", "我想：“我完全疯了吗？为什么？”")]
    [InlineData("疯了吗？”他说。", "“疯了吗？”他说。")]
    [InlineData("「我想：“疯了吗", "「我想：“疯了吗”」")]
    [InlineData("a”b）", "（“a”b）")]
    [InlineData("进入S曲线阶段（放缓", "进入S曲线阶段（放缓）")]
    [InlineData("《书名》和（注释）", "《书名》和（注释）")]
    [InlineData("I don’t think it’s Altman’s", "I don’t think it’s Altman’s")]
    [InlineData("他说‘好’", "他说‘好’")]
    [InlineData("", "")]
    public void Adds_the_missing_marks_at_the_ends(string text, string expected) =>
        Assert.Equal(expected, PairedMarks.Balance(text));

    // ASCII brackets, single quotes and the ASCII double quote do not always pair in English: left as they are.
    [Theory]
    [InlineData("We need a) cheaper compute and b) more energy")]
    [InlineData("the Altmans’ view")]
    [InlineData("‘cheap energy, he said")]
    [InlineData("see the chart)")]
    [InlineData("He said \"yes")]
    public void English_marks_that_need_not_pair_are_left_alone(string text) =>
        Assert.Same(text, PairedMarks.Balance(text));

    [Fact]
    public void Says_how_many_marks_went_before_the_text()
    {
        Assert.Equal("（“a”b）", PairedMarks.Balance("a”b）", out var before));
        Assert.Equal(2, before);
        PairedMarks.Balance("“a", out var none);
        Assert.Equal(0, none);
    }

    [Fact]
    public void Balanced_text_is_returned_as_it_is_without_a_copy()
    {
        const string text = "我想：“我完全疯了吗？”（笑）";
        Assert.Same(text, PairedMarks.Balance(text));
    }

    [Fact]
    public void Any_text_comes_out_balanced_and_contains_what_went_in() =>
        MarkHeavy.Sample(text =>
        {
            var shown = PairedMarks.Balance(text);
            Assert.True(PairedMarks.IsBalanced(shown), $"not balanced: {shown}");
            Assert.Contains(text, shown, StringComparison.Ordinal);
            Assert.True(IsBalancedByCounting(shown), $"not balanced by counting: {shown}");
        }, iter: 2000);

    [Fact]
    public void Balanced_text_comes_out_unchanged() =>
        MarkHeavy.Select(PairedMarks.Balance).Sample(balanced => Assert.Same(balanced, PairedMarks.Balance(balanced)), iter: 2000);

    [Fact]
    public void A_cut_text_is_balanced_and_within_its_limit() =>
        Gen.Select(MarkHeavy, Gen.Int[1, 50]).Sample((text, max) =>
        {
            var shown = PairedMarks.Truncate(text, max);
            Assert.True(shown.Length <= max, $"{shown.Length} > {max}");
            Assert.True(PairedMarks.IsBalanced(shown) || max < 2, $"not balanced: {shown}");
        }, iter: 2000);

    /// <summary>
    /// An independent reading of "balanced": for each pair, no prefix closes more than it opened and the whole closes
    /// all it opened.
    /// </summary>
    private static bool IsBalancedByCounting(string text)
    {
        for (var pair = 0; pair < Marks.Length; pair += 2)
        {
            var depth = 0;
            for (var i = 0; i < text.Length; i++)
            {
                depth += text[i] == Marks[pair] ? 1 : text[i] == Marks[pair + 1] ? -1 : 0;
                if (depth < 0)
                {
                    return false;
                }
            }

            if (depth != 0)
            {
                return false;
            }
        }

        return true;
    }
}
