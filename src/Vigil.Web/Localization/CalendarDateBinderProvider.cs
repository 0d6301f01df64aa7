using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Vigil.Web.Localization;

/// <summary>Page date fields (<see cref="DateOnly"/>) accept a date in either calendar, as <see cref="DateDisplay.TryParse"/> reads it.</summary>
internal sealed class CalendarDateBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? new CalendarDateBinder() : null;

    private sealed class CalendarDateBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (value == ValueProviderResult.None || string.IsNullOrWhiteSpace(value.FirstValue))
            {
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
            if (DateDisplay.TryParse(value.FirstValue, out var date))
            {
                bindingContext.Result = ModelBindingResult.Success(date);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Problem(bindingContext.HttpContext.RequestServices, bindingContext.ModelName, value.FirstValue));
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// Why <paramref name="typed"/> is not a date, naming the field in the reader's language: a day past the month's end
    /// names the month and its length ("Published: there is no 31 Esfand 1401: Esfand 1401 has 29 days.").
    /// </summary>
    public static string Problem(IServiceProvider services, string field, string typed)
    {
        var L = services.GetRequiredService<IStringLocalizer<Strings>>();
        var dates = services.GetRequiredService<DateDisplay>();
        var name = L[field[(field.LastIndexOf('.') + 1)..]].Value;
        if (DateDisplay.MonthTooShort(typed) is { } month)
        {
            var monthName = dates.MonthName(month.Solar, month.Month);
            return L["{0}: there is no day {1} in {2} {3}: that month has {4} days.", name, dates.Digits(month.Day.ToString(CultureInfo.InvariantCulture)), monthName, dates.Digits(month.Year.ToString(CultureInfo.InvariantCulture)), dates.Digits(month.Days.ToString(CultureInfo.InvariantCulture))].Value;
        }

        return L["{0}: '{1}' is not a date (2022-09-21, or Solar Hijri 1401-06-30).", name, typed].Value;
    }
}
