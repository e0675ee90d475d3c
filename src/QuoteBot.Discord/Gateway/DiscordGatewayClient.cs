using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Resilience;
using QuoteBot.Discord.Models;
using QuoteBot.Discord.Resilience;
using QuoteBot.Discord.Rest;

namespace QuoteBot.Discord.Gateway;

/// <summary>
/// Runs this process's shards of the bot: asks <c>GET /gateway/bot</c> for the URL, the recommended shard count
/// and the session start limit, then keeps one <see cref="GatewayShard"/> per configured shard id connected.
/// </summary>
public sealed class DiscordGatewayClient
{
    private readonly DiscordOptions _options;
    private readonly IDiscordRestClient _rest;
    private readonly IGatewayTransportFactory _transports;
    private readonly GatewayEventRouter _router;
    private readonly Random _random;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordGatewayClient> _logger;
    private volatile IReadOnlyList<GatewayShard> _shards = [];

    internal DiscordGatewayClient(
        IOptions<DiscordOptions> options,
        IDiscordRestClient rest,
        IGatewayTransportFactory transports,
        GatewayEventRouter router,
        DiscordRandom random,
        TimeProvider time,
        ILogger<DiscordGatewayClient> logger)
    {
        _options = options.Value;
        _rest = rest;
        _transports = transports;
        _router = router;
        _random = random.Random;
        _time = time;
        _logger = logger;
    }

    /// <summary>The running shards (empty before <see cref="RunAsync"/> has fetched the gateway information).</summary>
    internal IReadOnlyList<GatewayShard> Shards => _shards;

    /// <summary>Connects the configured shards and keeps them connected until cancelled.</summary>
    /// <exception cref="DiscordGatewayFatalException">The gateway refused the bot for good; the other shards are stopped.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var info = await GetGatewayInfoAsync(cancellationToken);
        if (info is null)
        {
            return;
        }

        var url = new Uri(string.IsNullOrEmpty(_options.GatewayUrl) ? info.Url : _options.GatewayUrl);
        var shardCount = _options.ShardCount ?? Math.Max(1, info.Shards);
        var shardIds = _options.ShardIds.Count > 0 ? _options.ShardIds.Order().ToArray() : Enumerable.Range(0, shardCount).ToArray();
        var identifyLimiter = new IdentifyLimiter(info.SessionStartLimit, _time);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.Starting(string.Join(", ", shardIds), shardCount);
        }

        // Handlers in flight stop with the application, not with a fatal close of the shards.
        _router.StopWith(cancellationToken);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var backoff = GatewayBackoff();
        _shards = shardIds
            .Select(id => new GatewayShard(new GatewayShardSettings(id, shardCount, _options.Token, _options.Intents), url, identifyLimiter, _transports, _router, backoff, _time, _random, _logger))
            .ToArray();

        await Task.WhenAll(_shards.Select(shard => RunShardAsync(shard, stopping)));
    }

    private static async Task RunShardAsync(GatewayShard shard, CancellationTokenSource stopping)
    {
        try
        {
            await shard.RunAsync(stopping.Token);
        }
        catch (DiscordGatewayFatalException)
        {
            // The cause (token, intents, sharding) is the same for every shard: stop them all.
            await stopping.CancelAsync();
            throw;
        }
    }

    /// <summary>Reconnects and gateway look-ups: 1 s doubling to 60 s, jittered.</summary>
    private Backoff GatewayBackoff() => new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), _random);

    private async Task<GatewayBotInfo?> GetGatewayInfoAsync(CancellationToken cancellationToken)
    {
        using var delays = GatewayBackoff().Delays().GetEnumerator();
        while (true)
        {
            try
            {
                return await _rest.GetGatewayBotAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
            catch (DiscordApiException ex) when (ex.IsUnauthorized)
            {
                throw new DiscordGatewayFatalException(
                    $"Discord refused the bot token (401 on GET /gateway/bot): {GatewayCloseCodes.DescribeFatal(GatewayCloseCodes.AuthenticationFailed)}.", ex);
            }
            catch (Exception ex) when (ex is DiscordApiException or HttpRequestException or TimeoutException or System.Text.Json.JsonException)
            {
                delays.MoveNext();
                _logger.GatewayInfoFailed(delays.Current, ex);
                try
                {
                    await Task.Delay(delays.Current, _time, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return null;
                }
            }
        }
    }
}
