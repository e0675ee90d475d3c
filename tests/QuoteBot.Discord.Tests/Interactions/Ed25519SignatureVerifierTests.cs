using NSec.Cryptography;
using QuoteBot.Discord.Interactions;

namespace QuoteBot.Discord.Tests.Interactions;

public sealed class Ed25519SignatureVerifierTests
{
    /// <summary>RFC 8032 section 7.1, TEST 1 to TEST 3: secret key, public key, message, signature (hex).</summary>
    public static TheoryData<string, string, string, string> Rfc8032Vectors => new()
    {
        {
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        },
        {
            "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        },
        {
            "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            "af82",
            "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
        },
    };

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void Rfc8032_vectors_verify_whole_and_split_between_timestamp_and_body(string secret, string publicKey, string message, string signature)
    {
        var verifier = Ed25519SignatureVerifier.FromHex(publicKey);
        var bytes = Convert.FromHexString(message);
        var sig = Convert.FromHexString(signature);
        var split = bytes.Length / 2;

        Assert.True(verifier.Verify([], bytes, sig));
        Assert.True(verifier.Verify(bytes.AsSpan(0, split), bytes.AsSpan(split), sig));

        // The vector's secret key signs to the same bytes, so the vector itself is read right.
        using var key = Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(secret), KeyBlobFormat.RawPrivateKey);
        Assert.Equal(sig, SignatureAlgorithm.Ed25519.Sign(key, bytes));
    }

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void Rfc8032_vectors_fail_when_the_message_or_signature_changes(string secret, string publicKey, string message, string signature)
    {
        _ = secret;
        var verifier = Ed25519SignatureVerifier.FromHex(publicKey);
        var bytes = Convert.FromHexString(message);
        var sig = Convert.FromHexString(signature);
        var flipped = (byte[])sig.Clone();
        flipped[10] ^= 1;

        Assert.False(verifier.Verify([], [.. bytes, 0], sig));
        Assert.False(verifier.Verify([], bytes, flipped));
        Assert.False(verifier.Verify([], bytes, sig.AsSpan(0, 63)));
    }

    [Fact]
    public void A_key_of_the_wrong_length_is_refused() =>
        Assert.Throws<ArgumentException>(() => new Ed25519SignatureVerifier(new byte[31]));
}
