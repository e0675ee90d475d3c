using QuoteBot.Core.Commands;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Commands;

/// <summary>
/// The slash commands: the core's commands as their descriptors present them, with Chinese (<c>zh-CN</c>) names and
/// descriptions, usable in servers and in DMs with the bot; <c>/daily</c> (the digest's admin command) in servers
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
        Options = command.Argument is { } argument ? [Option(argument)] : null,
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
        Autocomplete = argument.Suggestions != ArgumentSuggestions.None,
        MaxLength = OptionMaxLength,
    };

    private static Dictionary<string, string> Zh(string text) => new() { [Chinese] = text };
}
