using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// Form booleans are checkboxes: checked posts "true" (followed by the hidden "false"), unchecked posts only "false" or
/// nothing. Any other text is not something a browser sends, so it reads as unchecked instead of a binding error: with
/// an error, the checkbox tag helper cannot render the attempted value back and the page would answer 500.
/// </summary>
public sealed class CheckboxBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var values = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        var isChecked = values.Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase));
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, isChecked, isChecked ? "true" : "false");
        bindingContext.Result = ModelBindingResult.Success(isChecked);
        return Task.CompletedTask;
    }

    /// <summary>Binds every <c>bool</c> of a page form with <see cref="CheckboxBinder"/>.</summary>
    public sealed class Provider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.ModelType == typeof(bool) ? new CheckboxBinder() : null;
    }
}
