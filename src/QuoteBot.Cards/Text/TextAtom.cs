namespace QuoteBot.Cards.Text;

/// <summary>One piece of text a line may not be broken inside.</summary>
public readonly record struct TextAtom(string Text, AtomKind Kind)
{
    public bool IsClosing => Kind == AtomKind.Punctuation && Punctuation.IsClosing(Text[0]);

    public bool IsOpening => Kind == AtomKind.Punctuation && Punctuation.IsOpening(Text[0]);
}
