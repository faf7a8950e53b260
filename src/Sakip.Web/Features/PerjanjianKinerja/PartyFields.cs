namespace Sakip.Web.Features.PerjanjianKinerja;

/// <summary>One party's inputs for the shared partial: the values, the form prefix and the caption.</summary>
public sealed record PartyFields(IsiModel.Input.PartyInput Party, string Prefix, string Caption);
