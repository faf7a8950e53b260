namespace Sakip.Benchmarks.Measuring;

/// <summary>Documents rendered in one fresh process: how many, how long (reading the package excluded), how big, peak memory.</summary>
/// <param name="ReadSeconds">Reading the package first: the same-run baseline the document times are set against.</param>
sealed record DocumentFigures(int Documents, double ReadSeconds, double Seconds, long Bytes, long PeakWorkingSet)
{
    public double SecondsPerDocument => Seconds / Documents;
}
