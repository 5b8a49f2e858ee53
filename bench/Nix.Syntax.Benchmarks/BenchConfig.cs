using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Nix.Syntax.Benchmarks;

/// <summary>
/// A short job (one launch, 3 warm-up and 10 measured iterations) so that the whole suite runs in a few
/// minutes on two cores, plus two columns computed from the input size: throughput and bytes allocated
/// per input byte.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public BenchConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithId("Short10"));
        AddColumn(new ThroughputColumn(), new AllocatedPerInputByteColumn());
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Value);
    }
}

/// <summary>Megabytes (10^6 bytes) of input per second, from the mean time of one operation.</summary>
public sealed class ThroughputColumn : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(ThroughputColumn);

    /// <inheritdoc/>
    public string ColumnName => "MB/s";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Input megabytes (10^6 bytes of UTF-8) processed per second, from the mean";

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var meanNs = report?.ResultStatistics?.Mean;
        if (meanNs is not > 0) return "NA";
        var mbPerSecond = BenchInput.Utf8.Length / 1e6 / (meanNs.Value / 1e9);
        return mbPerSecond.ToString(mbPerSecond >= 100 ? "N0" : "N1", System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>Managed bytes allocated by one operation divided by the input's size in UTF-8 bytes.</summary>
public sealed class AllocatedPerInputByteColumn : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(AllocatedPerInputByteColumn);

    /// <inheritdoc/>
    public string ColumnName => "Alloc/byte";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 1;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Managed bytes allocated per operation divided by the input size in UTF-8 bytes";

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report is null || !report.Success) return "NA";
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        if (allocated is null) return "NA";
        var perByte = (double)allocated.Value / BenchInput.Utf8.Length;
        return perByte.ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
    }
}
