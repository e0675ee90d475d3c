using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuoteBot.Core.Corpus;

[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(QuoteCorpus))]
[JsonSerializable(typeof(Import.CurationFile))]
[JsonSerializable(typeof(Import.TopicsFile))]
internal sealed partial class CorpusJsonContext : JsonSerializerContext
{
    /// <summary>Readable output: indented, Chinese written as itself rather than as \u escapes.</summary>
    public static CorpusJsonContext Readable => ReadableHolder.Instance;

    private static CorpusJsonContext CreateReadable()
    {
        var options = new JsonSerializerOptions(Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            IndentSize = 2,
            NewLine = "\n",
        };
        return new CorpusJsonContext(options);
    }

    // A holder class, so Readable is built after the generated Default it copies its options from.
    private static class ReadableHolder
    {
        public static readonly CorpusJsonContext Instance = CreateReadable();
    }
}
