using QuoteBot.Testing;
using QuoteBot.Tests.Cli;

namespace QuoteBot.Tests.ProcessModes;

/// <summary>The built bot's <c>card</c> verb, as a user runs it: no host, no platform, a PNG file.</summary>
[Trait("Category", BotProcess.Category)]
public sealed class CardVerbTests
{
    [Fact]
    public async Task Card_q14_writes_a_png_of_1080_by_1350()
    {
        using var dir = TempDirectory.Create("quotebot-card");
        var file = Path.Combine(dir.Path, "x.png");
        var result = await BotProcess.RunAsync(string.Empty, ProcessEnvironment.Base(dir), "card", "q14", "-o", file);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal((1080, 1350), PngHeader.Size(await File.ReadAllBytesAsync(file)));
        Assert.Contains("q14", result.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Every quote of the committed corpus, drawn by the built bot, in the theme and at the size asked.</summary>
    [Theory]
    [InlineData("light", "4:5", 1350)]
    [InlineData("dark", "1:1", 1080)]
    public async Task Every_quote_is_written_as_a_card(string theme, string size, int height)
    {
        using var dir = TempDirectory.Create("quotebot-card");
        var ids = Core.Corpus.CorpusLoader.Load(Path.Combine(RepositoryRoot.Path, "quotes.json")).Quotes.Select(q => q.Id).ToArray();
        Assert.NotEmpty(ids);

        foreach (var id in ids)
        {
            var file = Path.Combine(dir.Path, $"{id}.png");
            var result = await BotProcess.RunAsync(string.Empty, ProcessEnvironment.Base(dir), "card", id, "--theme", theme, "--size", size, "-o", file);

            Assert.True(result.ExitCode == 0, $"{id}: {result.Stderr}");
            Assert.Equal((1080, height), PngHeader.Size(await File.ReadAllBytesAsync(file)));
        }
    }

    [Fact]
    public async Task Without_an_output_the_card_is_card_id_png_in_the_working_directory()
    {
        using var dir = TempDirectory.Create("quotebot-card");
        var result = await BotProcess.RunInAsync(dir.Path, string.Empty, ProcessEnvironment.Base(dir), "card", "q12", "--theme", "dark", "--size", "1:1");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal((1080, 1080), PngHeader.Size(await File.ReadAllBytesAsync(Path.Combine(dir.Path, "card-q12.png"))));
    }

    [Fact]
    public async Task An_output_in_a_missing_folder_is_one_line_on_stderr_with_exit_code_1()
    {
        using var dir = TempDirectory.Create("quotebot-card");
        var file = Path.Combine(dir.Path, "missing", "x.png");
        var result = await BotProcess.RunAsync(string.Empty, ProcessEnvironment.Base(dir), "card", "q14", "-o", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"card: could not write {file}: ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_id_is_answered_on_stderr_with_exit_code_1()
    {
        using var dir = TempDirectory.Create("quotebot-card");
        var result = await BotProcess.RunAsync(string.Empty, ProcessEnvironment.Base(dir), "card", "q99");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("There is no quote “q99”.", result.Stderr, StringComparison.Ordinal);
    }
}
