using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace QuoteBot.Telegram;

/// <summary>
/// Refuses settings Telegram would reject, before anything connects, with one line naming the key: the checks of
/// <see cref="TelegramOptions.Validate"/>, called by code generated at compile time (no reflection).
/// </summary>
[OptionsValidator]
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>;

public sealed partial class TelegramOptions : IValidatableObject
{
    /// <summary>The rules across fields, each failure one line naming the key to fix.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Token) || !TokenPattern().IsMatch(Token))
        {
            yield return new("Bot:Telegram:Token does not look like a bot token from @BotFather (digits, a colon, then 30+ letters, digits, _ or -).");
        }

        if (Mode is not ("polling" or "webhook"))
        {
            yield return new($"Bot:Telegram:Mode must be 'polling' or 'webhook', not '{Mode}'.");
        }

        if (!string.IsNullOrEmpty(ApiBaseUrl) && !Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out _))
        {
            yield return new("Bot:Telegram:ApiBaseUrl must be an absolute URL.");
        }

        if (IsWebhook)
        {
            if (!Uri.TryCreate(Webhook.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            {
                yield return new("Bot:Telegram:Webhook:Url must be the public https:// URL Telegram posts updates to.");
            }

            if (string.IsNullOrEmpty(Webhook.SecretToken) || !SecretPattern().IsMatch(Webhook.SecretToken))
            {
                yield return new("Bot:Telegram:Webhook:SecretToken must be 1-256 characters of A-Z, a-z, 0-9, _ and -.");
            }
        }

        if (PollTimeoutSeconds is < 0 or > 600)
        {
            yield return new("Bot:Telegram:PollTimeoutSeconds must be between 0 and 600.");
        }

        if (Pacing.GroupMessagesPerMinute < 1 || Pacing.GlobalMessagesPerSecond < 1 || Pacing.PerChatInterval < TimeSpan.Zero)
        {
            yield return new("Bot:Telegram:Pacing values must be positive.");
        }
    }

    [GeneratedRegex(@"^\d{3,}:[A-Za-z0-9_-]{30,}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
