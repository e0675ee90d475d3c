namespace QuoteBot.Testing;

/// <summary>A <see cref="Random"/> that returns given values in turn (the last one repeats).</summary>
internal sealed class SequenceRandom(params double[] values) : Random
{
    private int _next;

    public override double NextDouble() => values[Math.Min(_next++, values.Length - 1)];

    protected override double Sample() => NextDouble();
}
