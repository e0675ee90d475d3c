using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace QuoteBot.Fakes.Discord;

/// <summary>
/// The channels of the fake Discord: <c>POST channels/{id}/messages</c> creates a message with a fresh id, and a
/// repeated enforced nonce in the same channel returns the message already made (as Discord does), so
/// <see cref="Created"/> holds one entry per real post however often a client retried. Pins are recorded.
/// </summary>
public sealed class FakeChannels
{
    private readonly Lock _sync = new();
    private readonly Dictionary<(string Channel, string Nonce), string> _byNonce = [];
    private readonly ConcurrentQueue<CreatedMessage> _created = new();
    private readonly ConcurrentQueue<(string Channel, string Message)> _pins = new();
    private readonly ConcurrentDictionary<string, bool> _withoutAttachFiles = new();
    private long _nextId = 1_400_000_000_000_000_000;

    /// <summary>Takes Attach Files away from the bot in <paramref name="channelId"/>: any post there with files is refused.</summary>
    public void DenyAttachFiles(string channelId) => _withoutAttachFiles[channelId] = true;

    /// <summary>Whether the bot may upload files in <paramref name="channelId"/>.</summary>
    public bool MayAttachFiles(string channelId) => !_withoutAttachFiles.ContainsKey(channelId);

    /// <summary>Messages really created, in order; repeats dropped by nonce are not here.</summary>
    public IReadOnlyCollection<CreatedMessage> Created => _created;

    /// <summary>Repeated creates answered with the earlier message.</summary>
    public int DroppedRepeats { get; private set; }

    public IReadOnlyCollection<(string Channel, string Message)> Pins => _pins;

    public IReadOnlyList<CreatedMessage> In(string channelId) => [.. _created.Where(m => m.ChannelId == channelId)];

    /// <summary>Creates (or, for a repeated nonce, finds) the message and returns its JSON.</summary>
    public string Create(string channelId, string body, IReadOnlyList<UploadedFile>? files = null)
    {
        var json = JsonDocument.Parse(body).RootElement.Clone();
        var nonce = json.TryGetProperty("nonce", out var n) ? n.GetString() : null;
        var enforce = json.TryGetProperty("enforce_nonce", out var e) && e.GetBoolean();
        string id;
        lock (_sync)
        {
            if (enforce && nonce is not null && _byNonce.TryGetValue((channelId, nonce), out var existing))
            {
                DroppedRepeats++;
                return Message(existing, channelId);
            }

            id = (++_nextId).ToString(CultureInfo.InvariantCulture);
            if (enforce && nonce is not null)
            {
                _byNonce[(channelId, nonce)] = id;
            }

            _created.Enqueue(new CreatedMessage(id, channelId, nonce, json) { Files = files ?? [] });
        }

        return Message(id, channelId);
    }

    public void Pin(string channelId, string messageId) => _pins.Enqueue((channelId, messageId));

    private static string Message(string id, string channelId) => $$"""{"id":"{{id}}","channel_id":"{{channelId}}","content":""}""";
}

/// <summary>A message the fake created, with the body it was created from.</summary>
public sealed record CreatedMessage(string Id, string ChannelId, string? Nonce, JsonElement Body)
{
    /// <summary>The files uploaded with it (multipart posts).</summary>
    public IReadOnlyList<UploadedFile> Files { get; init; } = [];
}
