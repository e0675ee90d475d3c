namespace QuoteBot.Cards.Text;

/// <summary>What kind of unbreakable piece of text an atom is.</summary>
public enum AtomKind
{
    /// <summary>One Han character (or any other character that stands alone: kana, symbols, emoji).</summary>
    Han,
    /// <summary>A Latin word or number with its inner connectors: GPT-4, 2012, OpenAI, 3.5, 1,000, 10:30, ¥100, 50%,
    /// C++, don't, and a whole URL or e-mail address.</summary>
    Word,
    /// <summary>One punctuation mark, CJK or Latin (…… and —— count as one).</summary>
    Punctuation,
    /// <summary>A run of white space.</summary>
    Space,
}
