using Microsoft.Extensions.Configuration;
using QuoteBot.Logging;

namespace QuoteBot.Tests.Logging;

public sealed class SerilogSectionReaderTests
{
    [Fact]
    public void The_shipped_settings_are_understood_without_a_notice()
    {
        var shipped = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .Build();

        Assert.Equal(string.Empty, NoticesFor(shipped));
    }

    [Fact]
    public void The_documented_json_formatter_is_understood() =>
        Assert.Equal(string.Empty, NoticesFor(Settings(new()
        {
            ["Serilog:WriteTo:0:Name"] = "Console",
            ["Serilog:WriteTo:0:Args:formatter"] = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact",
        })));

    [Fact]
    public void Sinks_enrichers_and_formatters_it_cannot_make_are_named_and_left_out()
    {
        var notices = NoticesFor(Settings(new()
        {
            ["Serilog:WriteTo:0:Name"] = "File",
            ["Serilog:WriteTo:1:Name"] = "Console",
            ["Serilog:WriteTo:1:Args:formatter"] = "My.Formatter, Mine",
            ["Serilog:Enrich:0"] = "WithMachineName",
        }));

        Assert.Contains("sink 'File' is not one QuoteBot ships", notices, StringComparison.Ordinal);
        Assert.Contains("formatter 'My.Formatter, Mine' is not one QuoteBot ships", notices, StringComparison.Ordinal);
        Assert.Contains("enricher 'WithMachineName' is not one QuoteBot ships", notices, StringComparison.Ordinal);
    }

    /// <summary>Builds the logger the section describes and returns what the reader said about it.</summary>
    private static string NoticesFor(IConfiguration configuration)
    {
        var notices = new StringWriter();
        using var logger = SerilogSectionReader.Read(configuration, notices).CreateLogger();
        return notices.ToString();
    }

    private static IConfiguration Settings(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
