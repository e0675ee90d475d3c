using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Json;

namespace QuoteBot.Logging;

/// <summary>
/// The <c>Serilog</c> section read by plain code, in every build: Serilog.Settings.Configuration finds sinks, their
/// arguments and formatter types by reflection over assemblies, which a native executable does not have (there, it
/// configured no sink at all and the bot logged nothing), and which slowed the JIT build's start. What the bot ships with is understood — the Console sink
/// with <c>outputTemplate</c>, <c>standardErrorFromLevel</c>, <c>restrictedToMinimumLevel</c> and the JSON formatters,
/// and the <c>FromLogContext</c> enricher; anything else is named in a notice (standard error) and left out.
/// </summary>
public static class SerilogSectionReader
{
    private const string DefaultOutputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>The sinks and enrichers of <c>Serilog:WriteTo</c> and <c>Serilog:Enrich</c>, passing every level (levels are applied in front).</summary>
    public static LoggerConfiguration Read(IConfiguration configuration, TextWriter notices)
    {
        var logger = new LoggerConfiguration().MinimumLevel.Verbose();
        var section = configuration.GetSection("Serilog");
        foreach (var sink in section.GetSection("WriteTo").GetChildren())
        {
            var name = sink["Name"] ?? sink.Value;
            if (!string.Equals(name, "Console", StringComparison.OrdinalIgnoreCase))
            {
                notices.WriteLine($"Logging: Serilog sink '{name}' is not one QuoteBot ships; it is left out.");
                continue;
            }

            AddConsole(logger, sink.GetSection("Args"), notices);
        }

        foreach (var enricher in section.GetSection("Enrich").GetChildren())
        {
            var name = enricher["Name"] ?? enricher.Value;
            if (string.Equals(name, "FromLogContext", StringComparison.OrdinalIgnoreCase))
            {
                logger.Enrich.FromLogContext();
            }
            else
            {
                notices.WriteLine($"Logging: Serilog enricher '{name}' is not one QuoteBot ships; it is left out.");
            }
        }

        return logger;
    }

    private static void AddConsole(LoggerConfiguration logger, IConfigurationSection args, TextWriter notices)
    {
        var restrictedTo = Level(args["restrictedToMinimumLevel"]) ?? LevelAlias.Minimum;
        var standardErrorFrom = Level(args["standardErrorFromLevel"]);
        if (args["formatter"] is { } formatterName)
        {
            if (Formatter(formatterName) is { } formatter)
            {
                logger.WriteTo.Console(formatter, restrictedTo, standardErrorFromLevel: standardErrorFrom);
                return;
            }

            notices.WriteLine($"Logging: Serilog formatter '{formatterName}' is not one QuoteBot ships; the output template is used.");
        }

        logger.WriteTo.Console(restrictedTo, args["outputTemplate"] ?? DefaultOutputTemplate, standardErrorFromLevel: standardErrorFrom);
    }

    /// <summary>The formatters Serilog and Serilog.Formatting.Compact ship, by the type names a settings file uses.</summary>
    private static ITextFormatter? Formatter(string typeName) => typeName.Split(',')[0].Trim() switch
    {
        "Serilog.Formatting.Compact.CompactJsonFormatter" => new CompactJsonFormatter(),
        "Serilog.Formatting.Compact.RenderedCompactJsonFormatter" => new RenderedCompactJsonFormatter(),
        "Serilog.Formatting.Json.JsonFormatter" => new JsonFormatter(),
        _ => null,
    };

    private static LogEventLevel? Level(string? value) =>
        Enum.TryParse<LogEventLevel>(value, ignoreCase: true, out var level) ? level : null;
}
