using System.Text.Json;
using BenchmarkDotNet.Attributes;
using QuoteBot.Core;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Discord.Commands;
using QuoteBot.Discord.Models;

namespace QuoteBot.Benchmarks;

/// <summary>
/// A reply as the Discord platform puts it on the wire: <see cref="DiscordReplyRenderer"/> makes the embed and the
/// button row, and the interaction callback is serialized to UTF-8 with the source-generated
/// <see cref="DiscordJsonContext"/> through <see cref="DiscordWireJson"/>, as the REST client (gateway mode) and the
/// interactions endpoint (http mode) do; once more with the default encoder, for comparison.
/// </summary>
[MemoryDiagnoser]
public class DiscordRenderBenchmarks
{
    private readonly Reply _quoteReply;
    private readonly Reply _searchReply;
    private readonly UiStrings _strings = UiStrings.English;

    public DiscordRenderBenchmarks()
    {
        using var core = new CoreHost();
        _quoteReply = core.Dispatcher.Dispatch(new("quote", "q14", "render", UiLanguage.English) { Platform = InteractionRequests.Platform });
        _searchReply = core.Dispatcher.Dispatch(new("search", "AGI scaling", "render", UiLanguage.English) { Platform = InteractionRequests.Platform });
    }

    [Benchmark(Description = "Discord /quote q14: embed + buttons → callback JSON (UTF-8)")]
    public byte[] QuoteToWire() => ToWire(_quoteReply);

    [Benchmark(Description = "Discord /search AGI scaling: embed + buttons → callback JSON (UTF-8)")]
    public byte[] SearchToWire() => ToWire(_searchReply);

    [Benchmark(Description = "Discord /quote q14: embed + buttons → callback JSON, every non-ASCII character escaped")]
    public byte[] QuoteToWireEscaped() => JsonSerializer.SerializeToUtf8Bytes(Render(_quoteReply), DiscordJsonContext.Default.InteractionResponse);

    [Benchmark(Description = "Discord /quote q14: embed + buttons only (no JSON)")]
    public InteractionCallbackData QuoteRenderOnly() => DiscordReplyRenderer.Render(_quoteReply, _strings.TopicsTitle, _strings.AskedBy);

    /// <summary>As the REST client and the interactions endpoint write it: <see cref="DiscordWireJson"/>.</summary>
    private byte[] ToWire(Reply reply) => DiscordWireJson.ToUtf8Bytes(Render(reply), DiscordJsonContext.Default.InteractionResponse);

    private InteractionResponse Render(Reply reply) =>
        InteractionResponse.Message(DiscordReplyRenderer.Render(reply, _strings.TopicsTitle, _strings.AskedBy));
}
