using Sakip.Core.Problems;

namespace Sakip.Data.Reporting;

/// <summary>The outcome of saving or deleting a narrative.</summary>
/// <param name="Row">The saved row; on a conflict the row stored now (null when there is none), for the editor to show.</param>
/// <param name="Problems">Why nothing was saved: the text or the key (400), or the conflict (409, field <c>versi</c>).</param>
/// <param name="Conflict">Someone else saved or deleted the section since the editor opened it.</param>
public sealed record NarrativeWrite(NarrativeEntity? Row, IReadOnlyList<Problem> Problems, bool Conflict)
{
    public bool Succeeded => Problems.Count == 0;
}
