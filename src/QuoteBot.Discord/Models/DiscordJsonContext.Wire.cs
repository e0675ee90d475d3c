using System.Text.Encodings.Web;
using System.Text.Json;

namespace QuoteBot.Discord.Models;

public sealed partial class DiscordJsonContext
{
    /// <summary>
    /// The same metadata for what we write to Discord's REST API and as interaction answers: non-ASCII text (Chinese
    /// quotes, emoji on buttons) is written as UTF-8 rather than as <c>\uXXXX</c> escapes, half the bytes to write and
    /// to send. Safe because these bodies are JSON read by Discord, never embedded in an HTML page; JSON's own escapes
    /// (quotes, backslashes, control characters) are still written.
    /// </summary>
    public static DiscordJsonContext Wire => s_wire ??= new(new JsonSerializerOptions(Default.Options)
    {
        TypeInfoResolver = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    // Made on first use, after Default: static initializers of a partial class run in no set order. Two threads
    // racing here make two equal contexts, one of which is kept.
    private static DiscordJsonContext? s_wire;
}
