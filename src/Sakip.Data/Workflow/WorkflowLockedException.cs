using Sakip.Core.Problems;

namespace Sakip.Data.Workflow;

/// <summary>
/// A save that would change a submitted or approved cycle object (or an input of its figures). Write paths check first
/// and answer with their own message; this is the backstop that makes the lock hold for every path, pages, API and
/// import alike. Pages and the API answer it with 409 and its messages.
/// </summary>
public sealed class WorkflowLockedException(IReadOnlyList<Problem> problems)
    : InvalidOperationException(string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<Problem> Problems { get; } = problems;
}
