using System.Text.RegularExpressions;
using QuoteBot.Testing;

namespace QuoteBot.Tests.Terminal;

/// <summary>
/// The built bot as a process on the console over a corpus of two talks (<c>Bot__CorpusPath</c>): every command shows
/// each quote with its own speaker, event and date, /sources lists the talks and /quote and /topic narrow to one.
/// </summary>
[Trait("Category", BotProcess.Category)]
public sealed partial class ConsoleTwoSourceTests
{
    private static Dictionary<string, string> TwoSources(string language = "en") => new()
    {
        ["Bot__CorpusPath"] = TwoSourceCorpus.Path,
        ["Bot__Console__Language"] = language,
    };

    [Fact]
    public async Task Every_command_answers_with_each_quotes_own_talk()
    {
        var result = await BotProcess.RunAsync("/quote r01\n/quote n2\n/context n03\n/today\n/search 团队\n/topic teams\n/quote\n/quote\n", TwoSources());

        Assert.Equal(0, result.ExitCode);
        var attributions = AttributionLine().Matches(result.Stdout).Select(m => (Id: m.Groups[2].Value, Attribution: m.Groups[1].Value)).ToList();
        Assert.Equal(8, attributions.Count);
        Assert.Equal(["r01", "n02", "n03"], attributions.Take(3).Select(a => a.Id));
        Assert.All(attributions, a => Assert.Equal(TwoSourceCorpus.AttributionOf(a.Id), a.Attribution));
        Assert.Contains(attributions, a => a.Id.StartsWith('r'));
        Assert.Contains(attributions, a => a.Id.StartsWith('n'));
    }

    [Fact]
    public async Task Sources_lists_the_talks_and_narrowing_keeps_to_one()
    {
        var result = await BotProcess.RunAsync("/sources\n/quote riverside\n/quote riverside\n/topic energy @northfield\n/topic energy northfield\n/quote @mit\n", TwoSources());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"• {TwoSourceCorpus.Riverside} — 3 quotes · r01–r03  /quote riverside", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"• {TwoSourceCorpus.Northfield} — 3 quotes · n01–n03  /quote northfield", result.Stdout, StringComparison.Ordinal);
        var ids = AttributionLine().Matches(result.Stdout).Select(m => m.Groups[2].Value).ToList();
        Assert.Equal(4, ids.Count);
        Assert.All(ids.Take(2), id => Assert.StartsWith("r", id, StringComparison.Ordinal));
        Assert.Equal(["n01", "n03"], ids.Skip(2).Order());
        Assert.Contains("→ /quote @northfield · /context", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("I don't know the talk “mit”.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_chinese_the_talks_and_attributions_are_in_chinese()
    {
        var result = await BotProcess.RunAsync("/来源\n/quote 北野\n", TwoSources("zh"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"• {TwoSourceCorpus.RiversideZh} — 3 条 · r01–r03", result.Stdout, StringComparison.Ordinal);
        var id = AttributionLine().Match(result.Stdout).Groups[2].Value;
        Assert.StartsWith("n", id, StringComparison.Ordinal);
        Assert.Contains($"— {TwoSourceCorpus.NorthfieldZh} · {id}", result.Stdout, StringComparison.Ordinal);
    }

    /// <summary>"— Ada Lin · Riverside Robotics Forum · 2023-03-14 · r01 ★": the attribution and the id.</summary>
    [GeneratedRegex(@"^— (.+) · ([rn]\d+)(?: ★)?$", RegexOptions.Multiline)]
    private static partial Regex AttributionLine();
}
