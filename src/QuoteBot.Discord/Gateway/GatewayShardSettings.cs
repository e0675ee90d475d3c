namespace QuoteBot.Discord.Gateway;

/// <summary>Who a shard identifies as.</summary>
internal sealed record GatewayShardSettings(int ShardId, int ShardCount, string Token, GatewayIntents Intents);
