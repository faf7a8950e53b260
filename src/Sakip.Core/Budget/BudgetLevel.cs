namespace Sakip.Core.Budget;

/// <summary>anggaran.level, in Kepmendagri nomenclature order.</summary>
public enum BudgetLevel
{
    Program,

    /// <summary>kegiatan.</summary>
    Activity,

    /// <summary>sub_kegiatan.</summary>
    SubActivity,
}
