using QuoteBot.Testing;
using SkiaSharp;

namespace QuoteBot.Cards.Tests;

/// <summary>
/// Compares a rendered card with its committed golden PNG, pixel by pixel with a small tolerance (anti-aliasing may
/// differ by a shade between Skia builds). The tolerance is tight on purpose: a hanging mark, the id or the accent bar
/// is a few hundred pixels, and a change to any of them must fail. UPDATE_GOLDEN=1 writes the rendering as the new golden image; on a
/// difference the rendering is written beside the golden one as <c>name.actual.png</c>.
/// </summary>
internal static class GoldenImage
{
    private const int ChannelTolerance = 4;
    private const int MaxDifferingPixels = 50;

    public static string Directory { get; } = System.IO.Path.Combine(RepositoryRoot.Path, "tests", "QuoteBot.Cards.Tests", "Golden");

    public static void AssertMatches(string name, byte[] png)
    {
        var path = System.IO.Path.Combine(Directory, name + ".png");
        var actualPath = System.IO.Path.Combine(Directory, name + ".actual.png");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(path, png);
            File.Delete(actualPath);
            return;
        }

        Assert.True(File.Exists(path), $"No golden image {path}: run the tests with UPDATE_GOLDEN=1 and look at it before committing.");
        using var expected = SKBitmap.Decode(path);
        using var actual = SKBitmap.Decode(png);
        var problem = Compare(expected, actual);
        if (problem is null)
        {
            File.Delete(actualPath);
            return;
        }

        File.WriteAllBytes(actualPath, png);
        Assert.Fail($"{name}: {problem}; the rendering is in {actualPath} (UPDATE_GOLDEN=1 accepts it).");
    }

    /// <summary>Null when the images match within the tolerance, else what differs.</summary>
    public static string? Compare(SKBitmap expected, SKBitmap actual)
    {
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return $"size {actual.Width}×{actual.Height}, expected {expected.Width}×{expected.Height}";
        }

        var differing = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var a = expected.GetPixel(x, y);
                var b = actual.GetPixel(x, y);
                if (Math.Abs(a.Red - b.Red) > ChannelTolerance || Math.Abs(a.Green - b.Green) > ChannelTolerance || Math.Abs(a.Blue - b.Blue) > ChannelTolerance)
                {
                    differing++;
                }
            }
        }

        return differing > MaxDifferingPixels ? $"{differing} pixels differ by more than {ChannelTolerance} in a channel (at most {MaxDifferingPixels} may)" : null;
    }
}
