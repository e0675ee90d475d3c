using Microsoft.Extensions.Hosting;
using QuoteBot.Terminal;

namespace QuoteBot.Hosting;

public static class QuoteBotServices
{
    /// <summary>Everything the bot runs, each part switched on by its own settings. Program.cs and the tests call this one list.</summary>
    public static HostApplicationBuilder AddQuoteBot(this HostApplicationBuilder builder)
    {
        builder.AddQuotes();
        builder.AddHttpEndpoints();
        builder.AddHealth();
        builder.AddTelegram();
        builder.AddConsolePlatform();
        return builder;
    }
}
