using K3s.Modules.Reading;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S025: impermanence without the k3s state directories.</summary>
internal sealed class ImpermanenceRule() : LintRule("K3S025")
{
    public override void Analyze(HostFacts host, FindingSink sink)
    {
        if (!host.HasK3s) return;
        var persistence = host.Host.Under(OptionPaths.Persistence).Where(d => d.Path.Last == "directories").ToList();
        var den = host.Host.FrameworkDefinitions.Where(d => d.Path.Last == "directories" && d.Path.Segments.Contains("persist")).ToList();
        var all = persistence.Concat(den).ToList();
        if (all.Count == 0) return;
        var directories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in all)
        {
            if (d.Value is not NixList list) return; // unknown: never guess
            foreach (var (v, _) in list.ElementsWithConditions())
            {
                if (v is NixString s) directories.Add(s.Value.TrimEnd('/'));
                else if (v is NixAttrSet set && set.Get("directory")?.Value is NixString dir) directories.Add(dir.Value.TrimEnd('/'));
                else return;
            }
        }
        // An external runtime's /var/lib/containerd often is its own dataset (sini), so only k3s's own state is required.
        var required = new List<string> { "/var/lib/rancher", "/etc/rancher", "/var/lib/kubelet" };
        var missing = required.Where(r => !directories.Any(d => r == d || r.StartsWith(d + "/", StringComparison.Ordinal))).ToArray();
        if (missing.Length == 0) return;
        var anchor = all[0];
        var listSyntax = RuleHelpers.ListLiteral(anchor);
        LintFix? fix = listSyntax?.SyntaxTree is { } tree
            ? FixFactory.Create("persist " + string.Join(", ", missing), tree, FixFactory.AppendElement(listSyntax, string.Join(" ", missing.Select(FixFactory.Quote))))
            : null;
        sink.Report(DiagnosticSeverity.Info, $"impermanence is used but {string.Join(", ", missing)} are not persisted: the node loses its k3s state on reboot", anchor, fix);
    }
}
