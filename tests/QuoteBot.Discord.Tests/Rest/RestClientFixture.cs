using QuoteBot.Discord.Rest;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Rest;

/// <summary>The REST client from the real container against a fake Discord of its own, on a fake clock.</summary>
public abstract class RestClientFixture : IAsyncLifetime
{
    protected TestClock Time { get; } = TestTime.NewClock();

    protected FakeDiscord Fake { get; private set; } = null!;

    internal DiscordTestHost Host { get; private set; } = null!;

    protected IDiscordRestClient Rest => Host.Rest;

    public async Task InitializeAsync()
    {
        Fake = await FakeDiscord.StartAsync(Time);
        Host = DiscordTestHost.Create(Fake, Time);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
