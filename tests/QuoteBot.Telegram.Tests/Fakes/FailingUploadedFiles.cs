using QuoteBot.Core.State;

namespace QuoteBot.Telegram.Tests.Fakes;

/// <summary>
/// Stands for a database that fails: the in-memory upload ids, except that the operations switched on throw, as a
/// store whose disk is full or whose server is gone would. Counts the reads, so a test can wait for a send to have looked.
/// </summary>
internal sealed class FailingUploadedFiles : IUploadedFiles
{
    private readonly InMemoryUploadedFiles _kept = new();
    private int _finds;

    public bool FailFind { get; set; }

    public bool FailRemember { get; set; }

    public bool FailForget { get; set; }

    public int Finds => Volatile.Read(ref _finds);

    public ValueTask<string?> FindAsync(string scope, string key, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _finds);
        return FailFind ? throw new IOException("the database is gone") : _kept.FindAsync(scope, key, cancellationToken);
    }

    public ValueTask RememberAsync(string scope, string key, string fileId, CancellationToken cancellationToken = default) =>
        FailRemember ? throw new IOException("database or disk is full") : _kept.RememberAsync(scope, key, fileId, cancellationToken);

    public ValueTask ForgetAsync(string scope, string key, string staleFileId, CancellationToken cancellationToken = default) =>
        FailForget ? throw new IOException("the database is gone") : _kept.ForgetAsync(scope, key, staleFileId, cancellationToken);
}
