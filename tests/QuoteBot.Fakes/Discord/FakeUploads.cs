using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace QuoteBot.Fakes.Discord;

/// <summary>
/// Discord's "Uploading Files" read strictly: a <c>multipart/form-data</c> body holds one <c>payload_json</c> part
/// (valid JSON, <c>Content-Type: application/json</c>) and <c>files[n]</c> parts, each with a filename and an
/// <c>attachments</c> entry whose id is its n and which names its filename; no other part; no file over the bots'
/// default 10 MiB and no request over Discord's 25 MiB. In any body, an embed's <c>attachment://name</c> must name a
/// file uploaded with it, in the characters the docs allow (ASCII letters and digits, underscore, dash, dot).
/// </summary>
public static partial class FakeUploads
{
    /// <summary>The default upload limit for a bot's files.</summary>
    public const int MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>"The maximum request size when sending a message is 25 MiB" (Create Message).</summary>
    public const int MaxRequestBytes = 25 * 1024 * 1024;

    /// <summary>Whether the request's <c>Content-Type</c> is a multipart form.</summary>
    public static bool IsMultipart(string? contentType) =>
        contentType is not null && contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a multipart body into its JSON and files, or Discord's refusal of it.</summary>
    public static async Task<Upload> ReadAsync(byte[] body, string contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type) || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return Upload.Refused(InvalidForm("multipart body without a boundary"));
        }

        if (body.Length > MaxRequestBytes)
        {
            return Upload.Refused(TooLarge());
        }

        string? json = null;
        var files = new List<UploadedFile>();
        var reader = new MultipartReader(boundary, new MemoryStream(body)) { BodyLengthLimit = null };
        try
        {
            while (await reader.ReadNextSectionAsync() is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    return Upload.Refused(InvalidForm("a part without Content-Disposition: form-data"));
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                using var content = new MemoryStream();
                await section.Body.CopyToAsync(content);
                if (name == "payload_json")
                {
                    if (json is not null || !string.Equals(section.ContentType, "application/json", StringComparison.OrdinalIgnoreCase) && section.ContentType?.StartsWith("application/json;", StringComparison.OrdinalIgnoreCase) != true)
                    {
                        return Upload.Refused(InvalidForm("payload_json must be one part of Content-Type application/json"));
                    }

                    json = Encoding.UTF8.GetString(content.ToArray());
                    continue;
                }

                if (FilePart().Match(name) is not { Success: true } match || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return Upload.Refused(InvalidForm($"unknown part '{name}'"));
                }

                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                if (string.IsNullOrEmpty(fileName) || files.Any(f => f.Index == index))
                {
                    return Upload.Refused(InvalidForm($"{name} needs a filename and may appear once"));
                }

                if (content.Length > MaxFileBytes)
                {
                    return Upload.Refused(TooLarge());
                }

                files.Add(new UploadedFile(index, fileName, section.ContentType ?? "application/octet-stream", content.ToArray()));
            }
        }
        catch (IOException ex)
        {
            return Upload.Refused(InvalidForm("malformed multipart body: " + ex.Message));
        }

        if (json is null)
        {
            return Upload.Refused(InvalidForm("no payload_json part"));
        }

        return Check(json, files) is { } problem ? Upload.Refused(problem) : new Upload(json, files, Problem: null);
    }

    /// <summary>The refusal of a body's JSON against the files that came with it (none for a JSON body), or null.</summary>
    public static FakeResponse? Check(string json, IReadOnlyList<UploadedFile> files)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(json).RootElement.Clone();
        }
        catch (JsonException)
        {
            return InvalidForm("payload_json is not valid JSON");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return InvalidForm("payload_json must be an object");
        }

        // An interaction callback carries the message in its data.
        var message = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : root;

        var attachments = message.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(a => (Id: AttachmentId(a), Name: a.TryGetProperty("filename", out var n) ? n.GetString() : null)).ToList()
            : [];
        foreach (var file in files)
        {
            var entry = attachments.FirstOrDefault(a => a.Id == file.Index);
            if (entry.Id != file.Index || entry.Name != file.FileName)
            {
                return InvalidForm($"files[{file.Index}] has no attachments entry with id {file.Index} and its filename");
            }
        }

        foreach (var url in AttachmentUrls(message))
        {
            if (!AttachmentName().IsMatch(url["attachment://".Length..]))
            {
                return InvalidForm($"{url}: an attachment name is ASCII letters, digits, underscores, dashes and dots");
            }

            if (files.All(f => "attachment://" + f.FileName != url))
            {
                return InvalidForm($"{url} names no uploaded file");
            }
        }

        return null;
    }

    private static long? AttachmentId(JsonElement entry) =>
        !entry.TryGetProperty("id", out var id) ? null
        : id.ValueKind == JsonValueKind.Number ? id.GetInt64()
        : long.TryParse(id.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    private static IEnumerable<string> AttachmentUrls(JsonElement message)
    {
        if (!message.TryGetProperty("embeds", out var embeds) || embeds.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var embed in embeds.EnumerateArray())
        {
            foreach (var part in (string[])["image", "thumbnail"])
            {
                if (embed.TryGetProperty(part, out var media) && media.TryGetProperty("url", out var url)
                    && url.GetString() is { } text && text.StartsWith("attachment://", StringComparison.Ordinal))
                {
                    yield return text;
                }
            }
        }
    }

    private static FakeResponse TooLarge() => FakeResponse.Error(413, 40005, "Request entity too large");

    private static FakeResponse InvalidForm(string problem) =>
        FakeResponse.Error(400, 50035, "Invalid Form Body: " + problem.Replace("\"", "'", StringComparison.Ordinal));

    [GeneratedRegex(@"^files\[(\d+)\]$")]
    private static partial Regex FilePart();

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+$")]
    private static partial Regex AttachmentName();
}

/// <summary>A multipart body read: its JSON and files, or the refusal Discord would answer.</summary>
public sealed record Upload(string Json, IReadOnlyList<UploadedFile> Files, FakeResponse? Problem)
{
    public static Upload Refused(FakeResponse problem) => new(string.Empty, [], problem);
}

/// <summary>A file uploaded as <c>files[Index]</c>.</summary>
public sealed record UploadedFile(int Index, string FileName, string ContentType, byte[] Bytes);
