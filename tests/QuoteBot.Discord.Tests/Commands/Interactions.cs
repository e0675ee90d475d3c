using System.Text.Json.Nodes;

namespace QuoteBot.Discord.Tests.Commands;

/// <summary>INTERACTION_CREATE payloads in Discord's JSON shapes, for the command-layer tests.</summary>
internal static class Interactions
{
    private static int _next = 9000;

    public static string NextId() => Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static JsonObject Command(string name, string? optionName = null, string? value = null, string locale = "en-US", string? id = null) =>
        Base(2, locale, id, new JsonObject
        {
            ["id"] = "300",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = optionName is null ? new JsonArray() : new JsonArray(new JsonObject { ["name"] = optionName, ["type"] = 3, ["value"] = value }),
        });

    /// <summary>A slash command with several options, in the order given (<c>/topic topic:energy source:…</c>).</summary>
    public static JsonObject CommandWithOptions(string name, string locale, params (string Name, string Value)[] options) =>
        Base(2, locale, null, new JsonObject
        {
            ["id"] = "300",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray([.. options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = 3, ["value"] = o.Value })]),
        });

    public static JsonObject Autocomplete(string name, string optionName, string typed, string locale = "en-US") =>
        Base(4, locale, null, new JsonObject
        {
            ["id"] = "300",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = optionName, ["type"] = 3, ["value"] = typed, ["focused"] = true }),
        });

    public static JsonObject Button(string customId, string locale = "en-US") =>
        Base(3, locale, null, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, message: new JsonObject
        {
            ["id"] = "555",
            ["channel_id"] = "88",
            ["content"] = string.Empty,
        });

    private static JsonObject Base(int type, string locale, string? id, JsonObject data, JsonObject? message = null)
    {
        id ??= NextId();
        var interaction = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = "1234",
            ["type"] = type,
            ["token"] = "aW50ZXJhY3Rpb246" + id + "OnRva2Vu",
            ["version"] = 1,
            ["guild_id"] = "77",
            ["channel_id"] = "88",
            ["locale"] = locale,
            ["guild_locale"] = "en-US",
            ["app_permissions"] = "2048",
            ["context"] = 0,
            ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "5", ["username"] = "alice" }, ["permissions"] = "2048" },
            ["data"] = data,
        };
        if (message is not null)
        {
            interaction["message"] = message;
        }

        return interaction;
    }
}
