using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using QuoteBot.Discord.Gateway;

namespace QuoteBot.Discord.Tests;

public sealed class DiscordOptionsTests
{
    private const string PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    [Fact]
    public void A_minimal_gateway_configuration_is_valid_and_asks_for_no_intents()
    {
        var options = Bind(new() { ["Token"] = "abc.def", ["ApplicationId"] = "1234" });

        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(DiscordMode.Gateway, options.Mode);
        Assert.Equal(GatewayIntents.None, options.Intents);
        Assert.Equal("https://discord.com/api/v10", options.ApiBaseUrl);
    }

    [Fact]
    public void Mode_intents_and_shards_bind_from_configuration()
    {
        var options = Bind(new()
        {
            ["Token"] = "abc", ["ApplicationId"] = "1234", ["Mode"] = "http", ["PublicKey"] = PublicKey,
            ["Intents"] = "Guilds", ["ShardCount"] = "4", ["ShardIds:0"] = "2", ["ShardIds:1"] = "3",
        });

        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(DiscordMode.Http, options.Mode);
        Assert.Equal(GatewayIntents.Guilds, options.Intents);
        Assert.Equal([2, 3], options.ShardIds);
    }

    [Theory]
    [InlineData("Token", "", "Bot:Discord:Token is required")]
    [InlineData("Token", "Bot abc", "without the 'Bot ' prefix")]
    [InlineData("ApplicationId", "my-bot", "Bot:Discord:ApplicationId is required and must be the numeric application id")]
    [InlineData("ApiBaseUrl", "discord.com/api", "Bot:Discord:ApiBaseUrl must be an absolute http(s) URL")]
    [InlineData("GatewayUrl", "https://gateway.discord.gg", "Bot:Discord:GatewayUrl must be an absolute ws(s) URL")]
    [InlineData("PublicKey", "abc", "Bot:Discord:PublicKey must be the 64-character hex public key")]
    [InlineData("ShardCount", "0", "Bot:Discord:ShardCount must be at least 1")]
    [InlineData("ShardIds:0", "1", "Bot:Discord:ShardIds needs Bot:Discord:ShardCount")]
    public void Each_bad_setting_is_named_in_the_failure(string key, string value, string message)
    {
        var settings = new Dictionary<string, string?> { ["Token"] = "abc", ["ApplicationId"] = "1234", [key] = value };

        var result = new DiscordOptionsValidator().Validate(null, Bind(settings));

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Http_mode_needs_the_public_key()
    {
        var result = new DiscordOptionsValidator().Validate(null, Bind(new() { ["Token"] = "abc", ["ApplicationId"] = "1234", ["Mode"] = "http" }));

        Assert.Contains(result.Failures!, f => f.Contains("PublicKey is required in http mode", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("4", "0,4")]
    [InlineData("4", "1,1")]
    public void Shard_ids_must_be_distinct_and_below_the_shard_count(string count, string ids)
    {
        var settings = new Dictionary<string, string?> { ["Token"] = "abc", ["ApplicationId"] = "1234", ["ShardCount"] = count };
        var split = ids.Split(',');
        for (var i = 0; i < split.Length; i++)
        {
            settings[$"ShardIds:{i}"] = split[i];
        }

        Assert.True(new DiscordOptionsValidator().Validate(null, Bind(settings)).Failed);
    }

    [Fact]
    public async Task The_host_refuses_to_start_with_a_bad_setting_before_any_socket_opens()
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:Discord:ApplicationId"] = "1234" });
        builder.Services.AddDiscordTransport(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Bot:Discord:Token is required", error.Message, StringComparison.Ordinal);
    }

    private static DiscordOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.ToDictionary(kv => $"{DiscordOptions.Section}:{kv.Key}", kv => kv.Value))
            .Build();
        var options = new DiscordOptions();
        configuration.GetSection(DiscordOptions.Section).Bind(options);
        return options;
    }
}
