namespace Sakip.Web.Features.Perencanaan;

/// <summary>What the tree partials need: the tree and whether edit links are shown (never for an archived version).</summary>
public sealed record PlanTreeView(PlanTree Tree, bool CanEdit)
{
    public sealed record NodeView(PlanTreeView View, PlanTree.Node Node);
}
