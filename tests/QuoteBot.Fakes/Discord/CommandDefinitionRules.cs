using System.Text.Json;
using System.Text.RegularExpressions;

namespace QuoteBot.Fakes.Discord;

/// <summary>
/// What Discord refuses in a bulk overwrite of application commands (its "Application Commands" page, read
/// strictly): names, descriptions, option order, choices and their localizations. The fake answers such a PUT with
/// 400 and code 50035, as Discord does, so a command set the bot could not register fails the tests.
/// </summary>
public static partial class CommandDefinitionRules
{
    private const int MaxOptions = 25;
    private const int MaxChoices = 25;
    private const int MaxDescription = 100;
    private const int MaxChoiceName = 100;
    private const int MaxChoiceValue = 100;

    /// <summary>The first problem with the commands in <paramref name="body"/>, or null when Discord would take them.</summary>
    public static string? Problem(string body)
    {
        using var json = JsonDocument.Parse(body);
        if (json.RootElement.ValueKind != JsonValueKind.Array)
        {
            return "expected an array of commands";
        }

        foreach (var command in json.RootElement.EnumerateArray())
        {
            var name = Text(command, "name");
            var chatInput = !command.TryGetProperty("type", out var type) || type.GetInt32() == 1;
            if ((Name(name, chatInput, "command") ?? (chatInput ? Description(command, name) : null) ?? Localized(command, name, chatInput)) is { } problem)
            {
                return problem;
            }

            if (command.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Array && Options(options, name) is { } optionProblem)
            {
                return optionProblem;
            }
        }

        return null;
    }

    private static string? Options(JsonElement options, string owner)
    {
        if (options.GetArrayLength() > MaxOptions)
        {
            return $"{owner}: more than {MaxOptions} options";
        }

        var optionalSeen = false;
        foreach (var option in options.EnumerateArray())
        {
            var name = Text(option, "name");
            var where = $"{owner}.{name}";
            if ((Name(name, lowerCase: true, where) ?? Description(option, where) ?? Localized(option, where, lowerCase: true)) is { } problem)
            {
                return problem;
            }

            var required = option.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
            if (required && optionalSeen)
            {
                return $"{where}: a required option must come before every optional one";
            }

            optionalSeen |= !required;
            if (option.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array && Choices(option, choices, where) is { } choiceProblem)
            {
                return choiceProblem;
            }

            if (option.TryGetProperty("options", out var nested) && nested.ValueKind == JsonValueKind.Array && Options(nested, where) is { } nestedProblem)
            {
                return nestedProblem;
            }
        }

        return null;
    }

    private static string? Choices(JsonElement option, JsonElement choices, string where)
    {
        if (option.TryGetProperty("autocomplete", out var autocomplete) && autocomplete.ValueKind == JsonValueKind.True && choices.GetArrayLength() > 0)
        {
            return $"{where}: autocomplete may not be set with choices";
        }

        if (choices.GetArrayLength() > MaxChoices)
        {
            return $"{where}: more than {MaxChoices} choices";
        }

        foreach (var choice in choices.EnumerateArray())
        {
            var name = Text(choice, "name");
            if (name.Length is 0 or > MaxChoiceName)
            {
                return $"{where}: choice name must be 1–{MaxChoiceName} characters";
            }

            if (choice.GetProperty("value") is { ValueKind: JsonValueKind.String } value && value.GetString()!.Length > MaxChoiceValue)
            {
                return $"{where}: choice value must be at most {MaxChoiceValue} characters";
            }

            if (choice.TryGetProperty("name_localizations", out var names) && names.ValueKind == JsonValueKind.Object
                && names.EnumerateObject().Any(n => n.Value.GetString() is not { Length: > 0 and <= MaxChoiceName }))
            {
                return $"{where}: a localized choice name must be 1–{MaxChoiceName} characters";
            }
        }

        return null;
    }

    private static string? Name(string name, bool lowerCase, string where) =>
        !NamePattern().IsMatch(name) ? $"{where}: name '{name}' must be 1–32 letters, digits, - or _"
        : lowerCase && name.Any(char.IsUpper) ? $"{where}: name '{name}' must be lower case"
        : null;

    private static string? Description(JsonElement element, string where)
    {
        if (Text(element, "description").Length is 0 or > MaxDescription)
        {
            return $"{where}: description must be 1–{MaxDescription} characters";
        }

        return element.TryGetProperty("description_localizations", out var descriptions) && descriptions.ValueKind == JsonValueKind.Object
            && descriptions.EnumerateObject().Any(d => d.Value.GetString() is not { Length: > 0 and <= MaxDescription })
            ? $"{where}: a localized description must be 1–{MaxDescription} characters"
            : null;
    }

    private static string? Localized(JsonElement element, string where, bool lowerCase)
    {
        if (!element.TryGetProperty("name_localizations", out var names) || names.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in names.EnumerateObject())
        {
            if (Name(name.Value.GetString() ?? string.Empty, lowerCase, $"{where} ({name.Name})") is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    [GeneratedRegex(@"^[-_\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();
}
