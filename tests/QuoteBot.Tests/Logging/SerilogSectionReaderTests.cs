using Microsoft.Extensions.Configuration;
using QuoteBot.Logging;

namespace QuoteBot.Tests.Logging;

public sealed class SerilogSectionReaderTests
{
    [Fact]
    public void The_shipped_settings_are_understood_without_a_notice()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .Build();
        var notices = new StringWriter();

        using var logger = SerilogSectionReader.Read(configuration, notices).CreateLogger();

        Assert.Equal(string.Empty, notices.ToString());
    }

    [Fact]
    public void The_documented_json_formatter_is_understood()
    {
        var notices = new StringWriter();

        using var logger = SerilogSectionReader.Read(Settings(new()
        {
            ["Serilog:WriteTo:0:Name"] = "Console",
            ["Serilog:WriteTo:0:Args:formatter"] = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact",
        }), notices).CreateLogger();

        Assert.Equal(string.Empty, notices.ToString());
    }

    [Fact]
    public void Sinks_enrichers_and_formatters_it_cannot_make_are_named_and_left_out()
    {
        var notices = new StringWriter();

        using var logger = SerilogSectionReader.Read(Settings(new()
        {
            ["Serilog:WriteTo:0:Name"] = "File",
            ["Serilog:WriteTo:1:Name"] = "Console",
            ["Serilog:WriteTo:1:Args:formatter"] = "My.Formatter, Mine",
            ["Serilog:Enrich:0"] = "WithMachineName",
        }), notices).CreateLogger();

        var text = notices.ToString();
        Assert.Contains("sink 'File' is not available in the Native AOT build", text, StringComparison.Ordinal);
        Assert.Contains("formatter 'My.Formatter, Mine' is not available", text, StringComparison.Ordinal);
        Assert.Contains("enricher 'WithMachineName' is not available", text, StringComparison.Ordinal);
    }

    private static IConfiguration Settings(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
