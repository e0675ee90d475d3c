using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QuoteBot.Digest.Delivery;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Hosting;
using QuoteBot.Telegram.Digest;
using QuoteBot.Telegram.Receiving;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Telegram.Tests.Digest;

/// <summary>The host's one list of registrations: Telegram's side of the digest comes with Telegram, and only then.</summary>
public sealed class DigestWiringTests : IDisposable
{
    private readonly TempDirectory _data = new("quotebot-telegram-wiring");

    public void Dispose() => _data.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_digest_posts_to_telegram_and_daily_is_answered_only_when_telegram_is_on(bool telegram)
    {
        var builder = QuoteBotHost.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Telegram:Token"] = telegram ? FakeBotApi.Token : null,
            ["Bot:Console:Mode"] = "off",
            ["Bot:Storage:DataDirectory"] = _data.Path,
        });
        builder.AddQuoteBot();
        using var host = builder.Build();

        var senders = host.Services.GetServices<IDigestSender>().ToList();
        var commands = host.Services.GetServices<ITelegramCommand>().ToList();
        if (telegram)
        {
            Assert.IsType<TelegramDigestSender>(Assert.Single(senders, s => s.Platform == "telegram"));
            Assert.IsType<DailyCommand>(Assert.Single(commands));
        }
        else
        {
            Assert.DoesNotContain(senders, s => s.Platform == "telegram");
            Assert.Empty(commands);
        }
    }
}
