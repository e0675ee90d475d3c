using System.Globalization;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Digest.Daily;
using QuoteBot.Digest.Scheduling;
using QuoteBot.Discord.Commands;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Digest;

/// <summary>
/// <c>/daily set|off|status|preview</c> on Discord: reads whether the member may manage the server from the
/// interaction's permissions and the subcommand's options into a <see cref="DailyRequest"/>, and renders the digest's
/// answer (<see cref="DailyHandler"/> decides everything else) as an ephemeral message.
/// </summary>
public sealed class DailyCommand(DailyHandler daily, DiscordCards cards)
{
    /// <summary>MANAGE_GUILD.</summary>
    internal const ulong ManageGuild = 0x20;

    /// <summary>ADMINISTRATOR implies every permission.</summary>
    internal const ulong Administrator = 0x8;

    /// <summary>ATTACH_FILES: needed to post a card.</summary>
    internal const ulong AttachFiles = 1UL << 15;

    private const int MaxChoices = 25;

    private static readonly string[] CommonZones = ["UTC", "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles"];

    /// <summary>Answers one <c>/daily</c> invocation.</summary>
    public async ValueTask<InteractionResponse> HandleAsync(Interaction interaction, UiLanguage language, CancellationToken cancellationToken)
    {
        var sub = interaction.Data?.Options is [var first, ..] && first.Type == ApplicationCommandOptionType.SubCommand ? first : null;
        var options = sub?.Options ?? [];
        var channelId = Value(options, DailyCommandDefinition.ChannelOption) ?? interaction.ChannelId ?? string.Empty;
        var asker = interaction.GuildId is null || interaction.Member is null ? DailyAsker.OutsideChat
            : MayManage(interaction.Member) ? DailyAsker.Admin
            : DailyAsker.NotAdmin;
        var arguments = new DailyArguments(
            Action(sub?.Name),
            Value(options, DailyCommandDefinition.TimeOption),
            Value(options, DailyCommandDefinition.TimeZoneOption),
            IsTrue(options, DailyCommandDefinition.PinOption),
            Value(options, DailyCommandDefinition.LanguageOption),
            IsTrue(options, DailyCommandDefinition.CardOption));
        var request = new DailyRequest(InteractionRequests.Platform, channelId, arguments, asker, language)
        {
            By = interaction.InvokingUser?.Id,
            ChatMention = $"<#{channelId}>",
            AdminPermission = "Manage Server",
            // app_permissions are the bot's in the channel asked from; a target in another channel is not checked
            // here (a post refused there for its file goes out as text).
            MissingCardPermission = channelId == interaction.ChannelId && LacksAttachFiles(interaction.AppPermissions) ? "Attach Files" : null,
            SetCommand = "/daily set",
            // Discord shows a timestamp in each reader's own zone.
            ShowInstant = at => $"<t:{at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:F> (<t:{at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:R>)",
        };

        return Render(await daily.AnswerAsync(request, cancellationToken), language, cards);
    }

    /// <summary>Time zone suggestions as the admin types: ids containing the text, then the closest by spelling.</summary>
    public static IReadOnlyList<ApplicationCommandOptionChoice> SuggestTimeZones(string? typed)
    {
        var text = (typed ?? string.Empty).Trim().Replace(' ', '_');
        IEnumerable<string> ids = text.Length == 0
            ? CommonZones
            : TimeZoneResolver.KnownIds.Where(id => id.StartsWith(text, StringComparison.OrdinalIgnoreCase))
                .Concat(TimeZoneResolver.KnownIds.Where(id => id.Contains(text, StringComparison.OrdinalIgnoreCase)))
                .Concat(TimeZoneResolver.Suggest(text, MaxChoices));
        return [.. ids.Distinct(StringComparer.Ordinal).Take(MaxChoices).Select(id => ApplicationCommandOptionChoice.FromString(id, id))];
    }

    /// <summary>Manage Server or Administrator, from the member's permissions in the channel (a decimal bitfield).</summary>
    internal static bool MayManage(GuildMember member) =>
        ulong.TryParse(member.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var permissions)
        && (permissions & (ManageGuild | Administrator)) != 0;

    /// <summary>Whether the bot's permissions (a decimal bitfield) lack Attach Files; false when Discord did not say.</summary>
    internal static bool LacksAttachFiles(string? appPermissions) =>
        ulong.TryParse(appPermissions, NumberStyles.None, CultureInfo.InvariantCulture, out var permissions)
        && (permissions & (AttachFiles | Administrator)) == 0;

    private static DailyAction Action(string? subcommand) => subcommand switch
    {
        DailyCommandDefinition.Set => DailyAction.Set,
        DailyCommandDefinition.Off => DailyAction.Off,
        DailyCommandDefinition.Preview => DailyAction.Preview,
        _ => DailyAction.Status,
    };

    /// <summary>
    /// A quote (the preview) as its embed under its footer line, with the card as the embed's picture when the target
    /// posts cards (the file goes up in the edit after a deferral, as every card does); any other answer as text.
    /// </summary>
    private static InteractionResponse Render(Reply reply, UiLanguage language, DiscordCards cards)
    {
        if (reply.Quote is not null)
        {
            var strings = UiStrings.For(language);
            var rendered = DiscordReplyRenderer.Render(reply with { Footer = null }, strings.TopicsTitle, strings.AskedBy, cards.Draw(reply));
            return InteractionResponse.Message(new InteractionCallbackData { Content = reply.Footer, Embeds = rendered.Embeds, Files = rendered.Files, Flags = MessageFlags.Ephemeral });
        }

        var lines = new List<string>();
        if (reply.Title is { } title)
        {
            lines.Add($"**{title}**");
        }

        if (reply.Text is { } text)
        {
            lines.Add(text);
        }

        lines.AddRange(reply.Items.Select(i => $"`{i.Label}` — {i.Detail}"));
        if (reply.Footer is { } footer)
        {
            lines.Add(footer);
        }

        return InteractionResponse.Message(new InteractionCallbackData { Content = string.Join('\n', lines), Flags = MessageFlags.Ephemeral });
    }

    private static string? Value(IReadOnlyList<InteractionDataOption> options, string name) =>
        options.FirstOrDefault(o => o.Name == name)?.ValueAsString();

    private static bool IsTrue(IReadOnlyList<InteractionDataOption> options, string name) =>
        string.Equals(Value(options, name), "true", StringComparison.OrdinalIgnoreCase);
}
