using QuoteBot.Discord.Rest;

namespace QuoteBot.Discord.Tests.Rest;

public sealed class RestRouteTests
{
    [Theory]
    [InlineData("channels/{channel}/messages", new[] { "88" }, "channels/88/messages", "88", true)]
    [InlineData("interactions/{interaction}/{token}/callback", new[] { "5", "a/b" }, "interactions/5/a%2Fb/callback", "5", false)]
    [InlineData("webhooks/{application}/{token}/messages/@original", new[] { "1234", "tok" }, "webhooks/1234/tok/messages/@original", "1234/tok", false)]
    [InlineData("applications/{application}/commands", new[] { "1234" }, "applications/1234/commands", "", true)]
    [InlineData("gateway/bot", new string[0], "gateway/bot", "", true)]
    public void Fills_the_template_and_knows_its_major_parameter_and_global_limit(string template, string[] values, string path, string major, bool global)
    {
        var route = RestRoute.Create(HttpMethod.Get, template, values);

        Assert.Equal(path, route.Path);
        Assert.Equal(major, route.MajorParameter);
        Assert.Equal(global, route.CountsTowardGlobal);
        Assert.Equal($"GET {template}", route.RouteKey);
    }

    [Fact]
    public void A_wrong_number_of_values_is_refused() =>
        Assert.Throws<ArgumentException>(() => RestRoute.Create(HttpMethod.Get, "channels/{channel}/messages", "1", "2"));
}
