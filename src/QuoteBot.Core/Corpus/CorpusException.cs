namespace QuoteBot.Core.Corpus;

/// <summary>A corpus file that is missing, unreadable or invalid. <see cref="Exception.Message"/> is one line for the operator.</summary>
public sealed class CorpusException : Exception
{
    public CorpusException(string file, string? jsonPath, string problem, Exception? inner = null)
        : base(Format(file, jsonPath, problem), inner)
    {
        File = file;
        JsonPath = jsonPath;
        Problem = problem;
    }

    public CorpusException()
        : this("quotes.json", null, "invalid corpus")
    {
    }

    public CorpusException(string message)
        : this("quotes.json", null, message)
    {
    }

    public CorpusException(string message, Exception innerException)
        : this("quotes.json", null, message, innerException)
    {
    }

    public string File { get; }
    public string? JsonPath { get; }
    public string Problem { get; }

    private static string Format(string file, string? jsonPath, string problem) =>
        jsonPath is null ? $"{file}: {problem}" : $"{file}: {jsonPath}: {problem}";
}
