using System.ComponentModel.DataAnnotations;
using QuoteBot.Core.Localization;

namespace QuoteBot.Core.Commands;

/// <summary>Settings of the command core (section <c>Bot</c>).</summary>
public sealed class CoreOptions : IValidatableObject
{
    public const string Section = "Bot";

    /// <summary>Path of quotes.json; a relative path is resolved against the application folder.</summary>
    [Required]
    public string CorpusPath { get; set; } = "quotes.json";

    /// <summary>UI language when the user's locale is unknown: <c>en</c> or <c>zh</c>.</summary>
    [Required]
    public string DefaultLanguage { get; set; } = "en";

    /// <summary>IANA time zone of /today where a chat has none of its own.</summary>
    [Required]
    public string TimeZone { get; set; } = "UTC";

    /// <summary>How many chats' shuffle bags are kept in memory; the least recently used go first.</summary>
    [Range(1, 10_000_000)]
    public int ChatMemoryCapacity { get; set; } = 10_000;

    public UiLanguage Language => UiLanguages.TryParse(DefaultLanguage, out var language) ? language : UiLanguage.English;

    /// <summary>The rules the attributes cannot say, each failure one line naming the key to fix.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!UiLanguages.TryParse(DefaultLanguage, out _))
        {
            yield return new("Bot:DefaultLanguage must be 'en' or 'zh'.");
        }

        if (TimeZone is null || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new("Bot:TimeZone must be an IANA time zone such as 'UTC' or 'Asia/Shanghai'.");
        }
    }
}
