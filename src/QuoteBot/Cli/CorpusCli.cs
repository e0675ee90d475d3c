using QuoteBot.Core.Corpus;
using QuoteBot.Core.Hosting;
using QuoteBot.Core.Import;

namespace QuoteBot.Cli;

/// <summary>
/// <c>corpus import [corpus-dir] [-o quotes.json]</c> and <c>corpus validate [quotes.json]</c>.
/// They run without the host: no platform starts, nothing connects.
/// </summary>
public static class CorpusCli
{
    private const string Usage = """
        Usage:
          corpus import [corpus-dir] [-o|--output quotes.json]
              Build the corpus from every sources/<slug>/article.md (with its curation.json) and the shared
              topics.json of the corpus folder (default: corpus).
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
        string? directory = null;
        var output = "quotes.json";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-o" or "--output" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case var value when !value.StartsWith('-') && directory is null:
                    directory = value;
                    break;
                default:
                    return UsageError(stderr, $"unexpected argument '{args[i]}'");
            }
        }

        var corpus = CorpusDirectory.Import(directory ?? "corpus");
        File.WriteAllText(output, CorpusImporter.ToJson(corpus));
        stdout.WriteLine($"Wrote {output}: {Sources(corpus.Sources.Count)}, {corpus.Quotes.Count} quotes ({corpus.Quotes.Count(q => q.Featured)} highlights), {corpus.Topics.Count} topics, {corpus.Turns.Count} turns.");
        return ExitCodes.Success;
    }

    private static int Validate(string[] args, TextWriter stdout)
    {
        var path = args.Length > 0 ? args[0] : "quotes.json";
        var corpus = CorpusLoader.Load(path);
        stdout.WriteLine($"{path}: valid — {Sources(corpus.Sources.Count)}, {corpus.Quotes.Count} quotes, {corpus.Topics.Count} topics, {corpus.Turns.Count} turns.");
        return ExitCodes.Success;
    }

    private static string Sources(int count) => count == 1 ? "1 source" : $"{count} sources";

    private static int UsageError(TextWriter stderr, string problem)
    {
        stderr.WriteLine($"corpus: {problem}");
        stderr.WriteLine(Usage);
        return ExitCodes.BadConfiguration;
    }
}
