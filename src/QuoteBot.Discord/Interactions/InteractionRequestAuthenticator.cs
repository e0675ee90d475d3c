using System.Globalization;
using System.Text;

namespace QuoteBot.Discord.Interactions;

/// <summary>
/// Decides whether a request to the interactions endpoint really comes from Discord: both signature headers
/// present, the timestamp recent (a captured request replayed later is refused), and the signature valid.
/// </summary>
internal sealed class InteractionRequestAuthenticator(Ed25519SignatureVerifier verifier, TimeProvider time)
{
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    /// <summary>How far the timestamp may be from now, either way.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    /// <summary>Null when the request is authentic, else why not (safe to log).</summary>
    public string? Check(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp))
        {
            return "missing signature headers";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return "malformed timestamp";
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > MaxAge)
        {
            return "stale timestamp";
        }

        byte[] signature;
        try
        {
            signature = Convert.FromHexString(signatureHex);
        }
        catch (FormatException)
        {
            return "malformed signature";
        }

        return verifier.Verify(Encoding.UTF8.GetBytes(timestamp), body, signature) ? null : "invalid signature";
    }
}
