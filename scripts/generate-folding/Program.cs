using QuoteBot.Tools.Folding;

// Usage: dotnet run --project scripts/generate-folding [-- <UCD folder>]
// Regenerates the folding table that QuoteBot.Core uses instead of ICU's NFKC.
var ucd = args.Length > 0 ? args[0] : CompatibilityFoldingGenerator.DefaultUcdFolder;
var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "Bot.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run inside the repository: Bot.sln not found.");
}

var target = Path.Combine(root, CompatibilityFoldingGenerator.TablePath);
File.WriteAllText(target, CompatibilityFoldingGenerator.Generate(ucd));
Console.WriteLine($"Wrote {target} from {ucd}");
