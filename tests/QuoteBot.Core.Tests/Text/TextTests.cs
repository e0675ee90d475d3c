using QuoteBot.Core.Commands;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Tests.Text;

public sealed class TextTests
{
    [Theory]
    [InlineData("ＥＮＥＲＧＹ", "energy")]
    [InlineData("ｑ７", "q7")]
    [InlineData("ＡＧＩ　ｓｃａｌｉｎｇ", "agi scaling")]
    [InlineData("ｶﾀｶﾅ", "カタカナ")]
    [InlineData("ﬁnance", "finance")]
    [InlineData("①②⑩", "1210")]
    [InlineData("⑴ Ⓐ ㈱ ㍿", "(1) a (株) 株式会社")]
    [InlineData("x² H₂O", "x2 h2o")]
    [InlineData("識", "識")]
    [InlineData("𝐄𝐧𝐞𝐫𝐠𝐲", "energy")]
    [InlineData("Ⅻ", "xii")]
    [InlineData("Café \u2126 \u212B", "café ω å")]
    [InlineData("Cafe\u0301", "café")]
    [InlineData("ｶﾞｲﾄﾞ", "ガイド")]
    [InlineData("  Energy\t ", "energy")]
    [InlineData("能\u200B源", "能源")]
    [InlineData("a\u0000b", "ab")]
    [InlineData("", "")]
    public void Fold_makes_what_users_type_comparable(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Fold(input));

    [Fact]
    public void Truncate_never_splits_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("🙂", 10));
        for (var max = 1; max < 20; max++)
        {
            var cut = TextNormalizer.Truncate(text, max);
            Assert.True(cut.Length <= max);
            Assert.False(char.IsHighSurrogate(cut[^1]));
        }
    }

    [Theory]
    [InlineData("核聚变", new[] { "核聚", "聚变" })]
    [InlineData("广告", new[] { "广告" })]
    [InlineData("GPT-4", new[] { "gpt-4", "gpt", "4" })]
    [InlineData("AGI是什么", new[] { "agi", "是什", "什么" })]
    [InlineData("能", new[] { "能" })]
    public void Tokenizer_gives_bigrams_for_chinese_and_words_for_latin(string text, string[] expected) =>
        Assert.Equal(expected, SearchTokenizer.Tokenize(text));

    [Theory]
    [InlineData("enrgy", "energy", 1)]
    [InlineData("enregy", "energy", 1)]
    [InlineData("energy", "energy", 0)]
    [InlineData("abc", "xyz", 3)]
    public void Edit_distance_counts_transpositions_as_one(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Compute(a, b, 5));

    [Theory]
    [InlineData("/topic energy", "topic", null, "energy")]
    [InlineData("/topic@QuoteBot  energy now ", "topic", "QuoteBot", "energy now")]
    [InlineData("／搜索 核聚变", "搜索", null, "核聚变")]
    [InlineData("/QUOTE", "quote", null, "")]
    public void Command_text_splits_name_mention_and_argument(string line, string name, string? mention, string argument)
    {
        Assert.True(CommandText.TryParse(line, out var command));
        Assert.Equal(new ParsedCommand(name, mention, argument), command);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("/")]
    [InlineData("")]
    [InlineData("   ")]
    public void Text_that_is_not_a_command_is_refused(string line) => Assert.False(CommandText.TryParse(line, out _));

    [Fact]
    public void Sentence_trimmer_keeps_the_quote_whole_and_cuts_at_sentence_ends()
    {
        var text = string.Concat(Enumerable.Range(0, 200).Select(i => $"第{i}句话在这里。"));
        var quote = "第100句话在这里。";
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        var (cut, offset) = SentenceTrimmer.Around(text, start, quote.Length, 300);
        Assert.True(cut.Length <= 300);
        Assert.Equal(quote, cut.Substring(start - offset, quote.Length));
        Assert.StartsWith("…第", cut, StringComparison.Ordinal);
        Assert.EndsWith("。…", cut, StringComparison.Ordinal);
    }
}
