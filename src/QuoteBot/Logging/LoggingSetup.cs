using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace QuoteBot.Logging;

/// <summary>
/// Serilog, once: levels, sinks and format from the <c>Serilog</c> section of the settings, with
/// <see cref="RedactingSink"/> in front of the sinks so no secret reaches a log.
/// </summary>
public static class LoggingSetup
{
    public static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration, IServiceProvider services)
    {
        // The configured sinks, levels and enrichers, behind the redactor; Bot:Logging:Format=json swaps the sinks for
        // compact JSON lines on stderr without editing the Serilog section. The section is read with plain code in
        // every build: the reflection-based reader (Serilog.Settings.Configuration) finds no sinks in a native
        // executable, and in the JIT build it cost a tenth of a second of start-up scanning assemblies for sinks
        // the bot does not ship (docs/PERFORMANCE.md, "Start-up").
        var sinks = string.Equals(configuration["Bot:Logging:Format"], "json", StringComparison.OrdinalIgnoreCase)
            ? new LoggerConfiguration()
                .MinimumLevel.Verbose()
                .Enrich.FromLogContext()
                .WriteTo.Console(new CompactJsonFormatter(), standardErrorFromLevel: LogEventLevel.Verbose)
                .CreateLogger()
            : SerilogSectionReader.Read(configuration, Console.Error)
                .ReadFrom.Services(services)
                .CreateLogger();

        // The same levels in front, so disabled levels cost nothing (LoggerMessage checks IsEnabled first).
        ApplyLevels(logger, configuration.GetSection("Serilog:MinimumLevel"));
        Hosting.StartupStages.Mark("logger configured");
        return logger.WriteTo.Sink(new RedactingSink(sinks, SecretRedactor.FromConfiguration(configuration)));
    }

    private static void ApplyLevels(LoggerConfiguration logger, IConfigurationSection section)
    {
        var fallback = section.Value ?? section["Default"];
        logger.MinimumLevel.Is(Enum.TryParse<LogEventLevel>(fallback, ignoreCase: true, out var level) ? level : LogEventLevel.Information);
        foreach (var over in section.GetSection("Override").GetChildren())
        {
            if (Enum.TryParse<LogEventLevel>(over.Value, ignoreCase: true, out var overLevel))
            {
                logger.MinimumLevel.Override(over.Key, overLevel);
            }
        }
    }
}
