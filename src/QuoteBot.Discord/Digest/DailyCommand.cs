using System.Globalization;
using Microsoft.Extensions.Logging;
using QuoteBot.Core;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Digest.Admin;
using QuoteBot.Digest.Scheduling;
using QuoteBot.Discord.Commands;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Digest;

/// <summary>
/// <c>/daily set|off|status|preview</c> on Discord: checks that the member may manage the server, reads the
/// subcommand's options and calls <see cref="IDigestAdmin"/>. Every answer is ephemeral, in the user's language.
/// </summary>
public sealed partial class DailyCommand(IDigestAdmin admin, QuoteLibrary library, ILogger<DailyCommand> logger)
{
    /// <summary>MANAGE_GUILD.</summary>
    internal const ulong ManageGuild = 0x20;

    /// <summary>ADMINISTRATOR implies every permission.</summary>
    internal const ulong Administrator = 0x8;

    private const int MaxChoices = 25;

    private static readonly string[] CommonZones = ["UTC", "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles"];

    private readonly DateTimeOffset? _eventDate = DiscordReplyRenderer.ParseDate(library.Corpus.Source.EventDate);

    /// <summary>Answers one <c>/daily</c> invocation.</summary>
    public async ValueTask<InteractionResponse> HandleAsync(Interaction interaction, UiLanguage language, CancellationToken cancellationToken)
    {
        if (interaction.GuildId is null || interaction.Member is null)
        {
            return Ephemeral(DailyStrings.GuildOnly(language));
        }

        var user = interaction.InvokingUser?.Id;
        var sub = interaction.Data?.Options is [var first, ..] && first.Type == ApplicationCommandOptionType.SubCommand ? first : null;
        if (!MayManage(interaction.Member))
        {
            LogRefused(user, sub?.Name ?? "?", interaction.GuildId);
            return Ephemeral(DailyStrings.NotAllowed(language));
        }

        var options = sub?.Options ?? [];
        var channelId = Value(options, DailyCommandDefinition.ChannelOption) ?? interaction.ChannelId ?? string.Empty;
        var channel = $"<#{channelId}>";
        switch (sub?.Name)
        {
            case DailyCommandDefinition.Set:
                var zone = Value(options, DailyCommandDefinition.TimeZoneOption) ?? string.Empty;
                var request = new DigestSetRequest(Platform, channelId, Value(options, DailyCommandDefinition.TimeOption) ?? string.Empty, zone, user)
                {
                    // The posts take Bot:DefaultLanguage: the admin's own locale says little about the channel's readers.
                    Pin = string.Equals(Value(options, DailyCommandDefinition.PinOption), "true", StringComparison.OrdinalIgnoreCase),
                };
                var result = await admin.SetAsync(request, cancellationToken);
                return result switch
                {
                    { Succeeded: true, Status: { } status } => Ephemeral($"{DailyStrings.SetDone(language, channel)}\n{DailyStrings.Status(language, status, channel)}"),
                    { Error: DigestSetError.UnknownTimeZone } => Ephemeral(DailyStrings.BadTimeZone(language, zone, result.Suggestions)),
                    _ => Ephemeral(DailyStrings.Refused(language, result.Message)),
                };

            case DailyCommandDefinition.Off:
                var off = await admin.OffAsync(Platform, channelId, user, cancellationToken);
                return Ephemeral(off.Configured ? DailyStrings.TurnedOff(language, channel) : DailyStrings.Status(language, off, channel));

            case DailyCommandDefinition.Status:
                return Ephemeral(DailyStrings.Status(language, await admin.StatusAsync(Platform, channelId, cancellationToken), channel));

            case DailyCommandDefinition.Preview:
                var preview = await admin.PreviewAsync(Platform, channelId, cancellationToken);
                var strings = UiStrings.For(language);
                var rendered = DiscordReplyRenderer.Render(preview.Reply with { Ephemeral = true }, strings.TopicsTitle, strings.AskedBy, _eventDate);
                return InteractionResponse.Message(new InteractionCallbackData
                {
                    Content = DailyStrings.PreviewHeader(language, preview),
                    Embeds = rendered.Embeds,
                    Flags = MessageFlags.Ephemeral,
                });

            default:
                return Ephemeral(DailyStrings.Status(language, await admin.StatusAsync(Platform, channelId, cancellationToken), channel));
        }
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

    private static string Platform => InteractionRequests.Platform;

    private static string? Value(IReadOnlyList<InteractionDataOption> options, string name) =>
        options.FirstOrDefault(o => o.Name == name)?.ValueAsString();

    private static InteractionResponse Ephemeral(string text) =>
        InteractionResponse.Message(new InteractionCallbackData { Content = text, Flags = MessageFlags.Ephemeral });

    [LoggerMessage(EventId = 5210, Level = LogLevel.Information, Message = "/daily {Subcommand} by {UserId} in guild {GuildId} refused: the member lacks Manage Server")]
    private partial void LogRefused(string? userId, string subcommand, string guildId);
}
