using System.Globalization;
using Vigil.Web.Localization;

namespace Vigil.Web.Dashboard;

/// <summary>
/// The timeline's bucket labels in the reader's calendar: a week by its first day (a Saturday, which is also where the
/// Solar Hijri week begins), "1 Oct 2022", "9 Mehr 1401", «۹ مهر ۱۴۰۱»; a month bucket by its month in the reader's
/// calendar (the dashboard asks for buckets in that calendar): "Oct 2022", «اکتبر ۲۰۲۲», "Mehr 1401", «مهر ۱۴۰۱».
/// </summary>
public static class PeriodLabel
{
    /// <summary>The label of the bucket starting on <paramref name="day"/> ("2022-10-01"); <paramref name="unit"/> is "week" or "month".</summary>
    public static string Of(DateDisplay dates, string day, string unit)
    {
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return day;
        }

        if (unit == "month")
        {
            return dates.Month(date);
        }

        return dates.Solar || dates.Persian ? dates.Day(date) : date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
    }
}
