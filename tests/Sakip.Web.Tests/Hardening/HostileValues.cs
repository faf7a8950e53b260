using System.Text.Json.Nodes;

namespace Sakip.Web.Tests.Hardening;

/// <summary>
/// What an attacker or a careless user sends in place of one value: missing, malformed, over-long and extreme. Each says
/// whether a write must refuse it outright (it can never be a valid value of that kind of field) or may accept it.
/// </summary>
public static class HostileValues
{
    /// <summary>The schema type of an API field, as far as the fuzz test needs it.</summary>
    public enum FieldType
    {
        Text,
        Number,
        WholeNumber,
        Boolean,
        Code,
    }

    /// <param name="Json">The value; null with <paramref name="Missing"/> means the field is left out.</param>
    public sealed record JsonCase(string Name, JsonNode? Json, bool Missing, Func<FieldType, bool> MustRefuse);

    public const int LongTextLength = 1_000_000;

    static readonly string LongText = new('Ж', LongTextLength);

    public static readonly IReadOnlyList<JsonCase> ForJson =
    [
        new("missing", null, true, _ => false),
        new("null", null, false, _ => false),
        new("empty", "", false, _ => false),
        new("spaces", "   ", false, _ => false),
        new("letters", "abc", false, t => t is FieldType.Number or FieldType.WholeNumber or FieldType.Boolean or FieldType.Code),
        new("unknown code", "zzz_tidak_ada", false, t => t is FieldType.Number or FieldType.WholeNumber or FieldType.Boolean or FieldType.Code),
        new("number", 12345, false, t => t is FieldType.Text or FieldType.Boolean or FieldType.Code),
        new("true", true, false, t => t is not FieldType.Boolean),
        new("object", new JsonObject { ["a"] = 1 }, false, _ => true),
        new("array", new JsonArray(1, 2), false, _ => true),
        new("1 MB text", LongText, false, _ => true),
        new("decimal max", decimal.MaxValue, false, _ => true),
        new("decimal min", decimal.MinValue, false, _ => true),
        new("Rp 99.999.999.999.999.999.999", 99_999_999_999_999_999_999m, false, _ => true),
        new("1e30", JsonNode.Parse("1e30"), false, _ => true),
        new("1e-28", 0.0000000000000000000000000001m, false, t => t is not FieldType.Number),
        new("zero", 0, false, t => t is FieldType.Text or FieldType.Boolean or FieldType.Code),
        new("minus one", -1, false, t => t is FieldType.Text or FieldType.Boolean or FieldType.Code),
        new("int max", int.MaxValue, false, t => t is FieldType.Text or FieldType.Boolean or FieldType.Code),
        new("formula", "=HYPERLINK(\"http://example.invalid\",\"klik\")", false, t => t is not FieldType.Text),
        new("markup", "<script>alert(1)</script>", false, t => t is not FieldType.Text),
        new("control characters", "a\u0000b\u001bc", false, t => t is not FieldType.Text),
    ];

    /// <summary>Query and path parameter values: all text on the wire.</summary>
    public static readonly IReadOnlyList<string?> ForParameters =
    [
        null, "", "abc", new string('Ж', 10_000), "2147483648", "-2147483649", "-5", "0", "99999", "1e30", "../../etc/passwd", "<script>", "%00", "ÿ\u0001",
    ];

    /// <summary>Whole request bodies that are not the JSON object an operation expects.</summary>
    public static readonly IReadOnlyList<(string Name, string Body)> ForBodies =
    [
        ("empty body", ""),
        ("null", "null"),
        ("array", "[]"),
        ("string", "\"x\""),
        ("truncated", "{\"kode\":"),
        ("deep nesting", new string('[', 10_000) + new string(']', 10_000)),
        ("5 MB", "{\"x\":\"" + new string('a', 5_000_000) + "\"}"),
    ];

    /// <summary>How far a form must refuse a value.</summary>
    public enum FormRefusal
    {
        /// <summary>May be accepted: only no 500, and nothing stored when the form comes back.</summary>
        None,

        /// <summary>No field can hold it: never stored.</summary>
        AnyField,

        /// <summary>No number field can hold it: never stored from a field that takes a number.</summary>
        NumberField,
    }

    /// <summary>Form field values: text as a browser posts it, in id-ID number form where numbers are meant.</summary>
    public static readonly IReadOnlyList<(string Name, string? Text, FormRefusal Refusal)> ForForms =
    [
        ("missing", null, FormRefusal.None),
        ("empty", "", FormRefusal.None),
        ("letters", "abc", FormRefusal.None),
        ("100 000 characters", new string('Ж', 100_000), FormRefusal.AnyField),
        ("decimal max", "79228162514264337593543950335", FormRefusal.NumberField),
        ("decimal max, id-ID", "79.228.162.514.264.337.593.543.950.335", FormRefusal.NumberField),
        ("decimal min", "-79228162514264337593543950335", FormRefusal.NumberField),
        ("pagu Rp 99.999.999.999.999.999.999", "99.999.999.999.999.999.999", FormRefusal.NumberField),
        ("1e30", "1e30", FormRefusal.None),
        ("tiny", "0,0000000000000000000000000001", FormRefusal.None),
        ("negative", "-1", FormRefusal.None),
        ("int max", "2147483648", FormRefusal.None),
        ("absurd year", "-5", FormRefusal.None),
        ("markup", "<script>alert(1)</script>", FormRefusal.None),
        ("control characters", "a\u0000b\u001bc", FormRefusal.None),
    ];
}
