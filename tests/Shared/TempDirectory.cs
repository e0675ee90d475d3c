namespace QuoteBot.Testing;

/// <summary>A directory of its own under the system's temp folder for one test class, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory(string prefix = "quotebot-tests") : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");

    /// <summary>A new directory, made on disk at once (for settings that expect it to exist).</summary>
    public static TempDirectory Create(string prefix)
    {
        var directory = new TempDirectory(prefix);
        Directory.CreateDirectory(directory.Path);
        return directory;
    }

    public override string ToString() => Path;

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
