using Microsoft.Extensions.Options;
using QuoteBot.Core.Localization;
using QuoteBot.Core;
using QuoteBot.Digest.Scheduling;

namespace QuoteBot.Digest;

/// <summary>Checks <c>Bot:Digest</c> at start, one clear line per problem, naming the key.</summary>
internal sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        var failures = new List<string>();
        if (options.Pool is not (DigestPools.All or DigestPools.Highlights))
        {
            failures.Add($"{DigestOptions.Section}:Pool must be '{DigestPools.All}' or '{DigestPools.Highlights}', not '{options.Pool}'.");
        }

        if (options.CatchUpGrace < TimeSpan.Zero || options.CatchUpGrace > TimeSpan.FromDays(1))
        {
            failures.Add($"{DigestOptions.Section}:CatchUpGrace must be between 00:00:00 and 1.00:00:00, not {options.CatchUpGrace}.");
        }

        if (options.ClaimLease < TimeSpan.FromSeconds(10))
        {
            failures.Add($"{DigestOptions.Section}:ClaimLease must be at least 00:00:10, not {options.ClaimLease}.");
        }

        if (options.MaxConcurrency is < 1 or > 1024)
        {
            failures.Add($"{DigestOptions.Section}:MaxConcurrency must be between 1 and 1024, not {options.MaxConcurrency}.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Targets.Count; i++)
        {
            failures.AddRange(ValidateTarget($"{DigestOptions.Section}:Targets:{i}", options.Targets[i], seen));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> ValidateTarget(string key, DigestTargetOptions target, HashSet<string> seen)
    {
        if (string.IsNullOrWhiteSpace(target.Platform) || !target.Platform.All(char.IsAsciiLetterLower))
        {
            yield return $"{key}:Platform must be a platform name such as 'discord' or 'telegram', not '{target.Platform}'.";
        }

        if (string.IsNullOrWhiteSpace(target.ChatId))
        {
            yield return $"{key}:ChatId is required.";
        }
        else if (!seen.Add(Targets.DigestTarget.IdFor(target.Platform, target.ChatId)))
        {
            yield return $"{key}: {target.Platform} chat {target.ChatId} is listed twice; a chat gets one digest.";
        }

        if (!string.IsNullOrWhiteSpace(target.Time) && !string.IsNullOrWhiteSpace(target.Cron))
        {
            yield return $"{key}: give Time or Cron, not both.";
        }
        else if (!DigestSchedule.TryParse(target.ScheduleText, out _, out var error))
        {
            yield return $"{key}:{(string.IsNullOrWhiteSpace(target.Cron) ? "Time" : "Cron")}: {error}.";
        }

        if (!TimeZoneResolver.TryResolve(target.TimeZone, out _, out _))
        {
            yield return $"{key}:TimeZone: {TimeZoneResolver.Describe(target.TimeZone)}";
        }

        if (!string.IsNullOrEmpty(target.Language) && !UiLanguages.TryParse(target.Language, out _))
        {
            yield return $"{key}:Language must be 'en' or 'zh', not '{target.Language}'.";
        }
    }
}
