using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace QuoteBot.Discord.Models;

/// <summary>
/// Writes what we send to Discord's REST API and as interaction answers with non-ASCII text (Chinese quotes) as UTF-8
/// rather than as <c>\uXXXX</c> escapes: half the bytes to write and to send (emoji, outside the Basic Multilingual
/// Plane, are still escaped). Safe because these bodies are JSON read by Discord, never embedded in an HTML page;
/// JSON's own escapes (quotes, backslashes, control characters) are still written.
/// </summary>
/// <remarks>
/// The encoder goes on the writer, not on the serializer options: options with an encoder of their own no longer
/// match the source generator's, and System.Text.Json then leaves the generated fast path for the slower metadata one.
/// </remarks>
internal static class DiscordWireJson
{
    private const int KeepBufferUpTo = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // One writer and buffer per thread, reused: the body is copied out, so nothing escapes a call.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The JSON of <paramref name="value"/>, as bytes the caller keeps (a retry sends them again).</summary>
    public static byte[] ToUtf8Bytes<T>(T value, JsonTypeInfo<T> type)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, Options);
        try
        {
            JsonSerializer.Serialize(writer, value, type);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            if (buffer.Capacity > KeepBufferUpTo)
            {
                // A command list or a long follow-up: not kept for every small answer after it.
                t_buffer = null;
                t_writer = null;
            }
            else
            {
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
            }
        }
    }
}
