using Microsoft.Extensions.Configuration;
using QuoteBot.Logging;
using QuoteBot.Testing;
using Serilog.Events;
using Serilog.Parsing;

namespace QuoteBot.Tests.Logging;

public sealed class RedactionTests
{
    private const string TelegramToken = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";
    private const string DiscordToken = "MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";
    private const string InteractionToken = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA";

    private static readonly SecretRedactor Redactor = SecretRedactor.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Bot:Telegram:Webhook:SecretToken"] = "hush-hush-webhook",
        ["Bot:Storage:ConnectionString"] = "Host=db;Username=bot;Password=pg-password-1;Database=quotes",
    }).Build());

    [Theory]
    [InlineData("POST https://api.telegram.org/bot" + TelegramToken + "/sendMessage")]
    [InlineData("Authorization: Bot " + DiscordToken)]
    [InlineData("PATCH /webhooks/1234/" + InteractionToken + "/messages/@original")]
    [InlineData("secret=hush-hush-webhook")]
    [InlineData("connect failed: Password=pg-password-1")]
    public void Secrets_and_anything_shaped_like_a_token_are_masked(string text)
    {
        Assert.True(Redactor.Contains(text));
        var clean = Redactor.Redact(text);
        Assert.Contains(SecretRedactor.Mask, clean, StringComparison.Ordinal);
        Assert.False(Redactor.Contains(clean));
    }

    [Fact]
    public void Ordinary_text_passes_untouched()
    {
        const string text = "Sending to chat 1001 failed (502: Bad Gateway); retrying in 0.7 s — 智能的成本 q14";
        Assert.False(Redactor.Contains(text));
        Assert.Equal(text, Redactor.Redact(text));
    }

    [Fact]
    public void The_sink_masks_properties_and_exceptions_before_any_sink_sees_them()
    {
        var seen = new RecordingLogSink();
        var sink = new RedactingSink(seen, Redactor);
        var template = new MessageTemplateParser().Parse("Calling {Url}");
        var failure = new HttpRequestException($"failed: https://api.telegram.org/bot{TelegramToken}/getMe");
        sink.Emit(new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Error, failure, template,
            [new LogEventProperty("Url", new ScalarValue($"/bot{TelegramToken}/getMe"))]));

        var logged = Assert.Single(seen.Events);
        var rendered = logged.RenderMessage() + logged.Exception;
        Assert.DoesNotContain(TelegramToken.Split(':')[1], rendered, StringComparison.Ordinal);
        Assert.Contains(SecretRedactor.Mask, rendered, StringComparison.Ordinal);
        Assert.Contains("HttpRequestException", logged.Exception!.ToString(), StringComparison.Ordinal);
    }
}
