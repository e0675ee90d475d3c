namespace QuoteBot.Core.Replies;

/// <summary>What kind of answer a reply is; platforms may lay each kind out differently.</summary>
public enum ReplyKind
{
    Quote,
    Context,
    List,
    Help,
    Notice,
    Error,
}

/// <summary>
/// The one platform-neutral answer to a command. Platforms render it (Telegram HTML, a Discord embed, console text)
/// and never decide content. Every text in it is already cut to fit the smallest platform limit.
/// </summary>
public sealed record Reply
{
    public required ReplyKind Kind { get; init; }
    public string? Title { get; init; }
    public QuoteCard? Quote { get; init; }
    /// <summary>
    /// Set when the answer is a picture of <see cref="Quote"/>: a platform that can send images draws it (through
    /// <see cref="ICardImages"/>) and sends it with the caption; one that cannot, or whose drawing fails, shows the quote.
    /// </summary>
    public CardRequest? Card { get; init; }
    public ContextCard? Context { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<ReplyItem> Items { get; init; } = [];
    public string? Footer { get; init; }
    public IReadOnlyList<ReplyAction> Actions { get; init; } = [];
    /// <summary>Only the user who asked should see it (Discord ephemeral); platforms without that send it normally.</summary>
    public bool Ephemeral { get; init; }
}

/// <summary>A quote as shown: the words, who said them where and when, its topics; the source's id and the talk's date.</summary>
public sealed record QuoteCard(string Id, string Text, string Speaker, string Attribution, string? Note, IReadOnlyList<string> Topics, bool Featured, string SourceId, DateOnly? EventDate);

/// <summary>
/// The question a quote answers and the paragraph around it; <see cref="QuoteStart"/> marks the quote inside the paragraph.
/// The source's id and the talk's date come with it.
/// </summary>
public sealed record ContextCard(string QuoteId, string? AskedBy, string? Question, string Paragraph, int QuoteStart, int QuoteLength, string Attribution, string SourceId, DateOnly? EventDate);

/// <summary>A card to draw: the quote as its picture shows it (in the reply's language) and the short caption under it.</summary>
public sealed record CardRequest(QuoteCard Quote, string Caption, Localization.UiLanguage Language)
{
    public string QuoteId => Quote.Id;

    /// <summary>"card-q14.png": the name a platform gives the picture.</summary>
    public string FileName => $"card-{Quote.Id}.png";
}

/// <summary>One line of a list: a label, an optional detail, and the command that opens it.</summary>
public sealed record ReplyItem(string Label, string? Detail = null, string? Command = null);

/// <summary>
/// What a button does. The three buttons under a quote have kinds of their own (and short codes in chats where they
/// were sent); any other button is a <see cref="Command"/>: it runs the command it names with its argument.
/// </summary>
public enum ReplyActionKind
{
    Another,
    Context,
    SameTopic,
    Command,
}

/// <summary>A button: what it does, its label in the user's language, and its argument (a quote id or topic id).</summary>
public sealed record ReplyAction(ReplyActionKind Kind, string Label, string Argument)
{
    private readonly string? _command;

    /// <summary>A button that runs <paramref name="command"/> (its canonical name) with <paramref name="argument"/>.</summary>
    public ReplyAction(string command, string label, string argument = "")
        : this(ReplyActionKind.Command, label, argument) => _command = command;

    /// <summary>The canonical name of the command the button runs.</summary>
    public string CommandName => Kind switch
    {
        ReplyActionKind.Another => "quote",
        ReplyActionKind.Context => "context",
        ReplyActionKind.SameTopic => "topic",
        _ => _command ?? "help",
    };

    /// <summary>The button as a typed command ("/context q07"), for a platform without buttons.</summary>
    public string CommandLine => Argument.Length == 0 ? "/" + CommandName : $"/{CommandName} {Argument}";
}
