namespace QuoteBot.Core.Import;

/// <summary>The article could not be turned into a corpus; the message says why, in one line.</summary>
public sealed class ImportException : Exception
{
    public ImportException()
    {
    }

    public ImportException(string message)
        : base(message)
    {
    }

    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
