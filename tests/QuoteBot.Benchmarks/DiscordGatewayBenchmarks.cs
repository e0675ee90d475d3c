using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using QuoteBot.Core.Localization;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Discord.Commands;
using QuoteBot.Discord.Gateway;
using QuoteBot.Discord.Models;

namespace QuoteBot.Benchmarks;

/// <summary>
/// An INTERACTION_CREATE dispatch as the gateway delivers it, parsed as the bot parses it: the frame into a
/// <see cref="GatewayFrame"/> (the receive loop of the gateway connection), its <c>d</c> into an
/// <see cref="Interaction"/> (the event router), then the core's neutral <see cref="CommandRequest"/>
/// (<see cref="InteractionRequests"/>, what the command handler dispatches). Frames are what Discord sends today,
/// with the fields the bot ignores (entitlements, integration owners, the clicked message's embed…).
/// </summary>
[MemoryDiagnoser]
public class DiscordGatewayBenchmarks : IDisposable
{
    private readonly CoreHost _core = new();

    private const string SlashFrame = """
        {"t":"INTERACTION_CREATE","s":42,"op":0,"d":{"version":1,"type":2,"token":"aW50ZXJhY3Rpb246MTMxMjM0NTY3ODkwMTIzNDU2Nzg6c2VjcmV0LXRva2VuLWZvci1iZW5jaG1hcmtzLW9ubHktbm90LXJlYWwtMDEyMzQ1Njc4OUFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFla","member":{"user":{"username":"ada","public_flags":0,"primary_guild":null,"id":"480123456789012345","global_name":"Ada","discriminator":"0","collectibles":null,"clan":null,"avatar_decoration_data":null,"avatar":"a1b2c3d4e5f60718293a4b5c6d7e8f90"},"unusual_dm_activity_until":null,"roles":["1290000000000000001","1290000000000000002"],"premium_since":null,"permissions":"2251799813685247","pending":false,"nick":null,"mute":false,"joined_at":"2024-10-17T09:50:00.000000+00:00","flags":0,"deaf":false,"communication_disabled_until":null,"banner":null,"avatar":null},"locale":"en-US","id":"1312345678901234567","guild_locale":"en-US","guild_id":"1290000000000000000","guild":{"locale":"en-US","id":"1290000000000000000","features":["COMMUNITY","NEWS"]},"entitlements":[],"entitlement_sku_ids":[],"data":{"type":1,"options":[{"value":"energy","type":3,"name":"topic"}],"name":"topic","id":"1300000000000000003"},"context":0,"channel_id":"1290000000000000010","channel":{"type":0,"topic":null,"rate_limit_per_user":0,"position":3,"permissions":"2251799813685247","parent_id":"1290000000000000009","nsfw":false,"name":"quotes","last_message_id":"1312345678901234000","id":"1290000000000000010","guild_id":"1290000000000000000","flags":0},"authorizing_integration_owners":{"0":"1290000000000000000"},"attachment_size_limit":10485760,"application_id":"1300000000000000000","app_permissions":"2248473465835073"}}
        """;

    private const string ButtonFrame = """
        {"t":"INTERACTION_CREATE","s":43,"op":0,"d":{"version":1,"type":3,"token":"aW50ZXJhY3Rpb246MTMxMjM0NTY3ODkwMTIzNDU2Nzk6c2VjcmV0LXRva2VuLWZvci1iZW5jaG1hcmtzLW9ubHktbm90LXJlYWwtMDEyMzQ1Njc4OUFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFla","message":{"type":20,"tts":false,"timestamp":"2026-11-29T12:00:00.000000+00:00","pinned":false,"mentions":[],"mention_roles":[],"mention_everyone":false,"interaction_metadata":{"user":{"username":"ada","id":"480123456789012345","global_name":"Ada","discriminator":"0","avatar":null},"type":2,"name":"topic","id":"1312345678901234567","command_type":1,"authorizing_integration_owners":{"0":"1290000000000000000"}},"id":"1312345678901234600","flags":0,"embeds":[{"type":"rich","timestamp":"2024-05-01T00:00:00+00:00","footer":{"text":"Harvard Business School · 2024-05-01 · q14"},"fields":[{"value":"Energy · Compute","name":"Topics","inline":true}],"description":"智能的成本应该与能源的成本大致相等。移动原子，或者在这种情况下移动电子，仍然需要一些难度。算法是高度可重复的。","content_scan_version":0,"color":5793266,"author":{"name":"Sam Altman"}}],"edited_timestamp":null,"content":"","components":[{"type":1,"id":1,"components":[{"type":2,"style":2,"label":"🔄 Another","id":2,"custom_id":"qb:a"},{"type":2,"style":2,"label":"📖 Context","id":3,"custom_id":"qb:c:q14"},{"type":2,"style":2,"label":"🏷 Same topic","id":4,"custom_id":"qb:t:energy"}]}],"channel_id":"1290000000000000010","author":{"username":"QuoteBot","public_flags":0,"id":"1300000000000000000","global_name":null,"discriminator":"1234","bot":true,"avatar":null},"attachments":[],"application_id":"1300000000000000000"},"member":{"user":{"username":"ada","public_flags":0,"id":"480123456789012345","global_name":"Ada","discriminator":"0","avatar":"a1b2c3d4e5f60718293a4b5c6d7e8f90"},"roles":["1290000000000000001"],"premium_since":null,"permissions":"2251799813685247","pending":false,"nick":null,"mute":false,"joined_at":"2024-10-17T09:50:00.000000+00:00","flags":0,"deaf":false,"communication_disabled_until":null,"avatar":null},"locale":"zh-CN","id":"1312345678901234700","guild_locale":"en-US","guild_id":"1290000000000000000","entitlements":[],"entitlement_sku_ids":[],"data":{"id":0,"custom_id":"qb:t:energy","component_type":2},"context":0,"channel_id":"1290000000000000010","authorizing_integration_owners":{"0":"1290000000000000000"},"attachment_size_limit":10485760,"application_id":"1300000000000000000","app_permissions":"2248473465835073"}}
        """;

    private readonly byte[] _slash = Encoding.UTF8.GetBytes(SlashFrame);
    private readonly byte[] _button = Encoding.UTF8.GetBytes(ButtonFrame);

    [Benchmark(Description = "INTERACTION_CREATE /topic energy: frame → Interaction → CommandRequest")]
    public CommandRequest SlashCommand() => InteractionRequests.FromCommand(Parse(_slash), UiLanguage.English, _core.Dispatcher.Descriptors);

    [Benchmark(Description = "INTERACTION_CREATE button qb:t:energy: frame → Interaction → CommandRequest")]
    public CommandRequest? Button() => InteractionRequests.FromButton(Parse(_button), UiLanguage.English);

    [Benchmark(Description = "INTERACTION_CREATE /topic energy: frame → GatewayFrame only")]
    public int? SlashFrameOnly()
    {
        using var frame = GatewayFrame.Parse(_slash);
        return frame.S;
    }

    [Benchmark(Description = "INTERACTION_CREATE /topic energy: frame → GatewayPayload only (d copied)")]
    public GatewayPayload? SlashPayloadOnly() => JsonSerializer.Deserialize(_slash, DiscordJsonContext.Default.GatewayPayload);

    public void Dispose()
    {
        _core.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The receive loop's and the router's two steps, with the same type metadata.</summary>
    private static Interaction Parse(byte[] frame)
    {
        using var parsed = GatewayFrame.Parse(frame);
        return parsed.D!.Value.Deserialize(DiscordJsonContext.Default.Interaction)!;
    }
}
