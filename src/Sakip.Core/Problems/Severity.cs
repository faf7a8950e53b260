namespace Sakip.Core.Problems;

public enum Severity
{
    Error,
    Warning,
}
