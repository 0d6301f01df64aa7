using Microsoft.AspNetCore.Mvc.ModelBinding;

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
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"{bindingContext.ModelName}: '{value.FirstValue}' is not a date (2022-09-21, or Solar Hijri 1401-06-30).");
            }

            return Task.CompletedTask;
        }
    }
}
