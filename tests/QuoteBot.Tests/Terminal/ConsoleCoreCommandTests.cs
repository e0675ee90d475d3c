using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QuoteBot.Core.Commands;
using QuoteBot.Hosting;
using QuoteBot.Tests.Hosting;
using QuoteBot.Terminal;
using QuoteBot.Testing;

namespace QuoteBot.Tests.Terminal;

/// <summary>A command added to the core alone (registered here, no console code) is answered and listed on the console.</summary>
public sealed class ConsoleCoreCommandTests
{
    [Fact]
    public async Task A_command_registered_only_in_the_core_is_answered_and_listed_on_the_console()
    {
        var output = new StringWriter();
        var builder = QuoteBotHost.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Console:Language"] = "zh",
            ["Bot:Http:Urls"] = "http://127.0.0.1:0",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        builder.Services.AddSingleton(new ConsoleIo(new StringReader("/echo hello\n回声 你好\n/help\n"), output));
        builder.AddQuoteBot();
        builder.Services.AddSingleton<ICommandHandler, EchoCommand>();
        using var host = builder.Build();
        await host.StartAsync();

        // The console stops the application at the end of its input: every line has been answered by then.
        await host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.WhenCancelledAsync();
        await host.StopAsync();

        var text = output.ToString();
        Assert.Contains("echo: hello", text, StringComparison.Ordinal);
        Assert.Contains("→ /echo hello", text, StringComparison.Ordinal);
        Assert.Contains("echo: 你好", text, StringComparison.Ordinal);
        Assert.Contains("/echo <内容>", text, StringComparison.Ordinal);
        Assert.Contains("重复你的话，例如 /echo 你好", text, StringComparison.Ordinal);
    }
}
