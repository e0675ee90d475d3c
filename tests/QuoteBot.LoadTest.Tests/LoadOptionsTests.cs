using QuoteBot.Fakes;

namespace QuoteBot.LoadTest.Tests;

public sealed class LoadOptionsTests
{
    [Fact]
    public void The_fakes_answer_in_full_unless_told_lean() =>
        Assert.Equal(
            (ResponseShape.Full, ResponseShape.Lean, ResponseShape.Full),
            (LoadOptions.Parse([]).Fakes, LoadOptions.Parse(["--fakes", "lean"]).Fakes, LoadOptions.Parse(["--fakes", "FULL"]).Fakes));

    [Fact]
    public void An_unknown_fake_shape_is_refused() =>
        Assert.Throws<ArgumentException>(() => LoadOptions.Parse(["--fakes", "real"]));
}
