namespace Vigil.Core.Extraction.Dates;

/// <summary>The proleptic Gregorian calendar of English news. Bare years are taken between 1900 and 2100.</summary>
public sealed class GregorianDateCalendar : IDateCalendar
{
    private GregorianDateCalendar()
    {
    }

    /// <summary>The one instance.</summary>
    public static GregorianDateCalendar Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "gregorian";

    /// <inheritdoc />
    public bool IsGregorian => true;

    /// <inheritdoc />
    public int MinBareYear => 1900;

    /// <inheritdoc />
    public int MaxBareYear => 2100;

    /// <inheritdoc />
    public int MonthsInYear(int year) => 12;

    /// <inheritdoc />
    public int DaysInMonth(int year, int month) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 ? DateTime.DaysInMonth(year, month) : 0;

    /// <inheritdoc />
    public bool TryToDate(int year, int month, int day, out DateOnly date)
    {
        if (day >= 1 && day <= DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
            return true;
        }

        date = default;
        return false;
    }

    /// <inheritdoc />
    public (int Year, int Month, int Day) FromDate(DateOnly date) => (date.Year, date.Month, date.Day);
}
