using QuoteBot.Core.Replies;
using QuoteBot.Core.Search;

namespace QuoteBot.Core.Tests.Commands;

public sealed class SearchCommandTests : IDisposable
{
    private readonly CoreFixture _core = new();

    public void Dispose() => _core.Dispose();

    [Fact]
    public void Nuclear_fusion_finds_the_energy_answer()
    {
        var reply = _core.Run("/search 核聚变");
        Assert.Equal(ReplyKind.Quote, reply.Kind);
        Assert.Contains("智能的成本应该与能源的成本", reply.Quote!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ads_find_the_ads_quote()
    {
        var reply = _core.Run("/search 广告");
        Assert.Contains("广告对我们来说是商业模式的最后手段", reply.Quote!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("道德义务", "道德义务")]
    [InlineData("足智多谋", "足智多谋")]
    [InlineData("AGI", "AGI")]
    [InlineData("agi 神经网络", "AGI不是神经网络")]
    [InlineData("AlexNet", "AlexNet")]
    [InlineData("邪教", "xie教")]
    [InlineData("S曲线", "S曲线")]
    [InlineData("energy", "能源")]
    public void Finds_the_quote_a_reader_means(string query, string expected)
    {
        var reply = _core.Run($"/search {query}");
        Assert.NotNull(reply.Quote);
        var best = _core.Library.ById[reply.Quote.Id];
        Assert.Contains(expected, best.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Loopt")]
    [InlineData("GPT-4")]
    [InlineData("奥本海默")]
    public void Words_of_the_talk_outside_quotes_find_passages(string query)
    {
        var result = _core.Get<SearchIndex>().Search(query);
        Assert.False(result.IsEmpty);
        Assert.All(result.Passages, p => Assert.Contains(query, p.Paragraph, StringComparison.OrdinalIgnoreCase));
        var reply = _core.Run($"/search {query}");
        Assert.NotEmpty(reply.Items);
    }

    [Fact]
    public void Nothing_found_says_so_and_suggests_searches()
    {
        var reply = _core.Run("/search 量子引力弦论");
        Assert.Equal(ReplyKind.Notice, reply.Kind);
        Assert.Contains("量子引力弦论", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/search", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_search_asks_what_to_look_for()
    {
        var reply = _core.Run("/search");
        Assert.Equal(ReplyKind.Notice, reply.Kind);
        Assert.Contains("/search 核聚变", reply.Text, StringComparison.Ordinal);
    }
}
