using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace QuoteBot.Discord;

/// <summary>
/// Checks <see cref="DiscordOptions"/> before any socket opens, with messages that name the setting to fix: the checks
/// of <see cref="DiscordOptions.Validate"/>, called by code generated at compile time (no reflection).
/// </summary>
[OptionsValidator]
internal sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>;

public sealed partial class DiscordOptions : IValidatableObject
{
    /// <summary>The rules of the section, each failure one line naming the key to fix.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var s = Section;

        if (string.IsNullOrWhiteSpace(Token))
        {
            yield return new($"{s}:Token is required (the bot token from the Discord developer portal).");
        }
        else if (Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            yield return new($"{s}:Token must be the bare token, without the 'Bot ' prefix.");
        }
        else if (Token.Any(char.IsWhiteSpace))
        {
            yield return new($"{s}:Token contains whitespace; copy the token again.");
        }

        if (!IsSnowflake(ApplicationId))
        {
            yield return new($"{s}:ApplicationId is required and must be the numeric application id.");
        }

        if (Mode == DiscordMode.Http && !IsHex(PublicKey, 64))
        {
            yield return new($"{s}:PublicKey is required in http mode and must be the 64-character hex public key of the application.");
        }
        else if (!string.IsNullOrEmpty(PublicKey) && !IsHex(PublicKey, 64))
        {
            yield return new($"{s}:PublicKey must be the 64-character hex public key of the application.");
        }

        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
        {
            yield return new($"{s}:ApiBaseUrl must be an absolute http(s) URL such as {DefaultApiBaseUrl}.");
        }

        if (!string.IsNullOrEmpty(GatewayUrl)
            && (!Uri.TryCreate(GatewayUrl, UriKind.Absolute, out var gateway) || gateway.Scheme is not ("wss" or "ws")))
        {
            yield return new($"{s}:GatewayUrl must be an absolute ws(s) URL such as wss://gateway.discord.gg.");
        }

        foreach (var failure in ValidateShards())
        {
            yield return failure;
        }

        if (DeferAfter <= TimeSpan.Zero || DeferAfter >= TimeSpan.FromSeconds(3))
        {
            yield return new($"{s}:DeferAfter must be under 3 seconds: Discord waits no longer for the first answer.");
        }

        if (Intents < 0)
        {
            yield return new($"{s}:Intents must be a non-negative bitfield.");
        }
    }

    private IEnumerable<ValidationResult> ValidateShards()
    {
        var s = Section;
        if (ShardCount is < 1)
        {
            yield return new($"{s}:ShardCount must be at least 1.");
            yield break;
        }

        if (ShardIds.Count == 0)
        {
            yield break;
        }

        if (ShardCount is not { } count)
        {
            yield return new($"{s}:ShardIds needs {s}:ShardCount, the total shard count shared by every process.");
            yield break;
        }

        if (ShardIds.Any(id => id < 0 || id >= count))
        {
            yield return new($"{s}:ShardIds must lie between 0 and ShardCount - 1 ({count - 1}).");
        }

        if (ShardIds.Distinct().Count() != ShardIds.Count)
        {
            yield return new($"{s}:ShardIds lists a shard twice.");
        }
    }

    private static bool IsSnowflake(string? value) =>
        !string.IsNullOrEmpty(value) && ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static bool IsHex(string? value, int length) =>
        value is not null && value.Length == length && value.All(char.IsAsciiHexDigit);
}
