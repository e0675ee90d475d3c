using System.Text.Json.Nodes;
using CommandInteractions = QuoteBot.Discord.Tests.Commands.Interactions;

namespace QuoteBot.Discord.Tests.Digest;

/// <summary><c>/daily</c> interactions in Discord's JSON shape: a subcommand with its options, from a member with given permissions.</summary>
internal static class DailyInteractions
{
    /// <summary>MANAGE_GUILD as Discord sends it.</summary>
    public const string ManageServer = "32";

    /// <summary>Send Messages and View Channel, nothing more.</summary>
    public const string PlainMember = "3072";

    public static JsonObject Daily(string subcommand, string permissions = ManageServer, string locale = "en-US", params (string Name, int Type, JsonNode Value)[] options)
    {
        var interaction = CommandInteractions.Command("daily", locale: locale);
        interaction["data"]!["options"] = new JsonArray(new JsonObject
        {
            ["name"] = subcommand,
            ["type"] = 1,
            ["options"] = new JsonArray([.. options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = o.Type, ["value"] = o.Value })]),
        });
        interaction["member"]!["permissions"] = permissions;
        return interaction;
    }

    public static JsonObject Set(string channel, string time, string zone, string permissions = ManageServer, string locale = "en-US") =>
        Daily("set", permissions, locale, ("channel", 7, channel), ("time", 3, time), ("timezone", 3, zone));

    public static JsonObject Status(string channel, string permissions = ManageServer, string locale = "en-US") =>
        Daily("status", permissions, locale, ("channel", 7, channel));

    public static JsonObject TimeZoneAutocomplete(string typed)
    {
        var interaction = CommandInteractions.Autocomplete("daily", "timezone", typed);
        var focused = interaction["data"]!["options"]!.AsArray()[0]!.DeepClone();
        interaction["data"]!["options"] = new JsonArray(new JsonObject { ["name"] = "set", ["type"] = 1, ["options"] = new JsonArray(focused) });
        return interaction;
    }
}
