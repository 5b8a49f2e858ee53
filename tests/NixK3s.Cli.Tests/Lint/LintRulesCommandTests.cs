using System.Diagnostics;
using System.Text.Json;

namespace NixK3s.Cli.Tests.Lint;

/// <summary>
/// <c>nixk3s lint</c> with the K3S rules on examples/cluster: cross-file findings through imports, --fix byte for byte,
/// --dry-run as a unified diff that patch(1) applies to the same result, suppression comments, no fixes on broken files.
/// </summary>
public class LintRulesCommandTests
{
    private static string Cluster => Path.Combine(Nixk3sProcess.RepoRoot, "examples", "cluster");

    [Fact]
    public void TheExampleClusterGivesTheExpectedFindings()
    {
        var (code, output, error) = Nixk3sProcess.RunIn(Nixk3sProcess.RepoRoot, "lint", "examples/cluster", "--format", "errfmt");
        Assert.Equal(1, code);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("examples/cluster/kubernetes.nix>17:27:error:K3S001:'flannel'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("examples/cluster/kubernetes.nix>19:7:warning:K3S016:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("examples/cluster/networking.nix>13:44:warning:K3S013:", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportsAreFollowedFromTheFileGiven()
    {
        // Only configuration.nix is named; its imports bring in the firewall and the k3s flags, judged as one host.
        var (code, output, _) = Nixk3sProcess.RunIn(Cluster, "lint", "configuration.nix", "--format", "errfmt");
        Assert.Equal(1, code);
        Assert.Contains("kubernetes.nix>19:7:warning:K3S016:", output);
        Assert.Contains("networking.nix>13:44:warning:K3S013:", output);
    }

    [Fact]
    public void FixChangesOnlyTheFixedSpansAndWritesAtomically()
    {
        using var folder = CopyOfCluster();
        var before = Directory.GetFiles(folder.Path).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        var (_, json, _) = Nixk3sProcess.RunIn(folder.Path, "lint", ".", "--format", "json");
        var spans = FixSpans(json);
        Assert.Contains("kubernetes.nix", spans.Keys);

        var (code, output, error) = Nixk3sProcess.RunIn(folder.Path, "lint", ".", "--fix", "--format", "errfmt");

        Assert.Equal(0, code); // every error had a fix (K3S001, K3S002); warnings and infos remain
        Assert.Contains("nixk3s: applied", error);
        Assert.DoesNotContain(":error:", output);
        Assert.DoesNotContain("K3S016", output);
        foreach (var (name, old) in before)
        {
            var now = File.ReadAllText(folder[name]);
            if (!spans.TryGetValue(name, out var span))
            {
                Assert.Equal(old, now); // files without fixes stay byte for byte
                continue;
            }
            // Everything before the first fixed span and after the last one is unchanged, byte for byte.
            Assert.Equal(old[..span.Start], now[..span.Start]);
            Assert.Equal(old[span.End..], now[^(old.Length - span.End)..]);
            Assert.Empty(Nix.Syntax.NixSyntaxTree.ParseText(now).GetDiagnostics());
        }
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order()); // no temp files left
    }

    [Fact]
    public void DryRunPrintsADiffThatPatchAppliesToTheSameResultAsFix()
    {
        using var dry = CopyOfCluster();
        using var real = CopyOfCluster();
        var before = File.ReadAllText(dry["kubernetes.nix"]);

        var (code, diff, _) = Nixk3sProcess.RunIn(dry.Path, "lint", ".", "--fix", "--dry-run");
        Assert.Equal(1, code);
        Assert.StartsWith("--- a/kubernetes.nix\n+++ b/kubernetes.nix\n@@ ", diff);
        Assert.Contains("\n-      \"--write-kubeconfig-mode=644\"\n", diff);
        Assert.Equal(before, File.ReadAllText(dry["kubernetes.nix"])); // nothing written

        Nixk3sProcess.RunIn(real.Path, "lint", ".", "--fix");
        var patchFile = Path.Combine(Path.GetTempPath(), $"nixk3s-{Guid.NewGuid():N}.patch");
        File.WriteAllText(patchFile, diff);
        try
        {
            var start = new ProcessStartInfo("patch", ["-p1", "--quiet", "-i", patchFile]) { WorkingDirectory = dry.Path, RedirectStandardOutput = true };
            using var patch = Process.Start(start)!;
            patch.WaitForExit();
            Assert.Equal(0, patch.ExitCode);
        }
        finally
        {
            File.Delete(patchFile);
        }
        foreach (var name in new[] { "configuration.nix", "kubernetes.nix", "networking.nix" })
            Assert.Equal(File.ReadAllText(real[name]), File.ReadAllText(dry[name]));
    }

    [Fact]
    public void AnIgnoreCommentSuppressesTheFinding()
    {
        using var folder = CopyOfCluster();
        var networking = File.ReadAllText(folder["networking.nix"]);
        File.WriteAllText(folder["networking.nix"], networking.Replace(
            "  networking.firewall.enable = lib.mkForce false;",
            "  # nixk3s-ignore K3S013 -- Cilium's host firewall filters this node\n  networking.firewall.enable = lib.mkForce false;"));

        var (_, output, _) = Nixk3sProcess.RunIn(folder.Path, "lint", ".", "--format", "errfmt");

        Assert.DoesNotContain("warning:K3S013", output);
        Assert.Contains("warning:K3S016", output);
    }

    [Fact]
    public void FixNeverTouchesAFileWithSyntaxErrors()
    {
        using var folder = new TempFolder();
        var text = "{ services.k3s = { enable = true; role = \"server\"; extraFlags = [ \"--write-kubeconfig-mode=644\" ] }; oops }\n";
        var file = folder.Write("host.nix", text);

        var (code, output, _) = Nixk3sProcess.RunIn(folder.Path, "lint", "host.nix", "--fix", "--format", "errfmt");

        Assert.Equal(1, code);
        Assert.Contains(":error:NIX", output);
        Assert.Equal(text, File.ReadAllText(file));
    }

    [Fact]
    public void ExplainKnowsTheK3sRules()
    {
        var (code, output, _) = Nixk3sProcess.Run("explain", "K3S016");
        Assert.Equal(0, code);
        Assert.StartsWith("K3S016: ", output);
        Assert.Contains("Default severity: warning", output);
        var (listCode, list, _) = Nixk3sProcess.Run("explain", "--list");
        Assert.Equal(0, listCode);
        for (int i = 1; i <= 25; i++) Assert.Contains($"K3S{i:D3}  ", list);
    }

    private static TempFolder CopyOfCluster()
    {
        var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(Cluster, "*.nix")) File.Copy(file, folder[Path.GetFileName(file)]);
        return folder;
    }

    /// <summary>For each file with fixes in the JSON report: the smallest range holding every fix edit.</summary>
    private static Dictionary<string, (int Start, int End)> FixSpans(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.TryGetProperty("fix", out _))
            .SelectMany(f => f.GetProperty("fix").GetProperty("edits").EnumerateArray())
            .Select(e => (Path: e.GetProperty("path").GetString()!, Start: e.GetProperty("offset").GetInt32(), End: e.GetProperty("offset").GetInt32() + e.GetProperty("length").GetInt32()))
            .GroupBy(e => e.Path)
            .ToDictionary(g => g.Key, g => (g.Min(e => e.Start), g.Max(e => e.End)));
    }
}
