namespace QuoteBot.Core.Tests;

/// <summary>Files of the repository the tests read: the committed corpus folder (the HBS source, the topics) and quotes.json.</summary>
internal static class RepoFiles
{
    public static string Root => QuoteBot.Testing.RepositoryRoot.Path;

    public static string CorpusPath => Path.Combine(Root, "corpus");
    public static string HarvardPath => Path.Combine(CorpusPath, "sources", "harvard-2024");
    public static string ArticlePath => Path.Combine(HarvardPath, "article.md");
    public static string CurationPath => Path.Combine(HarvardPath, "curation.json");
    public static string TopicsPath => Path.Combine(CorpusPath, "topics.json");
    public static string QuotesPath => Path.Combine(Root, "quotes.json");

    public static string ReadArticle() => File.ReadAllText(ArticlePath);
}
