namespace QuoteBot.LoadTest;

/// <summary>The repository the tool was built in: the first folder above it that holds <c>Bot.sln</c>.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new FileNotFoundException("Bot.sln not found above the load tool: pass --bot <path to QuoteBot.dll or a native QuoteBot>");
    }
}
