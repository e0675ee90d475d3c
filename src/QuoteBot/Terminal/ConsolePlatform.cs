using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Localization;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Replies;

namespace QuoteBot.Terminal;

/// <summary>
/// Reads one command per line ("/topic energy", or without the slash), answers on standard output,
/// and stops the application at the end of input.
/// </summary>
internal sealed partial class ConsolePlatform(
    ConsoleIo io,
    CommandDispatcher dispatcher,
    IOptions<ConsoleOptions> consoleOptions,
    IOptions<CoreOptions> coreOptions,
    IHostApplicationLifetime lifetime,
    ILogger<ConsolePlatform> logger) : BackgroundService
{
    private const string ChatId = "console";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (and log that it did) before the first prompt.
        await Task.Yield();
        var language = UiLanguages.TryParse(consoleOptions.Value.Language, out var chosen) ? chosen : coreOptions.Value.Language;
        LogReady(language);
        while (!stoppingToken.IsCancellationRequested)
        {
            // Console.In reads synchronously whatever the token says, so a read waiting on a terminal (or an open
            // pipe) would hold SIGTERM until the host gives up: the read runs on its own, and stopping leaves it.
            string? line;
            try
            {
                line = await Task.Run(io.In.ReadLine, CancellationToken.None).WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (line is null)
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var request = CommandText.TryParse(line, out var command, requireSlash: false)
                ? new CommandRequest(command.Name, command.Argument, ChatId, language)
                : new CommandRequest("help", string.Empty, ChatId, language);
            var reply = dispatcher.Dispatch(request);
            await io.Out.WriteLineAsync(PlainTextRenderer.Render(reply).AsMemory(), stoppingToken);
            await io.Out.WriteLineAsync();
            await io.Out.FlushAsync(stoppingToken);
        }

        LogEndOfInput();
        lifetime.StopApplication();
    }

    [LoggerMessage(EventId = 6200, Level = LogLevel.Information, Message = "Console platform ready ({Language}): type /quote, /topic energy, /search 核聚变, /help")]
    private partial void LogReady(UiLanguage language);

    [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "End of input: stopping")]
    private partial void LogEndOfInput();
}
