namespace QuoteBot.Core.Tests;

/// <summary>Files of the repository the tests read: the committed article, topics file and corpus.</summary>
internal static class RepoFiles
{
    public static string Root => QuoteBot.Testing.RepositoryRoot.Path;

    public static string ArticlePath => Path.Combine(Root, "corpus", "article.md");
    public static string TopicsPath => Path.Combine(Root, "corpus", "topics.json");
    public static string QuotesPath => Path.Combine(Root, "quotes.json");

    public static string ReadArticle() => File.ReadAllText(ArticlePath);
}
