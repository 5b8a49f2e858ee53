using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>
/// K3S000: no services.k3s definitions in the host (the host rules still run). Reported once per host, at
/// the start of its root file. A root that imports nothing, in a run that found other hosts too, is a
/// library module rather than a machine (home-manager's 3,400 module files are each such a root, listed
/// by a module list instead of <c>imports</c>), so it gets no K3S000; a run of one file still does.
/// </summary>
internal sealed class NoK3sModuleRule() : LintRule("K3S000")
{
    public override void Analyze(HostFacts host, FindingSink sink)
    {
        if (host.HasK3s || host.Host.Files.Count == 0) return;
        if (host.Host.Files.Count == 1 && host.HostsInRun > 1) return;
        var root = host.Host.Files[0];
        if (root.HasErrors) return;
        var location = Reading.SourceLocation.Of(root.Tree, new Nix.Syntax.Text.TextSpan(0, 0));
        sink.Report(DiagnosticSeverity.Info, $"no k3s module found (nothing defines services.k3s in the {host.Host.Files.Count} file(s) of this host); host rules still apply", location);
    }
}
