using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Commands;
using QuoteBot.Discord.Models;
using QuoteBot.Discord.Rest;

namespace QuoteBot.Discord.Commands;

/// <summary>What registration did.</summary>
public enum RegistrationOutcome
{
    Unchanged,
    Overwritten,
}

/// <summary>
/// Makes Discord's command set ours: global, or one guild's when <c>Bot:Discord:GuildId</c> is set. Overwrites only
/// when the definitions differ, so restarts do not spend the daily command-create limit.
/// </summary>
public sealed partial class CommandRegistrar(IDiscordRestClient rest, CommandDispatcher dispatcher, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    /// <summary>The slash commands: the core's, then Discord's own.</summary>
    public IReadOnlyList<ApplicationCommandDefinition> Commands { get; } = DiscordCommandSet.For(dispatcher.Descriptors);

    public async Task<RegistrationOutcome> RegisterAsync(CancellationToken cancellationToken)
    {
        var guild = options.Value.GuildId;
        var scope = string.IsNullOrWhiteSpace(guild) ? "global" : $"guild {guild}";
        var current = string.IsNullOrWhiteSpace(guild)
            ? await rest.GetGlobalApplicationCommandsAsync(cancellationToken)
            : await rest.GetGuildApplicationCommandsAsync(guild, cancellationToken);
        if (CommandSetComparer.Same(Commands, current))
        {
            LogUnchanged(scope, current.Count);
            return RegistrationOutcome.Unchanged;
        }

        _ = string.IsNullOrWhiteSpace(guild)
            ? await rest.BulkOverwriteGlobalApplicationCommandsAsync(Commands, cancellationToken)
            : await rest.BulkOverwriteGuildApplicationCommandsAsync(guild, Commands, cancellationToken);
        LogOverwritten(scope, Commands.Count);
        return RegistrationOutcome.Overwritten;
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Discord commands ({Scope}) are up to date: {Count} commands")]
    private partial void LogUnchanged(string scope, int count);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Discord commands ({Scope}) registered: {Count} commands")]
    private partial void LogOverwritten(string scope, int count);
}

/// <summary>Registers the commands once at start, in the background: the gateway need not wait for it.</summary>
public sealed partial class CommandRegistrationService(CommandRegistrar registrar, IOptions<DiscordOptions> options, ILogger<CommandRegistrationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RegisterCommands)
        {
            return;
        }

        try
        {
            await registrar.RegisterAsync(stoppingToken);
        }
        catch (DiscordApiException ex)
        {
            LogFailed(ex.Message);
        }
        catch (HttpRequestException ex)
        {
            LogFailed(ex.Message);
        }
    }

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Registering the Discord commands failed ({Reason}); the existing set stays. Run `QuoteBot commands register` to retry")]
    private partial void LogFailed(string reason);
}
