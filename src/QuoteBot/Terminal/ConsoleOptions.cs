using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Localization;

namespace QuoteBot.Terminal;

/// <summary>The console platform (section <c>Bot:Console</c>): commands on standard input, replies on standard output.</summary>
public sealed class ConsoleOptions : IValidatableObject
{
    public const string Section = "Bot:Console";

    /// <summary><c>auto</c> (on when no chat platform has a token), <c>on</c> or <c>off</c>.</summary>
    public string Mode { get; set; } = "auto";

    /// <summary>Language of the console's replies: <c>en</c> or <c>zh</c>; empty takes <c>Bot:DefaultLanguage</c>.</summary>
    public string? Language { get; set; }

    /// <summary>Each failure one line naming the key to fix.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Mode is not ("auto" or "on" or "off"))
        {
            yield return new("Bot:Console:Mode must be 'auto', 'on' or 'off'.");
        }

        if (!string.IsNullOrEmpty(Language) && !UiLanguages.TryParse(Language, out _))
        {
            yield return new("Bot:Console:Language must be 'en' or 'zh'.");
        }
    }
}

/// <summary>Checks <see cref="ConsoleOptions"/> by code generated at compile time.</summary>
[OptionsValidator]
internal sealed partial class ConsoleOptionsValidator : IValidateOptions<ConsoleOptions>;
