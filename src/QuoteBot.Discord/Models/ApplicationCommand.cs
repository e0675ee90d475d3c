namespace QuoteBot.Discord.Models;

/// <summary>
/// A command definition as sent to the bulk-overwrite routes. Everything Discord compares to decide
/// whether a command changed lives here, so the command layer can diff against <see cref="ApplicationCommand"/>.
/// </summary>
public class ApplicationCommandDefinition
{
    /// <summary>Slash command (1), user context menu (2) or message context menu (3).</summary>
    public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;

    /// <summary>1–32 characters; lowercase for slash commands.</summary>
    public required string Name { get; init; }

    /// <summary>Names per locale (e.g. <c>zh-CN</c>).</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    /// <summary>1–100 characters for slash commands; empty for context menus.</summary>
    public string Description { get; init; } = "";

    /// <summary>Descriptions per locale.</summary>
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    /// <summary>Parameters, subcommands or groups (at most 25).</summary>
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Permission bitfield (decimal string) a member needs by default; null lets everyone, "0" only admins.</summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>Where the command can be used.</summary>
    public IReadOnlyList<InteractionContextType>? Contexts { get; init; }

    /// <summary>Installation contexts where the command is available.</summary>
    public IReadOnlyList<ApplicationIntegrationType>? IntegrationTypes { get; init; }

    /// <summary>Age-restricted command.</summary>
    public bool? Nsfw { get; init; }
}

/// <summary>A registered command as Discord returns it.</summary>
public sealed class ApplicationCommand : ApplicationCommandDefinition
{
    /// <summary>Command id.</summary>
    public required string Id { get; init; }

    /// <summary>Owning application.</summary>
    public string? ApplicationId { get; init; }

    /// <summary>Guild of a guild command; absent for global commands.</summary>
    public string? GuildId { get; init; }

    /// <summary>Autoincrementing version, changed on every update.</summary>
    public string? Version { get; init; }
}

/// <summary>Application command types.</summary>
public enum ApplicationCommandType
{
    /// <summary>Slash command.</summary>
    ChatInput = 1,

    /// <summary>Right-click on a user.</summary>
    User = 2,

    /// <summary>Right-click on a message.</summary>
    Message = 3,
}

/// <summary>Where an app can be installed.</summary>
public enum ApplicationIntegrationType
{
    /// <summary>Installed to a server.</summary>
    GuildInstall = 0,

    /// <summary>Installed to a user.</summary>
    UserInstall = 1,
}
