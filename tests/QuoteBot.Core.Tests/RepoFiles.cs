namespace QuoteBot.Core.Tests;

/// <summary>Files of the repository the tests read: the committed article, topics file and corpus.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string ArticlePath => Path.Combine(Root, "corpus", "article.md");
    public static string TopicsPath => Path.Combine(Root, "corpus", "topics.json");
    public static string QuotesPath => Path.Combine(Root, "quotes.json");

    public static string ReadArticle() => File.ReadAllText(ArticlePath);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
