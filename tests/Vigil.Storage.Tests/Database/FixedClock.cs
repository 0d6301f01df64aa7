namespace Vigil.Storage.Tests.Database;

/// <summary>A clock that always says the same time, so stored timestamps can be asserted exactly.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Default = new DateTimeOffset(2026, 3, 8, 9, 30, 15, TimeSpan.Zero).AddTicks(1234567);

    public override DateTimeOffset GetUtcNow() => now;
}
