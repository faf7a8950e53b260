namespace Sakip.Core.Workflow;

/// <summary>
/// One line of what a cycle object holds at a moment (a target, a budget line, a realisation …): a stable key, a
/// readable label and its value as text, so any two versions of any object compare the same way.
/// </summary>
public sealed record SnapshotLine(string Key, string Label, string Value);
