using QuoteBot.Testing;
using QuoteBot.Tests.Cli;

namespace QuoteBot.Tests.Terminal;

[Trait("Category", BotProcess.Category)]
public sealed class ConsoleCardTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"cards-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Card_q14_writes_a_portrait_png_to_the_output_directory_and_prints_its_path()
    {
        var result = await BotProcess.RunAsync("/card q14\n", Output());

        Assert.Equal(0, result.ExitCode);
        var path = Path.Combine(_directory, "card-q14.png");
        Assert.Contains($"Card written: {path}", result.Stdout, StringComparison.Ordinal);
        Assert.Equal((1080, 1350), PngHeader.Size(await File.ReadAllBytesAsync(path)));
        // The quote is printed too: the card is its picture, not a replacement for the words.
        Assert.Contains("q14", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_without_an_id_draws_the_last_quote_shown_and_the_chinese_alias_answers_in_chinese()
    {
        var env = Output();
        env["Bot__Console__Language"] = "zh";
        var result = await BotProcess.RunAsync("/quote q03\n/卡片\n", env);

        Assert.Equal(0, result.ExitCode);
        var path = Path.Combine(_directory, "card-q03.png");
        Assert.Contains($"卡片已保存：{path}", result.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Card_with_an_unknown_id_answers_as_quote_does_and_writes_nothing()
    {
        var result = await BotProcess.RunAsync("/card q99\n/quote q99\n", Output());

        Assert.Equal(0, result.ExitCode);
        var answers = result.Stdout.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("There is no quote", answers[0], StringComparison.Ordinal);
        Assert.Equal(answers[0].Replace("/card", "/quote", StringComparison.Ordinal), answers[1]);
        Assert.False(Directory.Exists(_directory) && Directory.EnumerateFiles(_directory).Any());
    }

    [Fact]
    public async Task The_dark_square_theme_from_the_settings_reaches_the_console_card()
    {
        var env = Output();
        env["Bot__Cards__Theme"] = "dark";
        env["Bot__Cards__Size"] = "1:1";
        var result = await BotProcess.RunAsync("/card q14\n", env);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal((1080, 1080), PngHeader.Size(await File.ReadAllBytesAsync(Path.Combine(_directory, "card-q14.png"))));
    }

    private Dictionary<string, string> Output() => new() { ["Bot__Cards__OutputDirectory"] = _directory };
}
