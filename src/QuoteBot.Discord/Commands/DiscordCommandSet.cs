using System.Text.Json;
using QuoteBot.Core.Commands;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Commands;

/// <summary>
/// The slash commands: the core's commands as their descriptors present them, with Chinese (<c>zh-CN</c>) names and
/// descriptions (and a command's talk option with the corpus' talks as choices), usable in servers and in DMs with the bot; <c>/daily</c> (the digest's admin command) in servers
/// only, for members with Manage Server.
/// </summary>
public static class DiscordCommandSet
{
    public const string Daily = "daily";

    /// <summary>The locale of the Chinese names and descriptions.</summary>
    internal const string Chinese = "zh-CN";

    /// <summary>Longer option text is never a topic, a quote id or a search.</summary>
    private const int OptionMaxLength = 200;

    public static IReadOnlyList<ApplicationCommandDefinition> For(IEnumerable<CommandDescriptor> commands) =>
        [.. commands.Select(Command), Digest.DailyCommandDefinition.Command];

    private static ApplicationCommandDefinition Command(CommandDescriptor command) => new()
    {
        Name = command.Name,
        NameLocalizations = Zh(command.Title.Zh),
        Description = command.Summary.En,
        DescriptionLocalizations = Zh(command.Summary.Zh),
        Options = command.Argument is null && command.Source is null
            ? null
            : [.. new[] { command.Argument, command.Source }.OfType<CommandArgument>().Select(Option)],
        Contexts = [InteractionContextType.Guild, InteractionContextType.BotDm],
        IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
    };

    private static ApplicationCommandOption Option(CommandArgument argument) => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = argument.Name,
        NameLocalizations = Zh(argument.Title.Zh),
        Description = argument.Description.En,
        DescriptionLocalizations = Zh(argument.Description.Zh),
        Required = argument.Required,
        Autocomplete = argument.Choices.Count == 0 && argument.Suggestions != ArgumentSuggestions.None,
        // Discord takes a value only from fixed choices, so they need no length limit (and no autocomplete).
        MaxLength = argument.Choices.Count == 0 ? OptionMaxLength : null,
        Choices = argument.Choices.Count == 0
            ? null
            : [.. argument.Choices.Select(c => new ApplicationCommandOptionChoice
            {
                Name = c.Title.En,
                NameLocalizations = Zh(c.Title.Zh),
                Value = JsonSerializer.SerializeToElement(c.Value, DiscordJsonContext.Default.String),
            })],
    };

    private static Dictionary<string, string> Zh(string text) => new() { [Chinese] = text };
}
