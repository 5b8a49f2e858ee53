using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Nix.Syntax.Benchmarks;

/// <summary>
/// A short job (one launch, 3 warm-up and 10 measured iterations) so that the whole suite runs in a few
/// minutes on two cores, plus three columns computed from the input size: throughput, time per input
/// byte and bytes allocated per input byte.
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
        AddColumn(new ThroughputColumn(), new TimePerInputByteColumn(), new AllocatedPerInputByteColumn());
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Value);
        // The default two minutes are not enough to build the generated project on a loaded two-core machine.
        BuildTimeout = TimeSpan.FromMinutes(15);
    }
}

/// <summary>A numeric column computed from one benchmark case's result and the size of its input.</summary>
public abstract class InputSizeColumn : IColumn
{
    /// <inheritdoc/>
    public string Id => GetType().Name;

    /// <inheritdoc/>
    public abstract string ColumnName { get; }

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
    public abstract string Legend { get; }

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
        var value = Compute(report, benchmarkCase, BenchInput.InputBytes(benchmarkCase));
        if (value is not { } number) return "NA";
        return number.ToString(number >= 100 ? "N0" : "N2", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The column's value for one case, or null when the report lacks what it needs.</summary>
    /// <param name="report">The case's report.</param>
    /// <param name="benchmarkCase">The case.</param>
    /// <param name="inputBytes">The size of the case's input in UTF-8 bytes.</param>
    /// <returns>The value.</returns>
    protected abstract double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, int inputBytes);
}

/// <summary>Megabytes (10^6 bytes) of input per second, from the mean time of one operation.</summary>
public sealed class ThroughputColumn : InputSizeColumn
{
    /// <inheritdoc/>
    public override string ColumnName => "MB/s";

    /// <inheritdoc/>
    public override string Legend => "Input megabytes (10^6 bytes of UTF-8) processed per second, from the mean";

    /// <inheritdoc/>
    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, int inputBytes) =>
        report.ResultStatistics?.Mean is > 0 and var meanNs ? inputBytes / 1e6 / (meanNs / 1e9) : null;
}

/// <summary>Nanoseconds of the mean time per input byte: flat across sizes when time is linear in the input.</summary>
public sealed class TimePerInputByteColumn : InputSizeColumn
{
    /// <inheritdoc/>
    public override string ColumnName => "ns/byte";

    /// <inheritdoc/>
    public override string Legend => "Mean time per operation in nanoseconds divided by the input size in UTF-8 bytes";

    /// <inheritdoc/>
    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, int inputBytes) =>
        report.ResultStatistics?.Mean is > 0 and var meanNs ? meanNs / inputBytes : null;
}

/// <summary>Managed bytes allocated by one operation divided by the input's size in UTF-8 bytes.</summary>
public sealed class AllocatedPerInputByteColumn : InputSizeColumn
{
    /// <inheritdoc/>
    public override string ColumnName => "Alloc/byte";

    /// <inheritdoc/>
    public override string Legend => "Managed bytes allocated per operation divided by the input size in UTF-8 bytes";

    /// <inheritdoc/>
    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, int inputBytes) =>
        report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } allocated ? (double)allocated / inputBytes : null;
}
