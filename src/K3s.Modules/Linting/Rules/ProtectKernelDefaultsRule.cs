using K3s.Modules.Reading;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S009: --protect-kernel-defaults without the kubelet's tunables.</summary>
internal sealed class ProtectKernelDefaultsRule() : LintRule("K3S009")
{
    private static readonly (string Key, long Value)[] Required = [("vm.overcommit_memory", 1), ("vm.panic_on_oom", 0), ("kernel.panic", 10), ("kernel.panic_on_oops", 1)];

    public override void Analyze(HostFacts host, FindingSink sink)
    {
        var flag = host.Flags.Named("protect-kernel-defaults").FirstOrDefault(f => f.Value == "true");
        var typed = host.K3sDefinitions("extraKubeletConfig.protectKernelDefaults").FirstOrDefault(d => d.Value is NixBool { Value: true });
        if (flag is null && typed is null) return;
        var sysctls = host.Sysctls;
        var wrong = Required.Where(r => !sysctls.Contains(r.Key) || sysctls[r.Key].All(d => d.Value is NixInteger n && n.Value != r.Value)).ToList();
        if (wrong.Count == 0) return;
        var text = string.Join(", ", wrong.Select(w => $"{w.Key}={w.Value}"));
        var message = $"protect-kernel-defaults makes the kubelet fail unless {text} are set in boot.kernel.sysctl";
        // Only keys that are absent are added; a key set to another value is left for the user to change.
        var absent = wrong.Where(w => !sysctls.Contains(w.Key)).ToList();
        var fix = absent.Count == wrong.Count
            ? RuleHelpers.AddSysctls(host, "add " + text + " to boot.kernel.sysctl", absent.Select(w => (w.Key, w.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray())
            : null;
        if (flag is not null) sink.Report(DiagnosticSeverity.Error, message, RuleHelpers.NodeOf(flag), flag.Definition.Location, fix);
        else sink.Report(DiagnosticSeverity.Error, message, typed!, fix);
    }
}
