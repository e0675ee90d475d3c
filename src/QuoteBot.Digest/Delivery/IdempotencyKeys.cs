using System.Security.Cryptography;

namespace QuoteBot.Digest.Delivery;

/// <summary>Makes the key every attempt of one delivery carries.</summary>
public static class IdempotencyKeys
{
    /// <summary>20 random lowercase hex digits: unique per delivery, and within Discord's 25-character nonce limit.</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));
}
