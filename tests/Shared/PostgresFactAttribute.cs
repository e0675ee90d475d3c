namespace QuoteBot.Testing;

/// <summary>A fact that needs PostgreSQL: skipped locally without <c>QUOTEBOT_TEST_POSTGRES</c>, run (and failing without it) on CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresTestEnvironment.SkipReason;
    }
}
