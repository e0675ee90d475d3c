using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Tests.Models;

public sealed class ApplicationCommandJsonTests
{
    [Fact]
    public void A_definition_writes_localizations_options_choices_autocomplete_permissions_and_contexts()
    {
        IReadOnlyList<ApplicationCommandDefinition> commands =
        [
            new ApplicationCommandDefinition
            {
                Name = "quote",
                NameLocalizations = new Dictionary<string, string> { ["zh-CN"] = "金句" },
                Description = "A quote from the talk",
                DescriptionLocalizations = new Dictionary<string, string> { ["zh-CN"] = "演讲金句" },
                DefaultMemberPermissions = "0",
                Contexts = [InteractionContextType.Guild, InteractionContextType.BotDm, InteractionContextType.PrivateChannel],
                IntegrationTypes = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
                Options =
                [
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.SubCommand,
                        Name = "topic",
                        Description = "By topic",
                        Options =
                        [
                            new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "name", Description = "Topic", Required = true, Autocomplete = true },
                            new ApplicationCommandOption
                            {
                                Type = ApplicationCommandOptionType.String,
                                Name = "lang",
                                Description = "Language",
                                Choices = [ApplicationCommandOptionChoice.FromString("English", "en"), ApplicationCommandOptionChoice.FromString("中文", "zh")],
                            },
                        ],
                    },
                ],
            },
        ];

        JsonAssert.Serializes("""
            [{"type":1,"name":"quote","name_localizations":{"zh-CN":"金句"},"description":"A quote from the talk",
              "description_localizations":{"zh-CN":"演讲金句"},"default_member_permissions":"0",
              "contexts":[0,1,2],"integration_types":[0,1],
              "options":[{"type":1,"name":"topic","description":"By topic","options":[
                {"type":3,"name":"name","description":"Topic","required":true,"autocomplete":true},
                {"type":3,"name":"lang","description":"Language","choices":[{"name":"English","value":"en"},{"name":"中文","value":"zh"}]}]}]}]
            """, commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommandDefinition);
    }
}
