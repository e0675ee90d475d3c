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
    ConsoleCardFiles cardFiles,
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
            if (reply.Card is { } card)
            {
                await WriteCardAsync(card, stoppingToken);
            }

            await io.Out.WriteLineAsync();
            await io.Out.FlushAsync(stoppingToken);
        }

        LogEndOfInput();
        lifetime.StopApplication();
    }

    /// <summary>The quote is already printed: a card that cannot be drawn or written is logged, never fatal.</summary>
    private async Task WriteCardAsync(CardRequest card, CancellationToken stoppingToken)
    {
        try
        {
            var path = await cardFiles.WriteAsync(card, stoppingToken);
            await io.Out.WriteLineAsync(UiStrings.For(card.Language).CardWritten(path).AsMemory(), stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCardFailed(e, card.QuoteId);
        }
    }

    [LoggerMessage(EventId = 6202, Level = LogLevel.Error, Message = "Card {QuoteId} could not be drawn or written; the quote was shown as text")]
    private partial void LogCardFailed(Exception exception, string quoteId);

    [LoggerMessage(EventId = 6200, Level = LogLevel.Information, Message = "Console platform ready ({Language}): type /quote, /topic energy, /search 核聚变, /help")]
    private partial void LogReady(UiLanguage language);

    [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "End of input: stopping")]
    private partial void LogEndOfInput();
}
