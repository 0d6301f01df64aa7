namespace Vigil.Core.Extraction.Dates;

/// <summary>A resolved date of some calendar, known to year (Month = 0), month (Day = 0) or day precision.</summary>
internal readonly record struct CalendarDate(IDateCalendar Calendar, int Year, int Month, int Day);
