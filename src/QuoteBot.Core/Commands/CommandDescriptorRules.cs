namespace QuoteBot.Core.Commands;

/// <summary>
/// What every platform accepts of a descriptor, checked once at start: one bad name would make Telegram refuse the
/// whole command menu and Discord the whole slash-command set.
/// </summary>
internal static class CommandDescriptorRules
{
    /// <summary>Telegram's and Discord's names: 1–32 of a–z, 0–9 and _.</summary>
    private const int MaxName = 32;

    /// <summary>Discord's descriptions of a command and of an option.</summary>
    private const int MaxSummary = 100;

    /// <summary>Discord's choices of an option.</summary>
    private const int MaxChoices = 25;

    public static void Check(CommandDescriptor command)
    {
        if (!IsName(command.Name))
        {
            throw new InvalidOperationException($"Command name '{command.Name}' must be 1–{MaxName} of a–z, 0–9 and _.");
        }

        foreach (var argument in new[] { command.Argument, command.Source })
        {
            if (argument is not null && !IsName(argument.Name))
            {
                throw new InvalidOperationException($"Argument name '{argument.Name}' of /{command.Name} must be 1–{MaxName} of a–z, 0–9 and _.");
            }
        }

        if (command.Argument is not null && command.Argument.Name == command.Source?.Name)
        {
            throw new InvalidOperationException($"The two arguments of /{command.Name} must have different names.");
        }

        if (command.Source is { Choices.Count: > MaxChoices })
        {
            throw new InvalidOperationException($"The source argument of /{command.Name} offers more than {MaxChoices} choices.");
        }

        foreach (var line in new[] { command.Summary, command.Argument?.Description, command.Source?.Description })
        {
            if (line is not null && (line.En.Length is 0 or > MaxSummary || line.Zh.Length is 0 or > MaxSummary))
            {
                throw new InvalidOperationException($"The lines describing /{command.Name} must be 1–{MaxSummary} characters in each language.");
            }
        }
    }

    private static bool IsName(string name) =>
        name.Length is > 0 and <= MaxName && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
}
