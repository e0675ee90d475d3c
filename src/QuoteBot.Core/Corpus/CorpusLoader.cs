using System.Text.Json;

namespace QuoteBot.Core.Corpus;

/// <summary>Reads and validates <c>quotes.json</c>. Every failure is a <see cref="CorpusException"/> naming file, JSON path and problem.</summary>
public static class CorpusLoader
{
    private const string Rebuild = "build it with: corpus import corpus -o quotes.json";

    public static QuoteCorpus Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CorpusException(path, null, $"file not found ({Rebuild})", ex);
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
            // A file of another schema fails to deserialize long before the validator could say why.
            if (SchemaVersionOf(json) is { } version && version != QuoteCorpus.CurrentSchemaVersion)
            {
                throw new CorpusException(fileName, "$.schemaVersion", $"schema version {version} is not supported (expected {QuoteCorpus.CurrentSchemaVersion}): {Rebuild}", ex);
            }

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

    private static int? SchemaVersionOf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("schemaVersion", out var version)
                && version.TryGetInt32(out var number)
                    ? number
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
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
