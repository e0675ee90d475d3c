using System.Text.Json;

namespace QuoteBot.Core.Corpus;

/// <summary>Reads and validates <c>quotes.json</c>. Every failure is a <see cref="CorpusException"/> naming file, JSON path and problem.</summary>
public static class CorpusLoader
{
    public static QuoteCorpus Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CorpusException(path, null, "file not found (build it with: corpus import corpus -o quotes.json)", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CorpusException(path, null, $"cannot be read: {ex.Message}", ex);
        }

        return Parse(json, path);
    }

    public static QuoteCorpus Parse(string json, string fileName)
    {
        QuoteCorpus? corpus;
        try
        {
            corpus = JsonSerializer.Deserialize(json, CorpusJsonContext.Default.QuoteCorpus);
        }
        catch (JsonException ex)
        {
            throw new CorpusException(fileName, ex.Path ?? "$", Describe(ex), ex);
        }

        if (corpus is null)
        {
            throw new CorpusException(fileName, "$", "the file holds null, not a corpus");
        }

        var problems = CorpusValidator.Validate(corpus);
        if (problems.Count > 0)
        {
            var first = problems[0];
            var more = problems.Count > 1 ? $" (and {problems.Count - 1} more)" : string.Empty;
            throw new CorpusException(fileName, first.JsonPath, first.Message + more);
        }

        return corpus;
    }

    private static string Describe(JsonException ex)
    {
        // System.Text.Json appends path and position to its messages; the path is reported separately.
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        if (ex.LineNumber is { } line)
        {
            text += $" (line {line + 1})";
        }

        return text.ReplaceLineEndings(" ");
    }
}
