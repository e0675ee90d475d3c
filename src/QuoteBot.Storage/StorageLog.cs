using Microsoft.Extensions.Logging;

namespace QuoteBot.Storage;

/// <summary>Storage's log lines (event ids 650–669), source-generated.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 2650, Level = LogLevel.Information, Message = "Storage ready: {Provider} {Location}, schema version {Version}")]
    public static partial void Ready(this ILogger logger, string provider, string location, int version);
}
