using QuoteBot.Cards;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Hosting;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Search;
using QuoteBot.Core.Topics;

namespace QuoteBot.Cli;

/// <summary>
/// <c>card &lt;id&gt; [-o file.png] [--theme light|dark] [--size 4:5|1:1] [--lang en|zh] [--corpus quotes.json]</c>:
/// draws one quote card to a PNG file. Runs without the host: no platform starts, nothing connects.
/// </summary>
public static class CardCli
{
    private const string Usage = """
        Usage:
          card <id> [-o|--output file.png] [--theme light|dark] [--size 4:5|1:1] [--lang en|zh] [--corpus quotes.json]
              Draw the quote as a PNG card (default: card-<id>.png in the working directory, light, 4:5, en;
              the corpus next to the bot).
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? id = null;
        string? output = null;
        var corpusPath = Path.Combine(AppContext.BaseDirectory, "quotes.json");
        var style = new CardStyle();
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "-o" or "--output" when value is not null:
                    output = value;
                    i++;
                    break;
                case "--theme" when CardStyle.TryParseTheme(value, out var theme):
                    style = style with { Theme = theme };
                    i++;
                    break;
                case "--size" when CardStyle.TryParseSize(value, out var size):
                    style = style with { Size = size };
                    i++;
                    break;
                case "--lang" when UiLanguages.TryParse(value, out var language):
                    style = style with { Language = language };
                    i++;
                    break;
                case "--corpus" when value is not null:
                    corpusPath = value;
                    i++;
                    break;
                case var text when !text.StartsWith('-') && id is null:
                    id = text;
                    break;
                default:
                    return UsageError(stderr, $"unexpected argument '{args[i]}'" + (args[i].StartsWith('-') && i + 1 < args.Length ? $" '{args[i + 1]}'" : string.Empty));
            }
        }

        if (id is null)
        {
            return UsageError(stderr, "missing quote id");
        }

        QuoteLibrary library;
        try
        {
            library = new QuoteLibrary(CorpusLoader.Load(corpusPath));
        }
        catch (CorpusException ex)
        {
            stderr.WriteLine($"Corpus error: {ex.Message}");
            return ExitCodes.BadCorpus;
        }

        var strings = UiStrings.For(style.Language);
        var cards = new QuoteCards(library);
        if (library.Find(id) is not { } quote)
        {
            // The answer /quote gives to an id it does not know.
            var answer = new UnknownQuoteAnswer(cards, new TopicResolver(library), new SearchIndex(library)).For("quote", id, strings);
            stderr.WriteLine(answer.Text);
            return ExitCodes.VerbFailed;
        }

        output ??= $"card-{quote.Id}.png";
        byte[] png;
        try
        {
            png = new CardRenderer().Render(cards.Card(quote, strings), style);
        }
        catch (MissingGlyphException e)
        {
            stderr.WriteLine($"card: could not draw {quote.Id}: {e.Message}");
            return ExitCodes.VerbFailed;
        }

        try
        {
            File.WriteAllBytes(output, png);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk, a missing folder, a read-only file: one line, no stack trace.
            stderr.WriteLine($"card: could not write {output}: {e.Message}");
            return ExitCodes.VerbFailed;
        }

        stdout.WriteLine($"Wrote {output}: {quote.Id}, {CardStyle.Width}×{style.Height}, {png.Length / 1024} KB.");
        return ExitCodes.Success;
    }

    private static int UsageError(TextWriter stderr, string problem)
    {
        stderr.WriteLine($"card: {problem}");
        stderr.WriteLine(Usage);
        return ExitCodes.BadConfiguration;
    }
}
