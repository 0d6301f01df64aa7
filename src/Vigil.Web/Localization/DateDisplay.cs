using System.Globalization;
using System.Security.Claims;
using System.Text;
using Vigil.Core.Extraction.Dates;
using Vigil.Storage.Users;
using Vigil.Web.Auth;

namespace Vigil.Web.Localization;

/// <summary>
/// Dates as this reader wants them: in their calendar (their setting, else Solar Hijri for the Persian interface and
/// Gregorian for English) with Persian digits in the Persian interface. The conversion is the extraction's
/// <see cref="SolarHijriDateCalendar"/>; stored dates stay Gregorian. Dates in English with the Gregorian calendar
/// read as before (ISO <c>2022-09-21</c>).
/// </summary>
public sealed class DateDisplay
{
    private static readonly string[] SolarMonthsEn = ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"];
    private static readonly string[] SolarMonthsFa = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];
    private static readonly string[] GregorianMonthsFa = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"];

    /// <summary>For the current request's user and interface language.</summary>
    public DateDisplay(IHttpContextAccessor accessor)
        : this(UserCulture.Language == "fa", Calendar(accessor.HttpContext?.User, UserCulture.Language == "fa"))
    {
    }

    /// <summary>For an explicit language and calendar (tests, exports).</summary>
    public DateDisplay(bool persian, string calendar)
    {
        Persian = persian;
        Solar = calendar == UserPreferences.SolarHijri;
    }

    /// <summary>True when the interface is Persian: digits are Persian and month names Persian.</summary>
    public bool Persian { get; }

    /// <summary>True when dates are shown in the Solar Hijri calendar.</summary>
    public bool Solar { get; }

    /// <summary>The calendar setting in effect: <see cref="UserPreferences.SolarHijri"/> or <see cref="UserPreferences.Gregorian"/>.</summary>
    public string CalendarName => Solar ? UserPreferences.SolarHijri : UserPreferences.Gregorian;

    private static string Calendar(ClaimsPrincipal? user, bool persian) =>
        user?.FindFirstValue(VigilClaims.Calendar) is { } own && UserPreferences.Calendars.Contains(own) ? own
        : persian ? UserPreferences.SolarHijri : UserPreferences.Gregorian;

    /// <summary>A day: "2022-09-21", "30 Shahrivar 1401", «۳۰ شهریور ۱۴۰۱», «۲۱ سپتامبر ۲۰۲۲»; empty for null.</summary>
    public string Day(DateOnly? date)
    {
        if (date is not { } d)
        {
            return string.Empty;
        }

        if (Solar)
        {
            var (y, m, day) = SolarHijriDateCalendar.Instance.FromDate(d);
            return Digits($"{day} {(Persian ? SolarMonthsFa : SolarMonthsEn)[m - 1]} {y}");
        }

        return Persian ? Digits($"{d.Day} {GregorianMonthsFa[d.Month - 1]} {d.Year}") : d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The day of a moment (UTC), as <see cref="Day(DateOnly?)"/>.</summary>
    public string Day(DateTime at) => Day(DateOnly.FromDateTime(at));

    /// <summary>A moment (UTC): the day as <see cref="Day"/> and the time, "2022-09-21 14:05".</summary>
    public string Moment(DateTime at, bool seconds = false) =>
        Day(DateOnly.FromDateTime(at)) + " " + Digits(at.ToString(seconds ? "HH:mm:ss" : "HH:mm", CultureInfo.InvariantCulture));

    /// <summary>
    /// A stored partial date ("2022", "2022-09", "2022-09-21"): a day in the reader's calendar; a month or a year
    /// (which has no single Solar Hijri equivalent) in the Gregorian calendar, with Persian month names and digits
    /// in the Persian interface. Text that is not an ISO date is shown as it is.
    /// </summary>
    public string Partial(string? iso)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return string.Empty;
        }

        if (DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Day(day);
        }

        if (Persian && iso.Length == 7 && int.TryParse(iso.AsSpan(0, 4), CultureInfo.InvariantCulture, out var year)
            && int.TryParse(iso.AsSpan(5, 2), CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            return Digits($"{GregorianMonthsFa[month - 1]} {year}");
        }

        return Digits(iso);
    }

    /// <summary>A date or range of stored partial dates ("2022-09-21 – 2022-09-23"); empty when there is no date.</summary>
    public string Range(string? date, string? end) =>
        date is null ? string.Empty : end is null || end == date ? Partial(date) : Partial(date) + " – " + Partial(end);

    /// <summary>The value of a date filter box: the day in the reader's calendar, numeric ("1401-06-30", «۱۴۰۱/۰۶/۳۰»), which <see cref="TryParse"/> reads back.</summary>
    public string Input(DateOnly? date)
    {
        if (date is not { } d)
        {
            return string.Empty;
        }

        if (Solar)
        {
            var (y, m, day) = SolarHijriDateCalendar.Instance.FromDate(d);
            // Persian digits joined by '/', as Iranians write dates: with '-' the bidirectional algorithm shows the parts in reverse order.
            return Persian ? Digits($"{y:D4}/{m:D2}/{day:D2}") : $"{y:D4}-{m:D2}-{day:D2}";
        }

        return Persian ? Digits(d.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)) : d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>A number or any text with its ASCII digits written as Persian digits in the Persian interface.</summary>
    public string Digits(string text)
    {
        if (!Persian)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '0' and <= '9' ? (char)('۰' + (c - '0')) : c);
        }

        return builder.ToString();
    }

    /// <summary>An integer with Persian digits in the Persian interface ("1,500", «۱٬۵۰۰»).</summary>
    public string Number(long value) => Persian ? Digits(value.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '٬')) : value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a date typed in either calendar: numeric year-month-day or day-month-year with '-', '/' or '.' in
    /// Latin, Persian or Arabic-Indic digits (a year before 1700 is Solar Hijri: "1401-06-30" = 2022-09-21), or a
    /// written date with a Solar Hijri or Gregorian month name in English or Persian ("30 Shahrivar 1401",
    /// «۳۰ شهریور ۱۴۰۱», "21 September 2022"). False for anything else, and for days that do not exist.
    /// </summary>
    public static bool TryParse(string? text, out DateOnly date) => Read(text, out date) is null;

    /// <summary>
    /// When <paramref name="text"/> names a year and month that exist but a day past the month's end ("1401/12/31":
    /// Esfand 1401 has 29 days), that month; null when the text reads as a date or is no date at all.
    /// </summary>
    public static ShortMonth? MonthTooShort(string? text) => Read(text, out _) is { Days: > 0 } month ? month : null;

    /// <summary>A month too short for the <see cref="Day"/> typed: its calendar, year, number and length.</summary>
    public readonly record struct ShortMonth(bool Solar, int Year, int Month, int Day, int Days);

    /// <summary>The month's name in the reader's language ("Esfand", «اسفند», "February", «فوریه»).</summary>
    public string MonthName(bool solar, int month) =>
        solar ? (Persian ? SolarMonthsFa : SolarMonthsEn)[month - 1] : Persian ? GregorianMonthsFa[month - 1] : GregorianMonthsEn[month - 1];

    /// <summary>
    /// The first day of the month holding <paramref name="day"/> in the reader's calendar (1 Mehr 1401 = 2022-09-23
    /// for a Solar reader, 2022-10-01 for a Gregorian one): the key of a month bucket.
    /// </summary>
    public DateOnly MonthStart(DateOnly day) => MonthStart(day, Solar);

    /// <summary>The first day of the month holding <paramref name="day"/>, in the Solar Hijri calendar when <paramref name="solar"/>.</summary>
    public static DateOnly MonthStart(DateOnly day, bool solar)
    {
        if (!solar)
        {
            return new DateOnly(day.Year, day.Month, 1);
        }

        var (y, m, _) = SolarHijriDateCalendar.Instance.FromDate(day);
        return SolarHijriDateCalendar.Instance.TryToDate(y, m, 1, out var first) ? first : day;
    }

    /// <summary>A month in the reader's calendar by its first day: "Mehr 1401", «مهر ۱۴۰۱», "Oct 2022", «اکتبر ۲۰۲۲».</summary>
    public string Month(DateOnly first)
    {
        if (Solar)
        {
            var (y, m, _) = SolarHijriDateCalendar.Instance.FromDate(first);
            return Digits($"{MonthName(true, m)} {y}");
        }

        return Persian ? Digits($"{GregorianMonthsFa[first.Month - 1]} {first.Year}") : first.ToString("MMM yyyy", CultureInfo.InvariantCulture);
    }

    // Null when the text is a date; a ShortMonth with Days = 0 when it is no date at all, with the month's length
    // when only the day is past the month's end.
    private static ShortMonth? Read(string? text, out DateOnly date)
    {
        date = default;
        var none = new ShortMonth(false, 0, 0, 0, 0);
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return none;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            folded.Append(c switch
            {
                >= '۰' and <= '۹' => (char)('0' + (c - '۰')),
                >= '٠' and <= '٩' => (char)('0' + (c - '٠')),
                '/' or '.' or '-' or ',' or '،' or '\u200c' => ' ',
                'ي' or 'ى' => 'ی',
                'ك' => 'ک',
                _ => c,
            });
        }

        var parts = folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3)
        {
            return none;
        }

        int? Number(string s) => s.Length <= 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

        // A month name in the middle (or first, "September 21 2022"): the name says the calendar.
        foreach (var (nameAt, dayAt) in new[] { (1, 0), (0, 1) })
        {
            if (MonthName(parts[nameAt]) is { } named && Number(parts[dayAt]) is { } d && Number(parts[2]) is { } y)
            {
                return Make(named.Solar, y, named.Month, d, out date);
            }
        }

        if (Number(parts[0]) is not { } a || Number(parts[1]) is not { } b || Number(parts[2]) is not { } c2)
        {
            return none;
        }

        // Year first (ISO order) or year last (day-month-year, as Iranians and Europeans write).
        return parts[0].Length == 4 ? Make(a < 1700, a, b, c2, out date)
            : parts[2].Length == 4 ? Make(c2 < 1700, c2, b, a, out date)
            : none;
    }

    private static ShortMonth? Make(bool solar, int year, int month, int day, out DateOnly date)
    {
        date = default;
        var days = solar ? SolarHijriDateCalendar.Instance.DaysInMonth(year, month)
            : year is >= 1 and <= 9999 && month is >= 1 and <= 12 ? DateTime.DaysInMonth(year, month) : 0;
        if (days == 0 || day < 1)
        {
            return new ShortMonth(solar, year, month, day, 0);
        }

        if (day > days)
        {
            // Only a day just past the month's end is a slip worth naming (31 Esfand, 30 February); 45 is no day at all.
            return new ShortMonth(solar, year, month, day, day <= 31 ? days : 0);
        }

        if (solar)
        {
            return SolarHijriDateCalendar.Instance.TryToDate(year, month, day, out date) ? null : new ShortMonth(solar, year, month, day, 0);
        }

        date = new DateOnly(year, month, day);
        return null;
    }

    private static readonly string[] GregorianMonthsEn = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    private static (bool Solar, int Month)? MonthName(string word)
    {
        for (var i = 0; i < 12; i++)
        {
            if (word.Equals(SolarMonthsEn[i], StringComparison.OrdinalIgnoreCase) || word == SolarMonthsFa[i])
            {
                return (true, i + 1);
            }

            if (word.Equals(GregorianMonthsEn[i], StringComparison.OrdinalIgnoreCase) || (word.Length >= 3 && GregorianMonthsEn[i].StartsWith(word, StringComparison.OrdinalIgnoreCase)) || word == GregorianMonthsFa[i])
            {
                return (false, i + 1);
            }
        }

        // Common other spellings of Solar months.
        return word.ToLowerInvariant() switch
        {
            "amordad" or "امرداد" => (true, 5),
            "day" => (true, 10),
            _ => null,
        };
    }
}
