using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;

namespace QuoteBot.Core.Tests.Corpus;

/// <summary>The talk's date is read once, with the source, by the model's own ISO date helper.</summary>
public sealed class SourceInfoTests
{
    private static readonly SourceInfo Talk = new()
    {
        Id = "talk",
        QuotePrefix = "q",
        Title = "A talk",
        Speakers = ["Ada"],
        Event = new LocalizedText("Forum", "论坛"),
        EventDate = "2024-05-01",
    };

    [Fact]
    public void The_day_is_parsed_with_the_date_and_follows_it_through_a_copy()
    {
        Assert.Equal(new DateOnly(2024, 5, 1), Talk.EventDay);
        Assert.Equal(new DateOnly(2025, 1, 2), (Talk with { EventDate = "2025-01-02" }).EventDay);
        Assert.Null((Talk with { EventDate = "1 May 2024" }).EventDay);
    }

    [Fact]
    public void The_model_does_not_depend_on_the_validator()
    {
        var model = File.ReadAllText(Path.Combine(RepoFiles.Root, "src", "QuoteBot.Core", "Corpus", "QuoteCorpus.cs"));
        Assert.DoesNotContain("Validator", model, StringComparison.Ordinal);
    }
}
