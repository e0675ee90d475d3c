namespace QuoteBot.Core.Corpus;

/// <summary>One thing wrong with a corpus, at a JSON path such as <c>$.quotes[3].topics[0]</c>.</summary>
public sealed record CorpusProblem(string JsonPath, string Message)
{
    public override string ToString() => $"{JsonPath}: {Message}";
}
