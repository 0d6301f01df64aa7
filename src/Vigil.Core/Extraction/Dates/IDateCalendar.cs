namespace Vigil.Core.Extraction.Dates;

/// <summary>
/// A calendar in which dates are written (Gregorian, Solar Hijri …). The dates stage parses year,
/// month and day numbers in the calendar a month name belongs to, resolves partial dates in that
/// calendar, and stores results as Gregorian <see cref="PartialDate"/>s through this conversion.
/// </summary>
public interface IDateCalendar
{
    /// <summary>A short lower-case name used in lexicon files ("gregorian", "solarhijri").</summary>
    string Name { get; }

    /// <summary>
    /// True when the calendar's months and years are the Gregorian ones, so month and year precision
    /// map directly onto <see cref="PartialDate"/>. Otherwise a month or year is stored as the range of
    /// Gregorian days it covers.
    /// </summary>
    bool IsGregorian { get; }

    /// <summary>Smallest year taken for a year when a four-digit number stands alone ("in 2018").</summary>
    int MinBareYear { get; }

    /// <summary>Largest year taken for a year when a four-digit number stands alone.</summary>
    int MaxBareYear { get; }

    /// <summary>Number of months in <paramref name="year"/>.</summary>
    int MonthsInYear(int year);

    /// <summary>Number of days in the month; 0 when the year or month is outside the calendar's range.</summary>
    int DaysInMonth(int year, int month);

    /// <summary>The Gregorian day of a valid date of this calendar; false when the parts do not form a date.</summary>
    bool TryToDate(int year, int month, int day, out DateOnly date);

    /// <summary>The year, month and day of <paramref name="date"/> in this calendar.</summary>
    (int Year, int Month, int Day) FromDate(DateOnly date);
}
