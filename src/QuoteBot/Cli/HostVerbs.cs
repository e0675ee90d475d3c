using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QuoteBot.Core.Hosting;
using QuoteBot.Core.Replies;
using QuoteBot.Digest.Admin;
using QuoteBot.Discord.Commands;
using QuoteBot.Hosting;
using QuoteBot.Storage.Database;

namespace QuoteBot.Cli;

/// <summary>
/// Verbs that need the bot's configured services but not a running bot: they build the host, do one thing, and exit.
/// </summary>
internal static class HostVerbs
{
    /// <summary><c>commands register</c>: compares the Discord command set with Discord's and overwrites it if it differs.</summary>
    public static async Task<int> RegisterCommandsAsync(string[] hostArgs, TextWriter stdout, TextWriter stderr)
    {
        var (built, exitCode) = Build(hostArgs);
        if (built is null)
        {
            return exitCode;
        }

        using var host = built;
        if (host.Services.GetService<CommandRegistrar>() is not { } registrar)
        {
            await stderr.WriteLineAsync("commands register: Discord is off (set Bot:Discord:Token and Bot:Discord:ApplicationId).");
            return ExitCodes.BadConfiguration;
        }

        var outcome = await registrar.RegisterAsync(CancellationToken.None);
        await stdout.WriteLineAsync(outcome == RegistrationOutcome.Unchanged
            ? $"Discord commands are up to date ({registrar.Commands.Count} commands)."
            : $"Discord commands registered ({registrar.Commands.Count} commands).");
        return ExitCodes.Success;
    }

    /// <summary><c>digest preview [platform chat]</c>: what the next daily post would be, and when.</summary>
    public static async Task<int> PreviewDigestAsync(string? platform, string? chat, string[] hostArgs, TextWriter stdout)
    {
        var (built, exitCode) = Build(hostArgs);
        if (built is null)
        {
            return exitCode;
        }

        using var host = built;
        if (host.Services.GetService<StateDatabase>() is { } database)
        {
            await database.MigrateAsync(CancellationToken.None);
        }

        var preview = await host.Services.GetRequiredService<IDigestAdmin>().PreviewAsync(platform ?? "console", chat ?? "console");
        await stdout.WriteLineAsync(preview.PostAt is { } at
            ? $"Next post {at:yyyy-MM-dd HH:mm zzz} ({preview.LocalDate:yyyy-MM-dd}):"
            : $"Quote of the day for {preview.LocalDate:yyyy-MM-dd} (no schedule for this chat):");
        await stdout.WriteLineAsync(PlainTextRenderer.Render(preview.Reply));
        return ExitCodes.Success;
    }

    private static (IHost? Host, int ExitCode) Build(string[] hostArgs)
    {
        var builder = QuoteBotHost.CreateBuilder([.. hostArgs, "--Bot:Console:Mode=off"]);
        builder.AddQuoteBot();
        return QuoteBotHost.BuildChecked(builder);
    }
}
