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
    private static readonly int[] YearStarts = new int[9379];

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
        year is >= 1 and <= 9377 && month is >= 1 and <= 12 ? month <= 6 ? 31 : month <= 11 ? 30 : YearStart(year + 1) - YearStart(year) - 336 : 0;

    /// <inheritdoc />
    public bool TryToDate(int year, int month, int day, out DateOnly date)
    {
        if (day >= 1 && day <= DaysInMonth(year, month))
        {
            date = DateOnly.FromDayNumber(YearStart(year) + DaysBefore(month) + day - 1);
            return true;
        }

        date = default;
        return false;
    }

    /// <inheritdoc />
    public (int Year, int Month, int Day) FromDate(DateOnly date)
    {
        var d = (date < MinDate ? MinDate : date > MaxDate ? MaxDate : date).DayNumber;

        // Nowruz falls on 19–22 March: the Solar Hijri year is the Gregorian year less 621 from then on, less 622 before.
        var year = DateOnly.FromDayNumber(d).Year - 621;
        if (d < YearStart(year))
        {
            year--;
        }

        var dayOfYear = d - YearStart(year);
        var month = dayOfYear < 186 ? (dayOfYear / 31) + 1 : Math.Min(((dayOfYear - 186) / 30) + 7, 12);
        return (year, month, dayOfYear - DaysBefore(month) + 1);
    }

    // Farvardin to Shahrivar have 31 days, Mehr to Bahman 30, Esfand 29 or 30 (the year's length decides).
    private static int DaysBefore(int month) => month <= 7 ? (month - 1) * 31 : 186 + ((month - 7) * 30);

    // The day number of 1 Farvardin of `year` (1–9378). PersianCalendar computes it from the sun's position (sines and
    // cosines, 4 % of a Persian run when every date went through it), so each year's is kept once it is known; a
    // race writes the same value twice.
    private static int YearStart(int year)
    {
        var start = YearStarts[year];
        if (start == 0)
        {
            start = DateOnly.FromDateTime(Persian.ToDateTime(year, 1, 1, 0, 0, 0, 0)).DayNumber;
            YearStarts[year] = start;
        }

        return start;
    }
}
