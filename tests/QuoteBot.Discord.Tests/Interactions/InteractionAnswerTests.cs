using QuoteBot.Discord.Interactions;
using QuoteBot.Discord.Models;
using QuoteBot.Discord.Rest;

namespace QuoteBot.Discord.Tests.Interactions;

/// <summary>An answer with files becomes a deferral and the edit that carries them, losing nothing of the message.</summary>
public sealed class InteractionAnswerTests
{
    private static readonly RestFile Card = RestFile.Png("card-q14.png", [0x89, 0x50]);

    [Fact]
    public async Task A_message_with_files_becomes_an_ephemeral_deferral_whose_edit_keeps_the_allowed_mentions()
    {
        var mentions = new AllowedMentions { Parse = ["users"] };
        var answer = InteractionAnswer.Now(InteractionResponse.Message(new InteractionCallbackData
        {
            Content = "x",
            Files = [Card],
            AllowedMentions = mentions,
            Flags = MessageFlags.Ephemeral,
        }));

        var split = answer.WithoutFilesInBody();

        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, split.Response.Type);
        Assert.Equal(MessageFlags.Ephemeral, split.Response.Data!.Flags);
        var edit = await split.Later!;
        Assert.Same(mentions, edit.AllowedMentions);
        Assert.Equal([Card], edit.Files);
    }

    [Fact]
    public async Task Without_allowed_mentions_the_edit_pings_nobody()
    {
        var answer = InteractionAnswer.Now(InteractionResponse.Message(new InteractionCallbackData { Files = [Card], AllowedMentions = null }));

        var edit = await answer.WithoutFilesInBody().Later!;

        Assert.Empty(edit.AllowedMentions!.Parse);
    }

    [Fact]
    public void A_public_message_with_files_becomes_a_public_deferral()
    {
        var answer = InteractionAnswer.Now(InteractionResponse.Message(new InteractionCallbackData { Files = [Card] }));

        var split = answer.WithoutFilesInBody();

        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, split.Response.Type);
        Assert.Null(split.Response.Data?.Flags);
    }
}
