using QuoteBot.Testing;

namespace QuoteBot.Tests.Hosting;

/// <summary>The image restores on the project files alone before copying the sources: every project must be among them,
/// or the restore misses a project the bot references and the publish (with --no-restore) fails.</summary>
public sealed class DockerfileProjectsTests
{
    [Fact]
    public void Every_source_project_is_copied_before_the_restore()
    {
        var root = RepositoryRoot.Path;
        var lines = File.ReadAllLines(Path.Combine(root, "Dockerfile")).Select(l => l.Trim()).ToList();
        var restore = lines.FindIndex(l => l.StartsWith("RUN dotnet restore", StringComparison.Ordinal));
        Assert.True(restore > 0, "the Dockerfile restores before it copies the sources");

        foreach (var project in Directory.GetFiles(Path.Combine(root, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, project).Replace('\\', '/');
            var copy = $"COPY {relative} {Path.GetDirectoryName(relative)!.Replace('\\', '/')}/";
            Assert.Contains(copy, lines.Take(restore));
        }
    }
}
