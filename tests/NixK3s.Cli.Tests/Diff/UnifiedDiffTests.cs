using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using NixK3s.Cli.Diff;

namespace NixK3s.Cli.Tests.Diff;

/// <summary>Unified diffs: exact output on small cases, accepted by patch(1), and a minimal edit script (checked against LCS).</summary>
public class UnifiedDiffTests
{
    [Fact]
    public void OneChangedLineWithContext()
    {
        var old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        var @new = "a\nb\nc\nd\nE\nf\ng\nh\n";
        Assert.Equal("--- a/x.nix\n+++ b/x.nix\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n", UnifiedDiff.Create(old, @new, "a/x.nix", "b/x.nix"));
    }

    [Fact]
    public void DistantChangesGetTwoHunksAndAMissingFinalNewlineIsMarked()
    {
        var old = string.Concat(Enumerable.Range(1, 20).Select(i => $"{i}\n")) + "last";
        var @new = old.Replace("\n2\n", "\ntwo\n").Replace("last", "LAST");
        var diff = UnifiedDiff.Create(old, @new, "a", "b");
        Assert.Equal(
            "--- a\n+++ b\n" +
            "@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n" +
            "@@ -18,4 +18,4 @@\n 18\n 19\n 20\n-last\n\\ No newline at end of file\n+LAST\n\\ No newline at end of file\n",
            diff);
    }

    [Fact]
    public void EqualTextsGiveNothingAndInsertionsIntoEmptyFilesWork()
    {
        Assert.Equal("", UnifiedDiff.Create("same\n", "same\n", "a", "b"));
        Assert.Equal("--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n", UnifiedDiff.Create("", "x\n", "a", "b"));
    }

    [Fact]
    public void PatchAppliesTheDiff()
    {
        using var folder = new TempFolder();
        var old = "{\n  a = 1;\n  b = 2;\n  c = 3;\n}\n" + string.Concat(Enumerable.Range(0, 12).Select(i => $"# {i}\n")) + "tail";
        var @new = old.Replace("  b = 2;\n", "  b = 20;\n  b2 = 4;\n").Replace("# 9\n", "").Replace("tail", "tail\n");
        var file = folder.Write("x.nix", old);
        var patchFile = folder.Write("x.patch", UnifiedDiff.Create(old, @new, "a/x.nix", "b/x.nix"));

        var start = new ProcessStartInfo("patch", ["-p1", "--quiet", "-i", patchFile]) { WorkingDirectory = folder.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(@new, File.ReadAllText(file));
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property TheEditScriptRebuildsBothSidesAndIsMinimal()
    {
        var lines = Gen.Elements("a", "b", "c", "d").ArrayOf().Select(a => a.Take(12).ToArray());
        return Prop.ForAll(Arb.From(lines), Arb.From(lines), (a, b) =>
        {
            var edits = LineDiff.Compute(a, b);
            var rebuiltOld = edits.Where(e => e.Kind != LineEditKind.Insert).Select(e => a[e.OldIndex]).ToArray();
            var rebuiltNew = edits.Where(e => e.Kind != LineEditKind.Delete).Select(e => e.Kind == LineEditKind.Insert ? b[e.NewIndex] : a[e.OldIndex]).ToArray();
            bool equalsMatch = edits.Where(e => e.Kind == LineEditKind.Equal).All(e => a[e.OldIndex] == b[e.NewIndex]);
            int changes = edits.Count(e => e.Kind != LineEditKind.Equal);
            return rebuiltOld.SequenceEqual(a) && rebuiltNew.SequenceEqual(b) && equalsMatch && changes == a.Length + b.Length - 2 * Lcs(a, b);
        });
    }

    private static int Lcs(string[] a, string[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
        return table[a.Length, b.Length];
    }
}
