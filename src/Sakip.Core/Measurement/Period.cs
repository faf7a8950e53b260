namespace Sakip.Core.Measurement;

/// <summary>realisasi.periode: a quarter (tw1..tw4) or the whole year (tahunan).</summary>
public enum Period
{
    Q1,
    Q2,
    Q3,
    Q4,
    Annual,
}
