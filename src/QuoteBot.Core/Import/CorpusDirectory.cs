using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using QuoteBot.Core.Corpus;

namespace QuoteBot.Core.Import;

/// <summary>
/// The corpus folder: <c>topics.json</c> (the shared topics) and one folder per talk,
/// <c>sources/&lt;slug&gt;/article.md</c> with its <c>curation.json</c>.
/// </summary>
public static class CorpusDirectory
{
    public const string TopicsFileName = "topics.json";
    public const string SourcesFolderName = "sources";
    public const string ArticleFileName = "article.md";
    public const string CurationFileName = "curation.json";

    /// <summary>Imports every source of the folder into one corpus.</summary>
    public static QuoteCorpus Import(string directory)
    {
        var topics = ReadTopics(Path.Combine(directory, TopicsFileName));
        return CorpusImporter.Import(ReadSources(directory), topics);
    }

    public static IReadOnlyList<Topic> ReadTopics(string path) =>
        Read(ReadFile(path, "topics file"), path, CorpusJsonContext.Default.TopicsFile).Topics;

    public static CurationFile ReadCuration(string json, string fileName) =>
        Read(json, fileName, CorpusJsonContext.Default.CurationFile);

    /// <summary>Every <c>sources/&lt;slug&gt;/</c> folder, in the order of their names.</summary>
    public static IReadOnlyList<SourceArticle> ReadSources(string directory)
    {
        var folder = Path.Combine(directory, SourcesFolderName);
        if (!Directory.Exists(folder))
        {
            throw new ImportException($"{folder}: no such folder; each talk is a folder {SourcesFolderName}/<slug>/ with {ArticleFileName} and {CurationFileName}");
        }

        var sources = new List<SourceArticle>();
        foreach (var sourceFolder in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(sourceFolder);
            var article = Path.Combine(sourceFolder, ArticleFileName);
            var curation = Path.Combine(sourceFolder, CurationFileName);
            if (!File.Exists(curation))
            {
                throw new ImportException($"source '{id}': {curation} is missing: every source needs its curation file (quotePrefix, event, eventDate with a note, the topics of its quotes)");
            }

            sources.Add(new SourceArticle(id, ReadFile(article, "article"), ReadCuration(ReadFile(curation, "curation file"), curation)));
        }

        return sources;
    }

    private static T Read<T>(string json, string fileName, JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(json, type) ?? throw new ImportException($"{fileName}: the file holds null");
        }
        catch (JsonException ex)
        {
            throw new ImportException($"{fileName}: {ex.Path ?? "$"}: {ex.Message.Split(" Path:")[0]}", ex);
        }
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
}
