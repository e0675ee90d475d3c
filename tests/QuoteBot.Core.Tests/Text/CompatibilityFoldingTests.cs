using System.Globalization;
using CsCheck;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Tests.Text;

/// <summary>
/// The generated folding against ICU, the library the bot used before it ran invariant: what users type must fold as it
/// did then. This process runs invariant too, so ICU is called directly (<see cref="IcuReference"/>).
/// </summary>
public sealed class CompatibilityFoldingTests
{
    /// <summary>
    /// Blocks people type from, and those the tables cover: ASCII, Latin with and without accents, combining marks,
    /// Greek, Cyrillic, Devanagari (nukta forms that must not compose), jamo and syllables, letterlike, enclosed, CJK,
    /// kana with voiced marks, full-width and half-width forms, math.
    /// </summary>
    private static readonly (int From, int To)[] Blocks =
    [
        (0x20, 0x7E), (0xA0, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x900, 0x97F), (0x1100, 0x11FF), (0x1E00, 0x1FFF),
        (0xAC00, 0xAD00), (0x400, 0x4FF), (0x2000, 0x215F), (0x2460, 0x24FF), (0x2E80, 0x2FDF),
        (0x3000, 0x33FF), (0x4E00, 0x4FFF), (0xF900, 0xFAFF), (0xFB00, 0xFB4F), (0xFE30, 0xFE6F), (0xFF00, 0xFFEF),
        (0x1D400, 0x1D7FF), (0x1F100, 0x1F2FF), (0x2F800, 0x2FA1F),
    ];

    /// <summary>Code points that join the one before: accents, the kana voiced marks, vowel and final jamo, the nukta.</summary>
    private static readonly (int From, int To)[] Joiners = [(0x300, 0x36F), (0x93C, 0x93C), (0x1161, 0x11C2), (0x3099, 0x309A), (0xFF9E, 0xFF9F)];

    [IcuFact]
    public void Every_code_point_folds_as_icu_normalizes_it_alone()
    {
        var icu = IcuReference.Require();
        AssertSame(AllScalars().Select(cp => (cp, CompatibilityFolding.Fold(char.ConvertFromUtf32(cp)), icu.Nfkc(char.ConvertFromUtf32(cp)))));
    }

    [IcuFact]
    public void Text_folds_as_icu_normalizes_it()
    {
        var icu = IcuReference.Require();
        var pool = Blocks.SelectMany(b => Enumerable.Range(b.From, b.To - b.From + 1)).ToArray();
        var joiners = Joiners.SelectMany(b => Enumerable.Range(b.From, b.To - b.From + 1)).ToArray();
        var codePoint = Gen.Frequency((4, Gen.Int[0, pool.Length - 1].Select(i => pool[i])), (1, Gen.Int[0, joiners.Length - 1].Select(i => joiners[i])));

        codePoint.Select(char.ConvertFromUtf32).Array[0, 40].Select(string.Concat)
            .Sample(text => Assert.Equal(icu.Nfkc(text), CompatibilityFolding.Fold(text)), iter: 20_000);
    }

    [IcuFact]
    public void Lower_case_without_icu_is_icu_lower_case()
    {
        var icu = IcuReference.Require();

        // .NET with ICU kept U+0130 (İ) as it is in the invariant culture; every other code point went through u_tolower.
        AssertSame(AllScalars().Where(icu.IsAssigned)
            .Select(cp => (cp, char.ConvertFromUtf32(cp).ToLowerInvariant(), char.ConvertFromUtf32(cp == 0x130 ? cp : icu.ToLower(cp)))));
    }

    [Fact]
    public void Text_that_needs_no_folding_is_returned_as_it_is()
    {
        var text = "能源 energy é 가";
        Assert.Same(text, CompatibilityFolding.Fold(text));
    }

    private static void AssertSame(IEnumerable<(int CodePoint, string Ours, string Icu)> results)
    {
        var differences = results.Where(r => r.Ours != r.Icu).Select(r => $"U+{r.CodePoint:X4}: ours {Units(r.Ours)}, ICU {Units(r.Icu)}").ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n{string.Join('\n', differences.Take(30))}");
    }

    private static IEnumerable<int> AllScalars() => Enumerable.Range(0, 0x110000).Where(cp => cp is < 0xD800 or > 0xDFFF);

    private static string Units(string text) => string.Join(' ', text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
}
