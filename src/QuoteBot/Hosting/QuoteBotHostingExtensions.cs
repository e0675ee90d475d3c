using Microsoft.Extensions.Hosting;
using QuoteBot.Digest;
using QuoteBot.Discord;
using QuoteBot.Storage;
using QuoteBot.Telegram;
using QuoteBot.Terminal;

namespace QuoteBot.Hosting;

public static class QuoteBotHostingExtensions
{
    /// <summary>Everything the bot runs, each part switched on by its own settings. Program.cs and the tests call this one list.</summary>
    public static IHostApplicationBuilder AddQuoteBot(this IHostApplicationBuilder builder)
    {
        builder.AddQuotes();
        builder.AddStorage();
        builder.AddHttpEndpoints();
        builder.AddHealth();
        builder.AddTelegram();
        builder.AddDiscord();
        builder.AddConsolePlatform();
        builder.AddDigest();
        return builder;
    }
}
