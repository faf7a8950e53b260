namespace Sakip.Core.Problems;

/// <summary>
/// A problem in user data, returned as a value. <paramref name="Field"/> names where it is: a form field,
/// or <c>file:line:column</c> for a data package.
/// </summary>
/// <param name="Field">Where the problem is.</param>
/// <param name="Message">What is wrong, in Bahasa Indonesia.</param>
/// <param name="Severity">Errors reject the input; warnings are reported and the input is kept.</param>
public sealed record Problem(string Field, string Message, Severity Severity = Severity.Error)
{
    public static Problem Warning(string field, string message) => new(field, message, Severity.Warning);

    public bool IsError => Severity == Severity.Error;

    public override string ToString() => Field.Length == 0 ? Message : $"{Field}: {Message}";
}
