using Microsoft.Extensions.Hosting;
using QuoteBot.Digest;
using QuoteBot.Storage;
using QuoteBot.Terminal;

namespace QuoteBot.Hosting;

public static class QuoteBotServices
{
    /// <summary>Everything the bot runs, each part switched on by its own settings. Program.cs and the tests call this one list.</summary>
    public static HostApplicationBuilder AddQuoteBot(this HostApplicationBuilder builder)
    {
        builder.AddQuotes();
        builder.Services.AddStorage(builder.Configuration);
        builder.AddHttpEndpoints();
        builder.AddHealth();
        builder.AddTelegram();
        builder.AddDiscord();
        builder.AddConsolePlatform();
        builder.Services.AddDigest(builder.Configuration);
        return builder;
    }
}
