namespace QuoteBot.Core.Tests.Text;

/// <summary>A fact that compares with the system's ICU: skipped on a machine without it, failing on CI instead.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class IcuFactAttribute : FactAttribute
{
    public IcuFactAttribute()
    {
        Skip = IcuReference.SkipReason;
    }
}
