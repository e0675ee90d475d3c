using QuoteBot.Core.State;

namespace QuoteBot.Telegram.Tests.Fakes;

/// <summary>
/// A fact about upload ids surviving a restart in the durable store: skipped, saying why, while QuoteBot.Storage has no
/// <see cref="IUploadedFiles"/> of its own (then the host keeps them in memory), run as soon as it has one.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class DurableUploadsFactAttribute : FactAttribute
{
    public DurableUploadsFactAttribute()
    {
        var storage = typeof(Storage.StorageHostingExtensions).Assembly;
        if (!storage.GetTypes().Any(t => t is { IsClass: true, IsAbstract: false } && typeof(IUploadedFiles).IsAssignableFrom(t)))
        {
            Skip = "QuoteBot.Storage keeps no upload ids yet: IUploadedFiles is the in-memory one";
        }
    }
}
