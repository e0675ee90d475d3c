using System.Globalization;
using System.Text;

namespace QuoteBot.Discord.Rest;

/// <summary>
/// Encodes a request with files the way Discord takes uploads: <c>multipart/form-data</c> with the JSON body as the
/// <c>payload_json</c> part and each file as <c>files[n]</c>. The whole body is encoded once, boundary included, so
/// every attempt of a retried request sends the same bytes.
/// </summary>
internal static class MultipartBody
{
    private static readonly byte[] CrLf = "\r\n"u8.ToArray();

    /// <summary>The encoded body and the <c>Content-Type</c> header value (with its boundary) that goes with it.</summary>
    public static (byte[] Body, string ContentType) Encode(byte[] json, IReadOnlyList<RestFile> files)
    {
        // 32 hex digits cannot occur by chance in the JSON or a PNG; the RFC allows up to 70 characters.
        var boundary = "quotebot-" + Guid.NewGuid().ToString("N");
        using var body = new MemoryStream(json.Length + files.Sum(f => f.Bytes.Length + 256) + 256);
        WritePart(body, boundary, "Content-Disposition: form-data; name=\"payload_json\"\r\nContent-Type: application/json", json);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var headers = string.Create(
                CultureInfo.InvariantCulture,
                $"Content-Disposition: form-data; name=\"files[{i}]\"; filename=\"{QuotedName(file.FileName)}\"\r\nContent-Type: {file.ContentType}");
            WritePart(body, boundary, headers, file.Bytes);
        }

        Write(body, $"--{boundary}--\r\n");
        return (body.ToArray(), $"multipart/form-data; boundary={boundary}");
    }

    private static void WritePart(MemoryStream body, string boundary, string headers, byte[] content)
    {
        Write(body, $"--{boundary}\r\n{headers}\r\n\r\n");
        body.Write(content);
        body.Write(CrLf);
    }

    private static void Write(MemoryStream body, string text) => body.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>A name inside a quoted header parameter: no quote, backslash or line break may end it early.</summary>
    private static string QuotedName(string name) =>
        new([.. name.Select(c => c is '"' or '\\' or '\r' or '\n' ? '_' : c)]);
}
