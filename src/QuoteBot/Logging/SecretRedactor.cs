using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace QuoteBot.Logging;

/// <summary>
/// Removes secrets from text bound for the logs: the configured tokens, webhook secret and database password, and
/// anything shaped like a Telegram bot token, a Discord bot token or a Discord interaction token.
/// </summary>
public sealed partial class SecretRedactor
{
    public const string Mask = "[redacted]";

    /// <summary>Settings whose values are secrets.</summary>
    public static readonly string[] SecretKeys =
    [
        "Bot:Telegram:Token",
        "Bot:Telegram:Webhook:SecretToken",
        "Bot:Discord:Token",
        "Bot:Discord:ClientSecret",
    ];

    private readonly string[] _secrets;

    public SecretRedactor(IEnumerable<string?> secrets)
    {
        // Short values would mask ordinary words; real secrets are long.
        _secrets = [.. secrets.OfType<string>().Select(s => s.Trim()).Where(s => s.Length >= 8).Distinct().OrderByDescending(s => s.Length)];
    }

    public static SecretRedactor FromConfiguration(IConfiguration configuration)
    {
        var values = SecretKeys.Select(k => configuration[k]).ToList();
        foreach (var connection in new[] { configuration["Bot:Storage:ConnectionString"] })
        {
            if (connection is not null && PasswordPattern().Match(connection) is { Success: true } password)
            {
                values.Add(password.Groups[1].Value);
            }
        }

        return new SecretRedactor(values);
    }

    public bool Contains(string? text) =>
        !string.IsNullOrEmpty(text) && (_secrets.Any(s => text.Contains(s, StringComparison.Ordinal)) || ShapePattern().IsMatch(text));

    public string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return ShapePattern().Replace(text, Mask);
    }

    // Telegram bot token (digits:35 chars), Discord bot token (three dot-separated base64url parts), Discord
    // interaction token (base64 of "interaction:…").
    [GeneratedRegex(@"\d{6,12}:[A-Za-z0-9_-]{30,}|\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}|aW50ZXJhY3Rpb246[A-Za-z0-9_\-+/=]+")]
    private static partial Regex ShapePattern();

    [GeneratedRegex(@"(?i)(?:password|pwd)\s*=\s*([^;]+)")]
    private static partial Regex PasswordPattern();
}
