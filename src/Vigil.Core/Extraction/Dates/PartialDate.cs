using System.Globalization;

namespace Vigil.Core.Extraction.Dates;

/// <summary>
/// A calendar date (proleptic Gregorian) known to day, month or year precision.
/// Printed as <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int month, int day, DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    /// <summary>The year (1–9999).</summary>
    public int Year { get; }

    /// <summary>The month (1–12), or 0 when the precision is <see cref="DatePrecision.Year"/>.</summary>
    public int Month { get; }

    /// <summary>The day of the month, or 0 when the precision is coarser than a day.</summary>
    public int Day { get; }

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>A year-precision date.</summary>
    public static PartialDate OfYear(int year) => new(year, 0, 0, DatePrecision.Year);

    /// <summary>A month-precision date.</summary>
    public static PartialDate OfMonth(int year, int month) => new(year, month, 0, DatePrecision.Month);

    /// <summary>A day-precision date.</summary>
    public static PartialDate OfDay(DateOnly date) => new(date.Year, date.Month, date.Day, DatePrecision.Day);

    /// <summary>A day-precision date; returns null when the parts do not form a valid date.</summary>
    public static PartialDate? TryOfDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new PartialDate(year, month, day, DatePrecision.Day)
            : null;

    /// <summary>The first day this date can denote.</summary>
    public DateOnly FirstDay => new(Year, Math.Max(Month, 1), Math.Max(Day, 1));

    /// <summary>The last day this date can denote.</summary>
    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>True when the day <paramref name="date"/> lies inside this date's precision window.</summary>
    public bool Covers(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; null when the text is none of them.</summary>
    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return OfYear(year);
        }

        if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return null;
        }

        if (parts.Length == 2)
        {
            return OfMonth(year, month);
        }

        return parts[2].Length == 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            ? TryOfDay(year, month, day)
            : null;
    }

    /// <summary>Orders by first day, then by precision (coarser first).</summary>
    public int CompareTo(PartialDate other)
    {
        var c = FirstDay.CompareTo(other.FirstDay);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    /// <summary>True when <paramref name="left"/> starts before <paramref name="right"/>.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> starts after <paramref name="right"/>.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by <see cref="CompareTo"/>.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by <see cref="CompareTo"/>.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString()
    {
        Span<char> chars = stackalloc char[MaxFormattedLength];
        return new string(chars[..Format(chars)]);
    }

    /// <summary>The most characters <see cref="Format"/> writes.</summary>
    internal const int MaxFormattedLength = 32;

    /// <summary>
    /// Writes what <see cref="ToString"/> returns into <paramref name="destination"/> (at least
    /// <see cref="MaxFormattedLength"/> characters) and returns how many characters that is.
    /// </summary>
    internal int Format(Span<char> destination)
    {
        Year.TryFormat(destination, out var written, "D4", CultureInfo.InvariantCulture);
        if (Precision is DatePrecision.Day or DatePrecision.Month)
        {
            destination[written++] = '-';
            Month.TryFormat(destination[written..], out var month, "D2", CultureInfo.InvariantCulture);
            written += month;
            if (Precision == DatePrecision.Day)
            {
                destination[written++] = '-';
                Day.TryFormat(destination[written..], out var day, "D2", CultureInfo.InvariantCulture);
                written += day;
            }
        }

        return written;
    }
}
