using System.Globalization;
using Microsoft.Extensions.Options;

namespace QuoteBot.Discord;

/// <summary>Checks <see cref="DiscordOptions"/> before any socket opens, with messages that name the setting to fix.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        var s = DiscordOptions.Section;

        if (string.IsNullOrWhiteSpace(options.Token))
        {
            failures.Add($"{s}:Token is required (the bot token from the Discord developer portal).");
        }
        else if (options.Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{s}:Token must be the bare token, without the 'Bot ' prefix.");
        }
        else if (options.Token.Any(char.IsWhiteSpace))
        {
            failures.Add($"{s}:Token contains whitespace; copy the token again.");
        }

        if (!IsSnowflake(options.ApplicationId))
        {
            failures.Add($"{s}:ApplicationId is required and must be the numeric application id.");
        }

        if (options.Mode == DiscordMode.Http && !IsHex(options.PublicKey, 64))
        {
            failures.Add($"{s}:PublicKey is required in http mode and must be the 64-character hex public key of the application.");
        }
        else if (!string.IsNullOrEmpty(options.PublicKey) && !IsHex(options.PublicKey, 64))
        {
            failures.Add($"{s}:PublicKey must be the 64-character hex public key of the application.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
        {
            failures.Add($"{s}:ApiBaseUrl must be an absolute http(s) URL such as {DiscordOptions.DefaultApiBaseUrl}.");
        }

        if (!string.IsNullOrEmpty(options.GatewayUrl)
            && (!Uri.TryCreate(options.GatewayUrl, UriKind.Absolute, out var gateway) || gateway.Scheme is not ("wss" or "ws")))
        {
            failures.Add($"{s}:GatewayUrl must be an absolute ws(s) URL such as wss://gateway.discord.gg.");
        }

        ValidateShards(options, failures);

        if (options.DeferAfter <= TimeSpan.Zero || options.DeferAfter >= TimeSpan.FromSeconds(3))
        {
            failures.Add($"{s}:DeferAfter must be under 3 seconds: Discord waits no longer for the first answer.");
        }

        if (options.Intents < 0)
        {
            failures.Add($"{s}:Intents must be a non-negative bitfield.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateShards(DiscordOptions options, List<string> failures)
    {
        var s = DiscordOptions.Section;
        if (options.ShardCount is < 1)
        {
            failures.Add($"{s}:ShardCount must be at least 1.");
            return;
        }

        if (options.ShardIds.Count == 0)
        {
            return;
        }

        if (options.ShardCount is not { } count)
        {
            failures.Add($"{s}:ShardIds needs {s}:ShardCount, the total shard count shared by every process.");
            return;
        }

        if (options.ShardIds.Any(id => id < 0 || id >= count))
        {
            failures.Add($"{s}:ShardIds must lie between 0 and ShardCount - 1 ({count - 1}).");
        }

        if (options.ShardIds.Distinct().Count() != options.ShardIds.Count)
        {
            failures.Add($"{s}:ShardIds lists a shard twice.");
        }
    }

    private static bool IsSnowflake(string? value) =>
        !string.IsNullOrEmpty(value) && ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static bool IsHex(string? value, int length) =>
        value is not null && value.Length == length && value.All(char.IsAsciiHexDigit);
}
