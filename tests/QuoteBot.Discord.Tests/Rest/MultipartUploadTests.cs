using QuoteBot.Discord.Interactions;
using QuoteBot.Discord.Models;
using QuoteBot.Discord.Rest;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Rest;

/// <summary>Uploads through the REST client: multipart on the three message routes, retried with the very same bytes.</summary>
public sealed class MultipartUploadTests : RestClientFixture
{
    /// <summary>Not a real PNG, but bytes a text reading would spoil: a NUL, a lone 0xFF, line breaks, a fake boundary.</summary>
    private static readonly byte[] Picture = [0x89, .. "PNG\r\n"u8, 0x1A, 0x0A, 0x00, 0xFF, .. "\r\n--quotebot-\r\n"u8, 0xFE];

    [Fact]
    public async Task A_callback_with_a_file_is_payload_json_plus_files_0_with_its_attachment_entry()
    {
        Fake.Interactions.Create("11", "tok11");

        await Rest.CreateInteractionResponseAsync("11", "tok11", CardAnswer(), Time.GetUtcNow()).WithGuard();

        var sent = Assert.Single(Fake.RequestsTo("interactions/11/"));
        Assert.StartsWith("multipart/form-data; boundary=", sent.Headers["Content-Type"], StringComparison.Ordinal);
        var attachment = sent.Json.GetProperty("data").GetProperty("attachments")[0];
        Assert.Equal((0, "card-q14.png"), (attachment.GetProperty("id").GetInt32(), attachment.GetProperty("filename").GetString()));
        var file = Assert.Single(sent.Files);
        Assert.Equal((0, "card-q14.png", "image/png"), (file.Index, file.FileName, file.ContentType));
        Assert.Equal(Picture, file.Bytes);
        Assert.True(Fake.Interactions.IsAnswered("11"));
    }

    [Fact]
    public async Task A_429_on_a_multipart_callback_waits_retry_after_and_resends_the_same_bytes()
    {
        Fake.Interactions.Create("12", "tok12");
        Fake.Enqueue("POST", "interactions/12/", FakeResponse.Json("""{"message":"You are being rate limited.","retry_after":0.5,"global":false}""", 429));

        var send = Rest.CreateInteractionResponseAsync("12", "tok12", CardAnswer(), Time.GetUtcNow());
        await TestTime.WaitUntilAsync(() => Host.Logs.WithId(5600).Count > 0);
        await Time.AssertHeldUntilAsync(send, TimeSpan.FromSeconds(0.5));

        AssertSameBytesTwice("interactions/12/");
        Assert.True(Fake.Interactions.IsAnswered("12"));
    }

    [Fact]
    public async Task A_502_on_a_multipart_callback_is_retried_with_the_same_bytes()
    {
        Fake.Interactions.Create("13", "tok13");
        Fake.Enqueue("POST", "interactions/13/", new FakeResponse(502));

        var mark = Time.Mark();
        var send = Rest.CreateInteractionResponseAsync("13", "tok13", CardAnswer(), Time.GetUtcNow());
        await Time.StepTimersUntilAsync(mark, send, d => d > TimeSpan.Zero && d < TimeSpan.FromSeconds(3) && d != InteractionWindows.AnswerAttemptTimeout);
        await send.WithGuard();

        AssertSameBytesTwice("interactions/13/");
        Assert.True(Fake.Interactions.IsAnswered("13"));
    }

    [Fact]
    public async Task An_edit_of_the_original_with_a_file_is_a_multipart_patch()
    {
        Fake.Interactions.Create("14", "tok14");
        await Rest.CreateInteractionResponseAsync("14", "tok14", InteractionResponse.DeferredMessage(), Time.GetUtcNow()).WithGuard();

        await Rest.EditOriginalResponseAsync("tok14", new WebhookMessage { Embeds = [CardEmbed()], Files = [Card()] }, Time.GetUtcNow()).WithGuard();

        var edit = Assert.Single(Fake.RequestsTo("webhooks/1234/tok14/messages/@original"));
        Assert.Equal("PATCH", edit.Method);
        Assert.True(edit.IsMultipart);
        Assert.Equal(Picture, Assert.Single(edit.Files).Bytes);
        Assert.Equal("card-q14.png", edit.Json.GetProperty("attachments")[0].GetProperty("filename").GetString());
    }

    [Fact]
    public async Task A_channel_post_with_a_file_keeps_its_enforced_nonce_and_a_5xx_retry_posts_it_once()
    {
        Fake.Enqueue("POST", "channels/88/messages", new FakeResponse(502) { CreatesFirst = true });
        var message = new MessageCreate { Embeds = [CardEmbed()], Files = [Card()], Nonce = "digest-key-1" };

        var mark = Time.Mark();
        var send = Rest.CreateMessageAsync("88", message);
        await Time.StepTimersUntilAsync(mark, send, d => d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(8) && d != TimeSpan.FromSeconds(15));
        await send.WithGuard();

        var attempts = AssertSameBytesTwice("channels/88/messages");
        Assert.All(attempts, a => Assert.Equal("digest-key-1", a.Json.GetProperty("nonce").GetString()));
        Assert.True(attempts[0].Json.GetProperty("enforce_nonce").GetBoolean());
        var created = Assert.Single(Fake.Channels.In("88"));
        Assert.Equal(Picture, Assert.Single(created.Files).Bytes);
        Assert.Equal(1, Fake.Channels.DroppedRepeats);
    }

    [Fact]
    public async Task A_message_without_files_stays_json()
    {
        await Rest.CreateMessageAsync("88", new MessageCreate { Content = "plain" }).WithGuard();

        var sent = Assert.Single(Fake.RequestsTo("channels/88/messages"));
        Assert.StartsWith("application/json", sent.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.False(sent.Json.TryGetProperty("attachments", out _));
    }

    private static RestFile Card() => RestFile.Png("card-q14.png", Picture);

    private static Embed CardEmbed() => new() { Description = "words", Image = new EmbedImage { Url = Card().AttachmentUrl } };

    private static InteractionResponse CardAnswer() => InteractionResponse.Message(new InteractionCallbackData { Embeds = [CardEmbed()], Files = [Card()] });

    private IReadOnlyList<RecordedRequest> AssertSameBytesTwice(string pathPrefix)
    {
        var attempts = Fake.RequestsTo(pathPrefix);
        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, a => Assert.True(a.IsMultipart));
        Assert.Equal(attempts[0].RawBody, attempts[1].RawBody);
        Assert.Equal(attempts[0].Headers["Content-Type"], attempts[1].Headers["Content-Type"]);
        return attempts;
    }
}
