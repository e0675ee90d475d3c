using System.Text;
using NSec.Cryptography;
using QuoteBot.Discord.Interactions;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Interactions;

public sealed class InteractionRequestAuthenticatorTests : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly TestClock _time = TestTime.NewClock();

    public void Dispose() => _key.Dispose();

    [Theory]
    [InlineData(0, true)]
    [InlineData(-299, true)]
    [InlineData(299, true)]
    [InlineData(-301, false)]
    [InlineData(301, false)]
    public void Timestamps_within_five_minutes_either_way_are_accepted(int offsetSeconds, bool accepted)
    {
        var authenticator = new InteractionRequestAuthenticator(new Ed25519SignatureVerifier(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)), _time);
        var timestamp = (_time.GetUtcNow().ToUnixTimeSeconds() + offsetSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = """{"type":1}"""u8.ToArray();
        var signature = Convert.ToHexString(SignatureAlgorithm.Ed25519.Sign(_key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

        var refusal = authenticator.Check(signature, timestamp, body);

        Assert.Equal(accepted, refusal is null);
    }

    [Theory]
    [InlineData(null, "1", "missing signature headers")]
    [InlineData("ab", null, "missing signature headers")]
    [InlineData("zz", "1767225600", "malformed signature")]
    [InlineData("ab", "yesterday", "malformed timestamp")]
    public void Malformed_headers_are_refused_with_a_reason(string? signature, string? timestamp, string reason)
    {
        var authenticator = new InteractionRequestAuthenticator(new Ed25519SignatureVerifier(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)), _time);

        Assert.Equal(reason, authenticator.Check(signature, timestamp, []));
    }
}
