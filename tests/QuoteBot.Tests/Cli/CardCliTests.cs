using QuoteBot.Cli;
using QuoteBot.Core.Localization;
using QuoteBot.Testing;

namespace QuoteBot.Tests.Cli;

public sealed class CardCliTests : IDisposable
{
    private readonly TempDirectory _dir = TempDirectory.Create("quotebot-card");
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public void Dispose()
    {
        _dir.Dispose();
        _out.Dispose();
        _err.Dispose();
    }

    private string Output(string name) => Path.Combine(_dir.Path, name);

    private int Run(params string[] args) => CardCli.Run(["card", .. args, "--corpus", Path.Combine(RepositoryRoot.Path, "quotes.json")], _out, _err);

    [Fact]
    public void Every_quote_renders_in_both_themes()
    {
        var library = new Core.Corpus.QuoteLibrary(Core.Corpus.CorpusLoader.Load(Path.Combine(RepositoryRoot.Path, "quotes.json")));
        foreach (var quote in library.Quotes)
        {
            foreach (var theme in new[] { "light", "dark" })
            {
                var file = Output($"{quote.Id}-{theme}.png");
                Assert.Equal(0, Run(quote.Id, "-o", file, "--theme", theme));
                Assert.Equal((1080, 1350), PngHeader.Size(File.ReadAllBytes(file)));
            }
        }

        Assert.Equal(string.Empty, _err.ToString());
    }

    [Fact]
    public void The_square_size_and_chinese_are_chosen_on_the_command_line()
    {
        var file = Output("square.png");
        Assert.Equal(0, Run("q03", "--size", "1:1", "--lang", "zh", "-o", file));
        Assert.Equal((1080, 1080), PngHeader.Size(File.ReadAllBytes(file)));
        Assert.Contains($"Wrote {file}: q03, 1080×1080", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_is_read_as_quote_reads_it()
    {
        var file = Output("seven.png");
        Assert.Equal(0, Run("#7", "-o", file));
        Assert.Contains(": q07,", _out.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void An_unknown_id_gets_the_answer_quote_gives_and_exit_code_1(string language)
    {
        Assert.Equal(1, Run("q99", "--lang", language, "-o", Output("none.png")));
        Assert.True(UiLanguages.TryParse(language, out var ui));
        Assert.StartsWith(UiStrings.For(ui).UnknownQuote("q99", "q01–q14"), _err.ToString().Trim(), StringComparison.Ordinal);
        Assert.False(File.Exists(Output("none.png")));
    }

    [Theory]
    [InlineData("q14", "--theme", "sepia")]
    [InlineData("q14", "--size", "16:9")]
    [InlineData("q14", "--lang", "fr")]
    [InlineData("q14", "q15")]
    [InlineData("--theme", "dark")]
    public void A_wrong_argument_prints_the_usage_and_exit_code_2(params string[] args)
    {
        Assert.Equal(2, CardCli.Run(["card", .. args], _out, _err));
        Assert.Contains("Usage:", _err.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-folder/x.png")]
    [InlineData("")]
    public void An_output_that_cannot_be_written_is_one_clear_line_and_exit_code_1(string relative)
    {
        // A folder that does not exist, and a path that is a folder.
        var output = Output(relative);
        Assert.Equal(1, Run("q14", "-o", output));
        var error = _err.ToString();
        Assert.StartsWith($"card: could not write {output}: ", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, _out.ToString());
    }

    [Fact]
    public void A_missing_corpus_is_a_corpus_error_with_exit_code_3()
    {
        Assert.Equal(3, CardCli.Run(["card", "q14", "--corpus", Output("none.json")], _out, _err));
        Assert.StartsWith("Corpus error:", _err.ToString(), StringComparison.Ordinal);
    }
}
