using System.Net;
using System.Net.Http.Headers;
using System.Text;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Fakes;

/// <summary>The fake Discord refuses uploads Discord's "Uploading Files" does not allow, as Discord would.</summary>
public sealed class FakeUploadsTests : IAsyncLifetime
{
    private const string GoodJson = """{"embeds":[{"image":{"url":"attachment://card.png"}}],"attachments":[{"id":0,"filename":"card.png"}]}""";
    private readonly TestClock _time = TestTime.NewClock();
    private FakeDiscord _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscord.StartAsync(_time);

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task A_well_formed_upload_is_taken_and_its_file_recorded()
    {
        using var form = Form(GoodJson, ("files[0]", "card.png", [1, 2, 3]));
        var (status, _) = await PostAsync(form);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(new byte[] { 1, 2, 3 }, Assert.Single(Assert.Single(_fake.Channels.Created).Files).Bytes);
    }

    [Theory]
    [InlineData("unknown part", "file", "card.png")]
    [InlineData("no filename", "files[0]", null)]
    public async Task A_part_that_is_not_a_named_file_is_refused(string why, string name, string? fileName)
    {
        using var form = Form(GoodJson, (name, fileName, [1]));
        var (status, body) = await PostAsync(form);

        Assert.True(status == HttpStatusCode.BadRequest, why);
        Assert.Contains("50035", body, StringComparison.Ordinal);
        Assert.Empty(_fake.Channels.Created);
    }

    [Theory]
    [InlineData("""{"attachments":[{"id":1,"filename":"card.png"}]}""")] // files[0] without its entry
    [InlineData("""{"attachments":[{"id":0,"filename":"other.png"}]}""")] // its entry names another file
    [InlineData("""{"embeds":[{"image":{"url":"attachment://gone.png"}}],"attachments":[{"id":0,"filename":"card.png"}]}""")]
    [InlineData("""{"attachments":[{"id":0}]}""")] // its entry names no file
    [InlineData("""{"attachments":[{"id":0""")] // not JSON
    public async Task Json_that_does_not_match_the_files_is_refused(string json)
    {
        using var form = Form(json, ("files[0]", "card.png", [1]));
        var (status, body) = await PostAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Invalid Form Body", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_body_pointing_at_an_attachment_it_did_not_upload_is_refused()
    {
        using var json = new StringContent(GoodJson, Encoding.UTF8, "application/json");
        var (status, _) = await PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task A_file_over_ten_mebibytes_is_refused_as_too_large()
    {
        using var form = Form(GoodJson, ("files[0]", "card.png", new byte[(10 * 1024 * 1024) + 1]));
        var (status, body) = await PostAsync(form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("40005", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attachment_name_outside_letters_digits_underscore_dash_and_dot_is_refused()
    {
        const string Json = """{"embeds":[{"image":{"url":"attachment://card q14.png"}}],"attachments":[{"id":0,"filename":"card q14.png"}]}""";
        using var form = Form(Json, ("files[0]", "card q14.png", [1]));
        var (status, body) = await PostAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("attachment name", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_over_25_mebibytes_is_refused_as_too_large_though_each_file_is_under_ten()
    {
        const string Json = """{"attachments":[{"id":0,"filename":"a.png"},{"id":1,"filename":"b.png"},{"id":2,"filename":"c.png"}]}""";
        var nine = new byte[9 * 1024 * 1024];
        using var form = Form(Json, ("files[0]", "a.png", nine), ("files[1]", "b.png", nine), ("files[2]", "c.png", nine));
        var (status, body) = await PostAsync(form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("40005", body, StringComparison.Ordinal);
        Assert.Empty(_fake.Channels.Created);
    }

    [Fact]
    public async Task Where_the_bot_lacks_Attach_Files_a_post_with_a_file_is_refused_with_50013_and_one_without_is_taken()
    {
        _fake.Channels.DenyAttachFiles("88");
        using var form = Form(GoodJson, ("files[0]", "card.png", [1]));
        var (refused, body) = await PostAsync(form);

        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Contains("50013", body, StringComparison.Ordinal);
        Assert.Empty(_fake.Channels.Created);

        using var text = new StringContent("""{"content":"q14"}""", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(text)).Status);
        Assert.Single(_fake.Channels.Created);
    }

    private static MultipartFormDataContent Form(string json, params (string Name, string? FileName, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        form.Add(new StringContent(json, Encoding.UTF8, "application/json"), "payload_json");
        foreach (var (name, fileName, bytes) in files)
        {
            var part = new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } };
            if (fileName is null)
            {
                form.Add(part, name);
            }
            else
            {
                form.Add(part, name, fileName);
            }
        }

        return form;
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpContent content)
    {
        using var client = new HttpClient();
        using var response = await client.PostAsync(new Uri(_fake.ApiBaseUrl + "/channels/88/messages"), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
