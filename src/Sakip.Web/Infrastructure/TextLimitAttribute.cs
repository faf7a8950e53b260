using System.ComponentModel.DataAnnotations;
using Sakip.Core.Fields;

namespace Sakip.Web.Infrastructure;

/// <summary>A form field's length limit, taken from the one definition in Core (<see cref="TextRules"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TextLimitAttribute(TextField textField) : ValidationAttribute
{
    public TextField Field => textField;

    /// <summary>The label in the message when the field's own label does not fit the form (e.g. "Faktor pendukung" for an analysis).</summary>
    public string? Label { get; init; }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        TextRules.Check(validationContext.MemberName ?? "", textField, value as string, Label) is { } problem
            ? new ValidationResult(problem.Message, validationContext.MemberName is { } name ? [name] : [])
            : ValidationResult.Success;
}
