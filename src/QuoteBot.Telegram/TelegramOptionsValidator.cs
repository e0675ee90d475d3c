using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace QuoteBot.Telegram;

/// <summary>Refuses settings Telegram would reject, before anything connects, with one line naming the key.</summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token) || !TokenPattern().IsMatch(options.Token))
        {
            failures.Add("Bot:Telegram:Token does not look like a bot token from @BotFather (digits, a colon, then 30+ letters, digits, _ or -).");
        }

        if (options.Mode is not ("polling" or "webhook"))
        {
            failures.Add($"Bot:Telegram:Mode must be 'polling' or 'webhook', not '{options.Mode}'.");
        }

        if (!string.IsNullOrEmpty(options.ApiBaseUrl) && !Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out _))
        {
            failures.Add("Bot:Telegram:ApiBaseUrl must be an absolute URL.");
        }

        if (options.IsWebhook)
        {
            if (!Uri.TryCreate(options.Webhook.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add("Bot:Telegram:Webhook:Url must be the public https:// URL Telegram posts updates to.");
            }

            if (string.IsNullOrEmpty(options.Webhook.SecretToken) || !SecretPattern().IsMatch(options.Webhook.SecretToken))
            {
                failures.Add("Bot:Telegram:Webhook:SecretToken must be 1-256 characters of A-Z, a-z, 0-9, _ and -.");
            }
        }

        if (options.PollTimeoutSeconds is < 0 or > 600)
        {
            failures.Add("Bot:Telegram:PollTimeoutSeconds must be between 0 and 600.");
        }

        if (options.Pacing.GroupMessagesPerMinute < 1 || options.Pacing.GlobalMessagesPerSecond < 1 || options.Pacing.PerChatInterval < TimeSpan.Zero)
        {
            failures.Add("Bot:Telegram:Pacing values must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(@"^\d{3,}:[A-Za-z0-9_-]{30,}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
