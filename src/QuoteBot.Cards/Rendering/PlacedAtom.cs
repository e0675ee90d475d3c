namespace QuoteBot.Cards.Rendering;

/// <summary>An atom of a laid-out line: where its pen starts and how far its glyphs move left (a compressed opening mark).</summary>
internal readonly record struct PlacedAtom(ShapedAtom Shaped, float X, float Shift);
