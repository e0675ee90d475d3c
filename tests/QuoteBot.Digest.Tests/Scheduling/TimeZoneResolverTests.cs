using QuoteBot.Digest.Scheduling;

namespace QuoteBot.Digest.Tests.Scheduling;

public sealed class TimeZoneResolverTests
{
    [Theory]
    [InlineData("Asia/Shanghai", "Asia/Shanghai")]
    [InlineData("asia/shanghai", "Asia/Shanghai")]
    [InlineData(" America/New_York ", "America/New_York")]
    [InlineData("utc", "UTC")]
    [InlineData("Europe/London", "Europe/London")]
    public void Known_zones_resolve_to_their_canonical_id_in_any_case(string text, string id)
    {
        Assert.True(TimeZoneResolver.TryResolve(text, out var zone, out var resolved));
        Assert.Equal(id, resolved);
        Assert.NotNull(zone);
    }

    [Theory]
    [InlineData("Asia/Shangai", "Asia/Shanghai")]
    [InlineData("Shanghai", "Asia/Shanghai")]
    [InlineData("America/NewYork", "America/New_York")]
    [InlineData("new york", "America/New_York")]
    [InlineData("Europe/Londn", "Europe/London")]
    public void A_typo_is_refused_with_the_closest_zone_first(string text, string suggestion)
    {
        Assert.False(TimeZoneResolver.TryResolve(text, out _, out _));
        Assert.Equal(suggestion, TimeZoneResolver.Suggest(text)[0]);
        Assert.Contains($"did you mean {suggestion}", TimeZoneResolver.Describe(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Nonsense_gets_examples_instead_of_suggestions()
    {
        Assert.False(TimeZoneResolver.TryResolve("Mars/Olympus_Mons_Base_Camp", out _, out _));
        Assert.Contains("use an IANA id such as 'UTC'", TimeZoneResolver.Describe("Mars/Olympus_Mons_Base_Camp"), StringComparison.Ordinal);
    }
}
