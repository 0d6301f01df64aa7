using System.Globalization;

namespace Vigil.Core.Extraction.Dates;

/// <summary>
/// The Solar Hijri (Persian) calendar used in Iran, through <see cref="PersianCalendar"/>: years 1–9378,
/// Farvardin (1) starts at Nowruz. Bare years are taken between 1279 and 1479 (≈ 1900–2100).
/// </summary>
public sealed class SolarHijriDateCalendar : IDateCalendar
{
    private static readonly PersianCalendar Persian = new();
    private static readonly DateOnly MinDate = DateOnly.FromDateTime(Persian.MinSupportedDateTime);
    private static readonly DateOnly MaxDate = DateOnly.FromDateTime(Persian.MaxSupportedDateTime);

    private SolarHijriDateCalendar()
    {
    }

    /// <summary>The one instance.</summary>
    public static SolarHijriDateCalendar Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "solarhijri";

    /// <inheritdoc />
    public bool IsGregorian => false;

    /// <inheritdoc />
    public int MinBareYear => 1279;

    /// <inheritdoc />
    public int MaxBareYear => 1479;

    /// <inheritdoc />
    public int MonthsInYear(int year) => 12;

    /// <inheritdoc />
    public int DaysInMonth(int year, int month) =>
        year is >= 1 and <= 9377 && month is >= 1 and <= 12 ? Persian.GetDaysInMonth(year, month) : 0;

    /// <inheritdoc />
    public bool TryToDate(int year, int month, int day, out DateOnly date)
    {
        if (day >= 1 && day <= DaysInMonth(year, month))
        {
            date = DateOnly.FromDateTime(Persian.ToDateTime(year, month, day, 0, 0, 0, 0));
            return true;
        }

        date = default;
        return false;
    }

    /// <inheritdoc />
    public (int Year, int Month, int Day) FromDate(DateOnly date)
    {
        var d = date < MinDate ? MinDate : date > MaxDate ? MaxDate : date;
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return (Persian.GetYear(dt), Persian.GetMonth(dt), Persian.GetDayOfMonth(dt));
    }
}
