using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace QuoteBot.Discord.Models;

/// <summary>A parameter, subcommand or subcommand group of an application command.</summary>
public sealed class ApplicationCommandOption
{
    /// <summary>Option type.</summary>
    public required ApplicationCommandOptionType Type { get; init; }

    /// <summary>1–32 characters.</summary>
    public required string Name { get; init; }

    /// <summary>Names per locale.</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    /// <summary>1–100 characters.</summary>
    public required string Description { get; init; }

    /// <summary>Descriptions per locale.</summary>
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    /// <summary>Whether the parameter must be given.</summary>
    public bool? Required { get; init; }

    /// <summary>Fixed choices (at most 25); exclusive with <see cref="Autocomplete"/>.</summary>
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    /// <summary>Nested options of a subcommand or group.</summary>
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Whether Discord asks the bot for suggestions while the user types.</summary>
    public bool? Autocomplete { get; init; }

    /// <summary>For a channel option: the channel types offered (0 text, 5 announcement, 10–12 threads); null offers all.</summary>
    public IReadOnlyList<int>? ChannelTypes { get; init; }

    /// <summary>Lowest accepted number.</summary>
    public double? MinValue { get; init; }

    /// <summary>Highest accepted number.</summary>
    public double? MaxValue { get; init; }

    /// <summary>Shortest accepted string.</summary>
    public int? MinLength { get; init; }

    /// <summary>Longest accepted string.</summary>
    public int? MaxLength { get; init; }
}

/// <summary>A fixed choice of an option, or an autocomplete suggestion.</summary>
public sealed class ApplicationCommandOptionChoice
{
    /// <summary>Shown to the user, 1–100 characters.</summary>
    public required string Name { get; init; }

    /// <summary>Names per locale.</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    /// <summary>String, integer or number sent back when picked.</summary>
    public required JsonElement Value { get; init; }

    /// <summary>A choice whose value is a string.</summary>
    public static ApplicationCommandOptionChoice FromString(string name, string value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String) };

    /// <summary>A choice whose value is an integer.</summary>
    public static ApplicationCommandOptionChoice FromInteger(string name, long value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Int64) };
}

/// <summary>Application command option types.</summary>
[SuppressMessage("Naming", "CA1720", Justification = "Names mirror Discord's documented option types.")]
public enum ApplicationCommandOptionType
{
    /// <summary>A subcommand.</summary>
    SubCommand = 1,

    /// <summary>A group of subcommands.</summary>
    SubCommandGroup = 2,

    /// <summary>Text.</summary>
    String = 3,

    /// <summary>Integer between -2^53 and 2^53.</summary>
    Integer = 4,

    /// <summary>True or false.</summary>
    Boolean = 5,

    /// <summary>A user.</summary>
    User = 6,

    /// <summary>A channel.</summary>
    Channel = 7,

    /// <summary>A role.</summary>
    Role = 8,

    /// <summary>A user or role.</summary>
    Mentionable = 9,

    /// <summary>Double between -2^53 and 2^53.</summary>
    Number = 10,

    /// <summary>An attachment.</summary>
    Attachment = 11,
}
