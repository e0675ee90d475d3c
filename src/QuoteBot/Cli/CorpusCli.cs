using QuoteBot.Core.Corpus;
using QuoteBot.Core.Hosting;
using QuoteBot.Core.Import;

namespace QuoteBot.Cli;

/// <summary>
/// <c>corpus import &lt;article.md&gt; [-o quotes.json] [--topics topics.json]</c> and <c>corpus validate [quotes.json]</c>.
/// They run without the host: no platform starts, nothing connects.
/// </summary>
public static class CorpusCli
{
    private const string Usage = """
        Usage:
          corpus import <article.md> [-o|--output quotes.json] [--topics topics.json]
              Build the corpus from the article. The topics file defaults to topics.json beside the article.
          corpus validate [quotes.json]
              Check a corpus file the way the bot does at start.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var verb = args.Length > 1 ? args[1] : null;
        try
        {
            return verb switch
            {
                "import" => Import(args[2..], stdout, stderr),
                "validate" => Validate(args[2..], stdout),
                _ => UsageError(stderr, verb is null ? "missing verb" : $"unknown verb '{verb}'"),
            };
        }
        catch (ImportException ex)
        {
            stderr.WriteLine($"Import failed: {ex.Message}");
            return ExitCodes.VerbFailed;
        }
        catch (CorpusException ex)
        {
            stderr.WriteLine($"Invalid corpus: {ex.Message}");
            return ExitCodes.VerbFailed;
        }
    }

    private static int Import(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? article = null;
        var output = "quotes.json";
        string? topics = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-o" or "--output" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--topics" when i + 1 < args.Length:
                    topics = args[++i];
                    break;
                case var value when !value.StartsWith('-') && article is null:
                    article = value;
                    break;
                default:
                    return UsageError(stderr, $"unexpected argument '{args[i]}'");
            }
        }

        if (article is null)
        {
            return UsageError(stderr, "missing the article path");
        }

        topics ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(article))!, "topics.json");
        var markdown = ReadFile(article, "article");
        var curation = CorpusImporter.ReadCuration(ReadFile(topics, "topics file"), topics);
        var corpus = CorpusImporter.Import(markdown, curation);
        File.WriteAllText(output, CorpusImporter.ToJson(corpus));
        stdout.WriteLine($"Wrote {output}: {corpus.Quotes.Count} quotes ({corpus.Quotes.Count(q => q.Featured)} highlights), {corpus.Topics.Count} topics, {corpus.Turns.Count} turns.");
        return ExitCodes.Success;
    }

    private static int Validate(string[] args, TextWriter stdout)
    {
        var path = args.Length > 0 ? args[0] : "quotes.json";
        var corpus = CorpusLoader.Load(path);
        stdout.WriteLine($"{path}: valid — {corpus.Quotes.Count} quotes, {corpus.Topics.Count} topics, {corpus.Turns.Count} turns.");
        return ExitCodes.Success;
    }

    private static string ReadFile(string path, string what)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ImportException($"cannot read the {what} '{path}': {ex.Message}", ex);
        }
    }

    private static int UsageError(TextWriter stderr, string problem)
    {
        stderr.WriteLine($"corpus: {problem}");
        stderr.WriteLine(Usage);
        return ExitCodes.BadConfiguration;
    }
}
