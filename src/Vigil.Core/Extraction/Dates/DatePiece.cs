namespace Vigil.Core.Extraction.Dates;

/// <summary>One side of a date expression as written: any of day, month and year may be missing (0).</summary>
internal struct DatePiece
{
    public IDateCalendar Calendar;
    public int Year;
    public int Month;
    public int Day;

    /// <summary>Token index just after the piece.</summary>
    public int End;

    public readonly bool IsBareDay => Day > 0 && Month == 0;

    public readonly bool IsYearOnly => Year > 0 && Month == 0 && Day == 0;

    public readonly long Key => (((long)Year * 16) + Month) * 64 + Day;

    public readonly CalendarDate ToCalendarDate() => new(Calendar, Year, Month, Day);
}
