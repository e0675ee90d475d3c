using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Localization;

namespace QuoteBot.Terminal;

public static partial class ConsolePlatformHostingExtensions
{
    /// <summary>
    /// The embedded default: with no Telegram or Discord token the bot runs on standard input and output.
    /// <c>Bot:Console:Mode</c> <c>on</c> or <c>off</c> overrides the choice.
    /// </summary>
    public static IHostApplicationBuilder AddConsolePlatform(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConsoleOptions>()
            .BindConfiguration(ConsoleOptions.Section)
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConsoleOptions>, ConsoleOptionsValidator>());

        var telegram = !string.IsNullOrWhiteSpace(builder.Configuration["Bot:Telegram:Token"]);
        var discord = !string.IsNullOrWhiteSpace(builder.Configuration["Bot:Discord:Token"]);
        var mode = builder.Configuration[$"{ConsoleOptions.Section}:Mode"] ?? "auto";
        var console = mode == "on" || (mode == "auto" && !telegram && !discord);

        var platforms = new Hosting.ActivePlatforms(telegram, discord, console);
        builder.Services.TryAddSingleton(platforms);
        builder.Services.AddHostedService(sp => new PlatformAnnouncer(sp.GetRequiredService<ILogger<PlatformAnnouncer>>(), platforms, mode));
        if (console)
        {
            builder.Services.TryAddSingleton(_ => new ConsoleIo(System.Console.In, CreateUtf8Out()));
            builder.Services.TryAddSingleton<ConsoleCardFiles>();
            builder.Services.AddHostedService<ConsolePlatform>();
        }

        return builder;
    }

    private static StreamWriter CreateUtf8Out()
    {
        // Chinese replies must survive a terminal or pipe whose default encoding is not UTF-8.
        var stdout = System.Console.OpenStandardOutput();
        return new StreamWriter(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
    }

    /// <summary>Says at start which platforms are on, and why the others are off.</summary>
    private sealed partial class PlatformAnnouncer(ILogger<PlatformAnnouncer> logger, Hosting.ActivePlatforms platforms, string mode) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (!platforms.Telegram)
            {
                LogOff("Telegram", "no Telegram token (Bot:Telegram:Token)");
            }

            if (!platforms.Discord)
            {
                LogOff("Discord", "no Discord token (Bot:Discord:Token)");
            }

            if (platforms.Console)
            {
                LogOn("Console", mode == "on" ? "Bot:Console:Mode is 'on'" : "no chat platform configured: the console is the default");
            }
            else
            {
                LogOff("Console", mode == "off" ? "Bot:Console:Mode is 'off'" : "a chat platform is configured");
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(EventId = 6010, Level = LogLevel.Information, Message = "{Platform} on: {Reason}")]
        private partial void LogOn(string platform, string reason);

        [LoggerMessage(EventId = 6011, Level = LogLevel.Information, Message = "{Platform} off: {Reason}")]
        private partial void LogOff(string platform, string reason);
    }
}
