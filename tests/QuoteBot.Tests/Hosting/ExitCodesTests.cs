using System.Reflection;
using System.Text.RegularExpressions;
using QuoteBot.Core.Hosting;
using QuoteBot.Testing;

namespace QuoteBot.Tests.Hosting;

public sealed partial class ExitCodesTests
{
    [Fact]
    public void The_readme_lists_every_exit_code_and_no_other()
    {
        var defined = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (int)f.GetRawConstantValue()!)
            .Order()
            .ToList();
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var table = readme[readme.IndexOf("| code | meaning |", StringComparison.Ordinal)..];
        var listed = CodeRow().Matches(table[..table.IndexOf("\n\n", StringComparison.Ordinal)])
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Order()
            .ToList();

        Assert.Equal(defined.Distinct().Count(), defined.Count);
        Assert.Equal(defined, listed);
    }

    [GeneratedRegex(@"^\| (\d+) \|", RegexOptions.Multiline)]
    private static partial Regex CodeRow();
}
