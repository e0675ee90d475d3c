using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QuoteBot.Telegram;
using QuoteBot.Telegram.Receiving;

namespace QuoteBot.Hosting;

public static class TelegramHosting
{
    /// <summary>
    /// Telegram, when <c>Bot:Telegram:Token</c> is set, with its side of the daily digest (the sender and <c>/daily</c>);
    /// in webhook mode its endpoint joins the HTTP endpoints.
    /// </summary>
    public static HostApplicationBuilder AddTelegram(this HostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["Bot:Telegram:Token"]))
        {
            return builder;
        }

        builder.Services.AddTelegramPlatform().AddTelegramDigest();
        if (string.Equals(builder.Configuration["Bot:Telegram:Mode"], "webhook", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddSingleton(new HttpEndpointRegistration("telegram webhook", (endpoints, services) => endpoints.MapTelegramWebhook(services)));
        }

        return builder;
    }
}
