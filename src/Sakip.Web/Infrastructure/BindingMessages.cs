using Microsoft.AspNetCore.Mvc;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// The model-binding messages in Bahasa Indonesia: ASP.NET's defaults are English ("The value 'abc' is not valid for
/// Tahun.") and reach users whenever a form field cannot be converted, before any DataAnnotations run.
/// </summary>
public static class BindingMessages
{
    public static void Indonesian(MvcOptions options)
    {
        var m = options.ModelBindingMessageProvider;
        m.SetValueMustBeANumberAccessor(name => $"{name} harus berupa angka.");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "Nilai harus berupa angka.");
        m.SetAttemptedValueIsInvalidAccessor((value, name) => $"Nilai \"{value}\" tidak valid untuk {name}.");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Nilai \"{value}\" tidak valid.");
        m.SetValueIsInvalidAccessor(value => $"Nilai \"{value}\" tidak valid.");
        m.SetUnknownValueIsInvalidAccessor(name => $"Nilai yang diisikan tidak valid untuk {name}.");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Nilai yang diisikan tidak valid.");
        m.SetMissingBindRequiredValueAccessor(name => $"{name} wajib diisi.");
        m.SetMissingKeyOrValueAccessor(() => "Nilai wajib diisi.");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "Isi permintaan wajib ada.");
        m.SetValueMustNotBeNullAccessor(value => $"Nilai \"{value}\" tidak boleh kosong.");
    }
}
