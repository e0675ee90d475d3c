namespace QuoteBot.Storage;

/// <summary>The store cannot be used: unreachable, or its schema is newer than this build. The message is one line for the operator.</summary>
public sealed class StorageException : Exception
{
    public StorageException()
    {
    }

    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
