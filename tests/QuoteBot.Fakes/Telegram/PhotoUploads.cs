using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace QuoteBot.Fakes.Telegram;

/// <summary>
/// sendPhoto as the Bot API documents it: <c>photo</c> is a file uploaded with multipart/form-data (a part with a file
/// name, at most 10 MB, an image Telegram can read — here PNG, its size read from the header — whose width and height
/// add up to at most 10000 with a ratio of at most 20) or the <c>file_id</c> string of a photo already on Telegram's
/// servers, issued to the same bot (a <c>file_id</c> is "unique for each individual bot and can't be transferred from one
/// bot to another"); any other string is refused. The caption is at most 1024 characters after entity parsing. The
/// answer is a Message whose <c>photo</c> is an array of PhotoSize (file_id, file_unique_id, width, height, file_size),
/// the largest last. A test can make Telegram forget a file_id (<see cref="Invalidate"/>).
/// </summary>
public sealed class PhotoUploads
{
    private const int MaxPhotoBytes = 10 * 1024 * 1024;
    private const int MaxCaption = 1024;
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly ConcurrentDictionary<(string Token, string FileId), JsonArray> _byFileId = new();
    private readonly ConcurrentQueue<byte[]> _uploaded = new();
    private int _next;

    /// <summary>Every photo uploaded (multipart), in order.</summary>
    public IReadOnlyList<byte[]> Uploaded => [.. _uploaded];

    /// <summary>Telegram no longer takes <paramref name="fileId"/> (from any bot): sending by it is refused from now on.</summary>
    public void Invalidate(string fileId)
    {
        foreach (var key in _byFileId.Keys.Where(k => k.FileId == fileId))
        {
            _byFileId.TryRemove(key, out _);
        }
    }

    /// <summary>Whether <paramref name="fileId"/> names a photo the bot with <paramref name="token"/> may send.</summary>
    public bool Knows(string token, string fileId) => _byFileId.ContainsKey((token, fileId));

    /// <summary>A caption's error (code, description) as Telegram would answer it, or null: at most 1024 characters once its entities are parsed.</summary>
    internal static (int Code, string Error)? CheckCaption(JsonNode? caption, JsonNode? parseMode) =>
        caption?.GetValue<string>() is { } text && TelegramText.Visible(text, parseMode?.GetValue<string>()).Length > MaxCaption
            ? (400, "Bad Request: message caption is too long")
            : null;

    /// <summary>The Message's <c>photo</c> array, or an error (code, description) for a request Telegram would refuse.</summary>
    internal async Task<(JsonArray? Sizes, int Code, string? Error)> ReadAsync(HttpRequest request, JsonObject body, string token)
    {
        if (CheckCaption(body["caption"], body["parse_mode"]) is { } captionError)
        {
            return (null, captionError.Code, captionError.Error);
        }

        // The file is the part named photo, or (as Telegram also takes, and its clients send) the part a
        // "photo": "attach://<name>" parameter names.
        var photo = body["photo"]?.GetValue<string>();
        var part = photo is not null && photo.StartsWith("attach://", StringComparison.Ordinal) ? photo["attach://".Length..] : "photo";
        if (request.HasFormContentType && (await request.ReadFormAsync()).Files.GetFile(part) is { } file)
        {
            if (string.IsNullOrEmpty(file.FileName))
            {
                return (null, 400, "Bad Request: wrong file identifier/HTTP URL specified");
            }

            if (file.Length > MaxPhotoBytes)
            {
                return (null, 400, "Bad Request: file is too big");
            }

            using var copy = new MemoryStream();
            await file.CopyToAsync(copy);
            var bytes = copy.ToArray();
            if (bytes.Length < 24 || !bytes.AsSpan(0, 8).SequenceEqual(PngSignature))
            {
                return (null, 400, "Bad Request: IMAGE_PROCESS_FAILED");
            }

            var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
            var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
            if (width <= 0 || height <= 0 || width + height > 10_000 || Math.Max(width, height) > 20L * Math.Min(width, height))
            {
                return (null, 400, "Bad Request: PHOTO_INVALID_DIMENSIONS");
            }

            _uploaded.Enqueue(bytes);
            var n = Interlocked.Increment(ref _next);
            JsonArray sizes =
            [
                Size($"AgACAgIAAxkBAAI{n}-thumb", $"AQAD{n}s", width / 15, height / 15, bytes.Length / 40),
                Size($"AgACAgIAAxkBAAI{n}-full", $"AQAD{n}y", width, height, bytes.Length),
            ];
            foreach (var size in sizes)
            {
                _byFileId[(token, size!["file_id"]!.GetValue<string>())] = sizes;
            }

            return (sizes, 0, null);
        }

        return photo is not null && _byFileId.TryGetValue((token, photo), out var known)
            ? (known.DeepClone().AsArray(), 0, null)
            : (null, 400, "Bad Request: wrong file identifier/HTTP URL specified");
    }

    private static JsonObject Size(string fileId, string uniqueId, int width, int height, int bytes) => new()
    {
        ["file_id"] = fileId,
        ["file_unique_id"] = uniqueId,
        ["width"] = width,
        ["height"] = height,
        ["file_size"] = bytes,
    };
}
