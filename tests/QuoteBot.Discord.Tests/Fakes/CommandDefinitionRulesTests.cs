using QuoteBot.Fakes.Discord;

namespace QuoteBot.Discord.Tests.Fakes;

/// <summary>The fake refuses what Discord refuses in a command set, so the bot's set is checked on every registration.</summary>
public sealed class CommandDefinitionRulesTests
{
    private const string Talk = """{"type":3,"name":"source","description":"A talk","name_localizations":{"zh-CN":"来源"},"choices":[{"name":"Talk","value":"talk-1","name_localizations":{"zh-CN":"演讲"}}]}""";

    [Fact]
    public void A_command_with_a_required_option_and_an_optional_talk_with_choices_is_taken() =>
        Assert.Null(CommandDefinitionRules.Problem($$"""[{"name":"topic","description":"A topic","options":[{"type":3,"name":"topic","description":"Topic","required":true,"autocomplete":true},{{Talk}}]}]"""));

    [Theory]
    [InlineData($$"""[{"name":"topic","description":"A topic","options":[{{Talk}},{"type":3,"name":"topic","description":"Topic","required":true}]}]""", "required option must come before")]
    [InlineData("""[{"name":"topic","description":"A topic","options":[{"type":3,"name":"source","description":"A talk","autocomplete":true,"choices":[{"name":"Talk","value":"t"}]}]}]""", "autocomplete may not be set with choices")]
    [InlineData("""[{"name":"Topic","description":"A topic"}]""", "must be lower case")]
    [InlineData("""[{"name":"topic","description":""}]""", "description must be")]
    [InlineData("""[{"name":"topic","description":"A topic","options":[{"type":3,"name":"source","description":"A talk","choices":[{"name":"","value":"t"}]}]}]""", "choice name must be")]
    public void What_discord_refuses_is_refused(string body, string problem) =>
        Assert.Contains(problem, CommandDefinitionRules.Problem(body), StringComparison.Ordinal);
}
