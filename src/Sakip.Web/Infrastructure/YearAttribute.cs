using System.ComponentModel.DataAnnotations;
using Sakip.Core.Fields;

namespace Sakip.Web.Infrastructure;

/// <summary>A form field holding a year, checked by the one year rule in Core (<see cref="YearRule"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class YearAttribute(string label = "Tahun") : ValidationAttribute
{
    public string Label => label;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is int year && !YearRule.IsValid(year)
            ? new ValidationResult(YearRule.Message(label), validationContext.MemberName is { } name ? [name] : [])
            : ValidationResult.Success;
}
