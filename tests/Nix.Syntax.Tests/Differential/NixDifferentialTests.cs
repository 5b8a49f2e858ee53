namespace Nix.Syntax.Tests.Differential;

/// <summary>
/// The real peer: on every file of the corpus, Nix.Syntax reports an error exactly when Nix 2.8's parser
/// reports a syntax-level one. (Pipe files are left out: Nix 2.8 predates <c>|&gt;</c> and <c>&lt;|</c>.)
/// </summary>
public class NixDifferentialTests
{
    [NixInstalledFact]
    public void CorpusVerdictsAgreeWithNix()
    {
        var files = TestPaths.NixFiles("valid").Concat(TestPaths.NixFiles("invalid")).ToList();
        var disagreements = Disagreements(files);
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.True(files.Count > 300);
    }

    internal static List<string> Disagreements(IReadOnlyList<string> files)
    {
        var disagreements = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 4 }, file =>
        {
            var nix = NixInstantiate.ParseError(file);
            bool nixRejects = NixInstantiate.IsSyntaxLevel(nix);
            var ours = NixSyntaxTree.ParseFile(file).GetDiagnostics().Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).ToList();
            if (nixRejects != ours.Count > 0)
                disagreements.Add($"{file}: Nix says {nix ?? "ok"}; we say {(ours.Count == 0 ? "ok" : string.Join("; ", ours))}");
        });
        return disagreements.Order(StringComparer.Ordinal).ToList();
    }
}
