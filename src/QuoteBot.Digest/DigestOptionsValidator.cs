using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Localization;
using QuoteBot.Core;
using QuoteBot.Digest.Scheduling;
using QuoteBot.Digest.Targets;

namespace QuoteBot.Digest;

/// <summary>
/// Checks <c>Bot:Digest</c> at start, one clear line per problem, naming the key: the checks of
/// <see cref="DigestOptions.Validate"/>, called by code generated at compile time (no reflection).
/// </summary>
[OptionsValidator]
internal sealed partial class DigestOptionsValidator : IValidateOptions<DigestOptions>;

public sealed partial class DigestOptions : IValidatableObject
{
    /// <summary>The rules of the section and of each target, each failure one line naming the key to fix.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Pool is not (DigestPools.All or DigestPools.Highlights))
        {
            yield return new($"{Section}:Pool must be '{DigestPools.All}' or '{DigestPools.Highlights}', not '{Pool}'.");
        }

        if (CatchUpGrace < TimeSpan.Zero || CatchUpGrace > TimeSpan.FromDays(1))
        {
            yield return new($"{Section}:CatchUpGrace must be between 00:00:00 and 1.00:00:00, not {CatchUpGrace}.");
        }

        if (ClaimLease < TimeSpan.FromSeconds(10))
        {
            yield return new($"{Section}:ClaimLease must be at least 00:00:10, not {ClaimLease}.");
        }

        if (MaxConcurrency is < 1 or > 1024)
        {
            yield return new($"{Section}:MaxConcurrency must be between 1 and 1024, not {MaxConcurrency}.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Targets.Count; i++)
        {
            foreach (var failure in ValidateTarget($"{Section}:Targets:{i}", Targets[i], seen))
            {
                yield return new(failure);
            }
        }
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
        else if (!seen.Add(DigestTarget.IdFor(target.Platform, target.ChatId)))
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
