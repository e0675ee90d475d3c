using QuoteBot.Core.Localization;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Commands;

/// <summary>Turns an interaction into the core's neutral request: which command, its argument, the chat, the language.</summary>
public static class InteractionRequests
{
    public const string Platform = "discord";

    /// <summary>
    /// A slash command: its name, the text of its argument and the talk it is narrowed to, each read from the option
    /// the command's descriptor names.
    /// </summary>
    public static CommandRequest FromCommand(Interaction interaction, UiLanguage fallback, IEnumerable<CommandDescriptor> commands)
    {
        var data = interaction.Data;
        var name = data?.Name ?? string.Empty;
        var descriptor = commands.FirstOrDefault(c => c.Name == name);
        var option = descriptor?.Argument?.Name;
        var source = descriptor?.Source?.Name;
        var argument = data?.Options?.FirstOrDefault(o => o.Name == option)?.ValueAsString()
            ?? (data?.Options is [var first, ..] && first.Name != source ? first.ValueAsString() : null)
            ?? string.Empty;
        return new CommandRequest(name, argument, ChatOf(interaction), Language(interaction, fallback))
        {
            Platform = Platform,
            Source = source is null ? null : data?.Options?.FirstOrDefault(o => o.Name == source)?.ValueAsString(),
        };
    }

    /// <summary>A button: the command it stands for, or null for an id we did not make.</summary>
    public static CommandRequest? FromButton(Interaction interaction, UiLanguage fallback) =>
        DiscordReplyRenderer.ButtonIds.TryDecode(interaction.Data?.CustomId, out var name, out var argument)
            ? new CommandRequest(name, argument, ChatOf(interaction), Language(interaction, fallback)) { Platform = Platform, Origin = RequestOrigin.Button }
            : null;

    public static UiLanguage Language(Interaction interaction, UiLanguage fallback) => UiLanguages.FromLocale(interaction.Locale, fallback);

    /// <summary>Shuffle bags are per channel (per DM for direct messages).</summary>
    private static string ChatOf(Interaction interaction) =>
        interaction.ChannelId ?? interaction.InvokingUser?.Id ?? interaction.GuildId ?? "discord";
}
