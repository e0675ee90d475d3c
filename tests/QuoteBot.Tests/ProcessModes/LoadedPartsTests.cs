using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Testing;

namespace QuoteBot.Tests.ProcessModes;

/// <summary>
/// What a run pays for in memory: the built bot, asked with <c>QUOTEBOT_STARTUP_STAGES=1</c> to name the assemblies
/// and native libraries it has loaded when it stops, loads no HTTP server when nothing listens, nothing of a platform
/// whose token is empty, and no Skia until a card is drawn. A native build has its assemblies compiled in: there the
/// native libraries are what is checked.
/// </summary>
[Trait("Category", BotProcess.Category)]
public sealed class LoadedPartsTests
{
    private static readonly string[] HttpServer = ["Microsoft.AspNetCore", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel.Core", "OpenTelemetry"];

    [Fact]
    public async Task The_console_without_endpoints_loads_no_http_server_no_platform_client_and_no_skia()
    {
        using var data = TempDirectory.Create("quotebot-loaded");
        var result = await BotProcess.RunAsync("/topic energy\n", Stages(data));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Energy", result.Stdout, StringComparison.Ordinal);
        var loaded = LoadedAtStop(result.Stderr);
        Assert.All(HttpServer, name => Assert.DoesNotContain(name, loaded.Assemblies));
        Assert.DoesNotContain("Telegram.Bot", loaded.Assemblies);
        Assert.DoesNotContain("System.Net.WebSockets", loaded.Assemblies);
        Assert.DoesNotContain("SkiaSharp", loaded.Assemblies);
        Assert.DoesNotContain(loaded.Libraries, l => l.StartsWith("libSkiaSharp", StringComparison.Ordinal) || l.StartsWith("libHarfBuzzSharp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_card_drawn_on_the_console_maps_skia_and_harfbuzz()
    {
        using var data = TempDirectory.Create("quotebot-loaded");
        var result = await BotProcess.RunAsync("/card q14\n", Stages(data).With(new() { ["Bot__Cards__OutputDirectory"] = data.Path }));

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(data.Path, "card-q14.png")), result.Stderr);
        var loaded = LoadedAtStop(result.Stderr);
        Assert.Contains(loaded.Libraries, l => l.StartsWith("libSkiaSharp", StringComparison.Ordinal));
        Assert.Contains(loaded.Libraries, l => l.StartsWith("libHarfBuzzSharp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Telegram_alone_loads_nothing_of_discord_and_no_skia()
    {
        await using var api = await FakeBotApi.StartAsync(TimeProvider.System);
        using var data = TempDirectory.Create("quotebot-loaded");
        await using var bot = RunningBot.Start(Stages(data).Telegram(api));
        await bot.ReadyAsync();
        api.Enqueue(Updates.Message("/topic energy", chat: 2001));
        await api.WaitForSendAsync(c => c.ChatId == 2001);
        Assert.Equal(0, await bot.StopAsync());

        var loaded = LoadedAtStop(bot.Stderr);
        Assert.DoesNotContain("System.Net.WebSockets", loaded.Assemblies);
        Assert.DoesNotContain("NSec.Cryptography", loaded.Assemblies);
        Assert.DoesNotContain("SkiaSharp", loaded.Assemblies);
        Assert.DoesNotContain(loaded.Libraries, l => l.StartsWith("libsodium", StringComparison.Ordinal) || l.StartsWith("libSkiaSharp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Discord_alone_loads_nothing_of_telegram_and_no_skia()
    {
        await using var fake = await FakeDiscord.StartAsync(TimeProvider.System);
        using var data = TempDirectory.Create("quotebot-loaded");
        await using var bot = RunningBot.Start(Stages(data).Discord(fake));
        var gateway = await GatewaySession.OpenAsync(fake);
        await bot.ReadyAsync();
        Assert.Contains("Energy", (await gateway.TopicEnergyAsync(fake, sequence: 2)).Body, StringComparison.Ordinal);
        Assert.Equal(0, await bot.StopAsync());

        var loaded = LoadedAtStop(bot.Stderr);
        Assert.DoesNotContain("Telegram.Bot", loaded.Assemblies);
        Assert.DoesNotContain("SkiaSharp", loaded.Assemblies);
        Assert.DoesNotContain(loaded.Libraries, l => l.StartsWith("libSkiaSharp", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Stages(TempDirectory data) =>
        ProcessEnvironment.Base(data).With(new() { ["QUOTEBOT_STARTUP_STAGES"] = "1" });

    /// <summary>The bot's own line, written as it stops: <c>startup-loaded: stopping assemblies=a,b libraries=x.so,y.so</c>.</summary>
    private static (string[] Assemblies, string[] Libraries) LoadedAtStop(string stderr)
    {
        var line = stderr.Split('\n').Single(l => l.StartsWith("startup-loaded: stopping ", StringComparison.Ordinal)).Trim();
        string[] Field(string name) =>
            line.Split(' ').Single(f => f.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries);
        var libraries = Field("libraries");
        Assert.Contains(libraries, l => l.StartsWith("libc.so", StringComparison.Ordinal)); // the line is read right
        return (Field("assemblies"), libraries);
    }
}
