using System.Globalization;
using System.Text;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Commands;

/// <summary>
/// Whether the commands Discord has are the ones we would register: compares what a definition says (names,
/// descriptions, localizations, options, permissions, contexts), with Discord's defaults filled in on both sides,
/// so a restart with an unchanged set overwrites nothing (Discord allows 200 command creates a day).
/// </summary>
public static class CommandSetComparer
{
    public static bool Same(IReadOnlyList<ApplicationCommandDefinition> wanted, IReadOnlyList<ApplicationCommandDefinition> registered) =>
        Canonical(wanted) == Canonical(registered);

    internal static string Canonical(IEnumerable<ApplicationCommandDefinition> commands)
    {
        var text = new StringBuilder();
        foreach (var command in commands.OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Type))
        {
            text.Append("command ").Append(command.Name).Append('|').Append((int)command.Type)
                .Append('|').Append(command.Description)
                .Append('|').Append(Map(command.NameLocalizations))
                .Append('|').Append(Map(command.DescriptionLocalizations))
                .Append('|').Append(command.DefaultMemberPermissions ?? "-")
                .Append('|').Append(command.Nsfw == true)
                .Append('|').Append(List(command.Contexts ?? [InteractionContextType.Guild, InteractionContextType.BotDm, InteractionContextType.PrivateChannel]))
                .Append('|').Append(List(command.IntegrationTypes ?? [ApplicationIntegrationType.GuildInstall]))
                .Append('\n');
            AppendOptions(text, command.Options, 1);
        }

        return text.ToString();
    }

    private static void AppendOptions(StringBuilder text, IReadOnlyList<ApplicationCommandOption>? options, int depth)
    {
        // Option order matters to Discord (it is the order users see), so it is compared as given.
        foreach (var option in options ?? [])
        {
            text.Append(' ', depth * 2).Append("option ").Append(option.Name).Append('|').Append((int)option.Type)
                .Append('|').Append(option.Description)
                .Append('|').Append(Map(option.NameLocalizations))
                .Append('|').Append(Map(option.DescriptionLocalizations))
                .Append('|').Append(option.Required == true)
                .Append('|').Append(option.Autocomplete == true)
                .Append('|').Append(option.ChannelTypes is { Count: > 0 } types ? string.Join(",", types.Order()) : "-")
                .Append('|').Append(Number(option.MinValue)).Append('|').Append(Number(option.MaxValue))
                .Append('|').Append(option.MinLength?.ToString(CultureInfo.InvariantCulture) ?? "-")
                .Append('|').Append(option.MaxLength?.ToString(CultureInfo.InvariantCulture) ?? "-")
                .Append('|').Append(string.Join(",", (option.Choices ?? []).Select(c => $"{c.Name}={c.Value.GetRawText()}({Map(c.NameLocalizations)})")))
                .Append('\n');
            AppendOptions(text, option.Options, depth + 1);
        }
    }

    private static string Map(IReadOnlyDictionary<string, string>? map) =>
        map is null || map.Count == 0 ? "-" : string.Join(",", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    private static string List<T>(IEnumerable<T> values) where T : Enum =>
        string.Join(",", values.Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)).Order());

    private static string Number(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
