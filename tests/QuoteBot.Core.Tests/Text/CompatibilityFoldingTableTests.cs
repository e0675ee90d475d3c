using QuoteBot.Testing;
using QuoteBot.Tools.Folding;

namespace QuoteBot.Core.Tests.Text;

/// <summary>The committed folding table is what the generator makes from the Unicode Character Database on this machine.</summary>
public sealed class CompatibilityFoldingTableTests
{
    private static readonly string UnicodeData = Path.Combine(CompatibilityFoldingGenerator.DefaultUcdFolder, "UnicodeData.txt");

    [Fact]
    public void The_committed_table_is_generated_from_the_unicode_character_database()
    {
        if (!File.Exists(UnicodeData))
        {
            Assert.False(
                string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                $"{UnicodeData} is missing, and CI=true requires this check: install the Debian package unicode-data (apt-get install -y unicode-data).");
            return; // a developer machine without the database: nothing to compare with
        }

        var committed = File.ReadAllText(Path.Combine(RepositoryRoot.Path, CompatibilityFoldingGenerator.TablePath));
        var generated = CompatibilityFoldingGenerator.Generate(CompatibilityFoldingGenerator.DefaultUcdFolder);

        Assert.True(committed == generated, $"{CompatibilityFoldingGenerator.TablePath} is not what the Unicode Character Database here gives: run `dotnet run --project scripts/generate-folding` and commit the result.");
    }
}
