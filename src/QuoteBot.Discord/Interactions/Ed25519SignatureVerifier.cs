using NSec.Cryptography;

namespace QuoteBot.Discord.Interactions;

/// <summary>
/// Ed25519 verification of Discord's interaction signatures, done by NSec (libsodium): the signed message is the
/// timestamp header followed by the raw body.
/// </summary>
public sealed class Ed25519SignatureVerifier
{
    private const int KeyLength = 32;
    private const int SignatureLength = 64;
    private readonly PublicKey _key;

    /// <summary>Imports the 32-byte public key.</summary>
    /// <exception cref="ArgumentException">The key is not 32 bytes or not a valid Ed25519 point.</exception>
    public Ed25519SignatureVerifier(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != KeyLength || !PublicKey.TryImport(SignatureAlgorithm.Ed25519, publicKey, KeyBlobFormat.RawPublicKey, out var key))
        {
            throw new ArgumentException("An Ed25519 public key is 32 bytes.", nameof(publicKey));
        }

        _key = key!;
    }

    /// <summary>Imports the key from its hex form, as the developer portal shows it.</summary>
    public static Ed25519SignatureVerifier FromHex(string publicKeyHex) => new(Convert.FromHexString(publicKeyHex));

    /// <summary>Whether <paramref name="signature"/> signs <paramref name="prefix"/> followed by <paramref name="body"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> body, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != SignatureLength)
        {
            return false;
        }

        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message);
        body.CopyTo(message.AsSpan(prefix.Length));
        return SignatureAlgorithm.Ed25519.Verify(_key, message, signature);
    }
}
