namespace QuoteBot.Core.Text;

/// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions), for "did you mean".</summary>
public static class EditDistance
{
    // Rows up to this length live on the stack: topic and command names are far shorter, so "did you mean" allocates nothing.
    private const int StackRowLength = 128;

    /// <summary>The distance, or <c>max + 1</c> as soon as it is known to exceed <paramref name="max"/>.</summary>
    public static int Compute(string a, string b, int max) => Compute(a.AsSpan(), b.AsSpan(), max);

    /// <inheritdoc cref="Compute(string, string, int)"/>
    internal static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var rowLength = b.Length + 1;
        var rows = rowLength <= StackRowLength ? stackalloc int[rowLength * 3] : new int[rowLength * 3];
        var previous2 = rows[..rowLength];
        var previous = rows.Slice(rowLength, rowLength);
        var current = rows.Slice(rowLength * 2, rowLength);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            // Rotate the three rows without copying.
            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
