using System.Reflection;

namespace QuoteBot.Tests.Architecture;

/// <summary>
/// The rules of docs/ARCHITECTURE.md on what each project may reference, read from the built assemblies: the core knows
/// no platform and no store, a platform knows neither the other platform nor the host, and only the host picks the
/// logging library.
/// </summary>
public sealed class ProjectReferenceTests
{
    public static TheoryData<string, string[]> Allowed => new()
    {
        { "QuoteBot.Core", [] },
        { "QuoteBot.Digest", ["QuoteBot.Core"] },
        { "QuoteBot.Storage", ["QuoteBot.Core", "QuoteBot.Digest"] },
        { "QuoteBot.Telegram", ["QuoteBot.Core", "QuoteBot.Digest"] },
        { "QuoteBot.Discord", ["QuoteBot.Core", "QuoteBot.Digest"] },
        { "QuoteBot.Cards", ["QuoteBot.Core"] },
    };

    /// <summary>Libraries that belong to one edge: a project outside it that references one has taken on its concern.</summary>
    private static readonly Dictionary<string, string> EdgeLibraries = new(StringComparer.Ordinal)
    {
        ["Telegram.Bot"] = "QuoteBot.Telegram",
        ["NSec.Cryptography"] = "QuoteBot.Discord",
        ["Microsoft.Data.Sqlite"] = "QuoteBot.Storage",
        ["Npgsql"] = "QuoteBot.Storage",
        ["Serilog"] = "QuoteBot",
        ["SkiaSharp"] = "QuoteBot.Cards",
        ["HarfBuzzSharp"] = "QuoteBot.Cards",
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void A_project_references_only_the_projects_below_it(string project, string[] allowed)
    {
        var references = References(project);

        var ours = references.Where(r => r.StartsWith("QuoteBot", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(allowed.Order(StringComparer.Ordinal), ours);
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void A_project_uses_no_library_that_belongs_to_another_edge(string project, string[] allowed)
    {
        _ = allowed;
        var foreign = References(project).Where(r => EdgeLibraries.TryGetValue(r, out var owner) && owner != project).ToList();

        Assert.Empty(foreign);
    }

    [Fact]
    public void The_host_is_the_only_project_that_references_both_platforms()
    {
        var projects = new[] { "QuoteBot", "QuoteBot.Core", "QuoteBot.Digest", "QuoteBot.Storage", "QuoteBot.Telegram", "QuoteBot.Discord" };

        var both = projects.Where(p => References(p).Contains("QuoteBot.Telegram") && References(p).Contains("QuoteBot.Discord"));

        Assert.Equal(["QuoteBot"], both);
    }

    private static HashSet<string> References(string project) =>
        [.. Assembly.Load(project).GetReferencedAssemblies().Select(a => a.Name ?? string.Empty)];
}
