using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QuoteBot.Core.Commands;
using QuoteBot.Digest.Admin;
using QuoteBot.Discord.Commands;
using QuoteBot.Discord.Interactions;
using QuoteBot.Hosting;
using QuoteBot.Telegram.Receiving;
using QuoteBot.Telegram.Sending;
using Telegram.Bot;

namespace QuoteBot.Tests.Hosting;

/// <summary>What the host's one list of registrations leaves to each platform, and what a test may replace.</summary>
public sealed class RegistrationTests
{
    private static readonly Dictionary<string, string?> BothPlatforms = new()
    {
        ["Bot:Telegram:Token"] = "123456:telegram-token-not-used-by-these-tests",
        ["Bot:Discord:Token"] = "discord-token-not-used-by-these-tests",
        ["Bot:Discord:ApplicationId"] = "1234",
    };

    public static TheoryData<Type> PlatformParts =>
    [
        typeof(ITelegramBotClient),
        typeof(TelegramSender),
        typeof(ChatPacer),
        typeof(UpdatePipeline),
        typeof(DiscordCommandHandler),
        typeof(IDiscordInteractionHandler),
        typeof(CommandRegistrar),
        typeof(Autocompleter),
        typeof(CommandDispatcher),
        typeof(IDigestAdmin),
    ];

    [Theory]
    [MemberData(nameof(PlatformParts))]
    public void A_part_registered_before_the_bot_is_the_one_the_bot_uses(Type part)
    {
        var builder = Builder(BothPlatforms);
        var mine = ServiceDescriptor.Singleton(part, _ => throw new InvalidOperationException("never resolved"));
        builder.Services.Add(mine);

        builder.AddQuoteBot();

        Assert.Same(mine, Assert.Single(builder.Services, d => d.ServiceType == part));
    }

    [Fact]
    public void The_discord_command_layer_comes_with_AddDiscord_only_when_a_token_is_set()
    {
        var on = Builder(BothPlatforms);
        on.AddQuoteBot();
        var off = Builder([]);
        off.AddQuoteBot();

        Type[] layer = [typeof(DiscordCommandHandler), typeof(IDiscordInteractionHandler), typeof(CommandRegistrar), typeof(Autocompleter)];
        Assert.All(layer, type => Assert.Contains(on.Services, d => d.ServiceType == type));
        Assert.All(layer, type => Assert.DoesNotContain(off.Services, d => d.ServiceType == type));
        Assert.DoesNotContain(off.Services, d => d.ServiceType == typeof(TelegramSender));
    }

    private static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }
}
