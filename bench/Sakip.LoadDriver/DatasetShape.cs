namespace Sakip.LoadDriver;

/// <summary>
/// The generated national dataset: one national root, <see cref="Pemda"/> regional governments, each with
/// <see cref="AgenciesPerPemda"/> perangkat daerah. Every unit owns one tujuan, two sasaran and 4 or 5 indicators.
/// Ids are computed, not generated, so every table can be written in one pass with its foreign keys.
/// </summary>
sealed record DatasetShape(int Pemda, int AgenciesPerPemda, IReadOnlyList<int> Years)
{
    public const int RootId = 1;

    public int Units => 1 + Pemda * (1 + AgenciesPerPemda);

    public int PemdaId(int pemda) => 2 + pemda * (1 + AgenciesPerPemda);

    public int AgencyId(int pemda, int agency) => PemdaId(pemda) + 1 + agency;

    /// <summary>Alternating 4 and 5 indicators per unit.</summary>
    public static int IndicatorsOf(int unitId) => 4 + unitId % 2;

    public static int GoalId(int unitId) => 3 * unitId - 2;

    public static int ObjectiveId(int unitId, int objective) => 3 * unitId - 2 + objective;

    public static string PemdaCode(int pemda) => $"PD{pemda + 1:000}";

    public static string AgencyCode(int pemda, int agency) => $"{PemdaCode(pemda)}.OPD{agency + 1:00}";
}
