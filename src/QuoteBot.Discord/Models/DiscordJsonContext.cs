using System.Text.Json.Serialization;

namespace QuoteBot.Discord.Models;

/// <summary>Source-generated JSON metadata for every payload the transport reads or writes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    // Some clients and Discord itself send snowflakes and numbers as strings in places; accept both.
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(GatewayCommand<IdentifyData>))]
[JsonSerializable(typeof(GatewayCommand<ResumeData>))]
[JsonSerializable(typeof(GatewayCommand<int?>))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyEvent))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(MessageCreate))]
[JsonSerializable(typeof(WebhookMessage))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(ApplicationCommand))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommandDefinition>))]
[JsonSerializable(typeof(DiscordErrorResponse))]
[JsonSerializable(typeof(RateLimitResponse))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(bool))]
public sealed partial class DiscordJsonContext : JsonSerializerContext;
