using System.Globalization;
using System.Text;
using Vigil.Core.Extraction.Dates;

namespace Vigil.Web.Localization;

/// <summary>
/// What <c>solar-date.js</c> needs to draw Solar Hijri months exactly as the server converts them: the Gregorian day of
/// 1 Farvardin <see cref="FromYear"/> and the length of every year to <see cref="ToYear"/> (from
/// <see cref="SolarHijriDateCalendar"/>, so a day picked in the browser is the day stored).
/// </summary>
public static class SolarPicker
{
    /// <summary>The first Solar year the picker shows (1921).</summary>
    public const int FromYear = 1300;

    /// <summary>The last Solar year the picker shows (2072).</summary>
    public const int ToYear = 1450;

    /// <summary>1 Farvardin <see cref="FromYear"/>, ISO ("1921-03-21").</summary>
    public static string Nowruz { get; } = First(FromYear).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One digit per year from <see cref="FromYear"/> to <see cref="ToYear"/>: 5 for 365 days, 6 for 366.</summary>
    public static string YearLengths { get; } = Lengths();

    private static DateOnly First(int year) =>
        SolarHijriDateCalendar.Instance.TryToDate(year, 1, 1, out var day) ? day : throw new InvalidOperationException($"no 1 Farvardin {year}");

    private static string Lengths()
    {
        var text = new StringBuilder(ToYear - FromYear + 1);
        for (var year = FromYear; year <= ToYear; year++)
        {
            text.Append(First(year + 1).DayNumber - First(year).DayNumber == 366 ? '6' : '5');
        }

        return text.ToString();
    }
}
