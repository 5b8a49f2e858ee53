using System.Globalization;
using K3s.Modules.Linting.Flags;
using K3s.Modules.Reading;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S016: --write-kubeconfig-mode (or K3S_KUBECONFIG_MODE) readable by others.</summary>
internal sealed class KubeconfigModeRule() : LintRule("K3S016")
{
    internal const string SafeMode = "0640";
    internal const string Group = "wheel";

    public static bool GrantsOthersRead(string mode)
    {
        var digits = mode.Trim().Trim('"', '\'');
        if (digits.Length == 0 || digits.Any(c => c is < '0' or > '7')) return false;
        return (Convert.ToInt32(digits, 8) & 0x4) != 0;
    }

    public override void Analyze(HostFacts host, FindingSink sink)
    {
        foreach (var flag in host.Flags.Named("write-kubeconfig-mode"))
        {
            if (flag.Value is null || flag.HasUnknownPart || !GrantsOthersRead(flag.Value)) continue;
            sink.Report(DiagnosticSeverity.Warning,
                $"--write-kubeconfig-mode {flag.Value} makes the cluster-admin kubeconfig readable by every local user (k3s default is 600)",
                RuleHelpers.NodeOf(flag), flag.Definition.Location, Fix(host, flag));
        }
        foreach (var d in host.Get("systemd.services.k3s.environment.K3S_KUBECONFIG_MODE"))
            if (d.Value is NixString s && GrantsOthersRead(s.Value))
                sink.Report(DiagnosticSeverity.Warning, $"K3S_KUBECONFIG_MODE={s.Value} makes the admin kubeconfig readable by every local user", d);
    }

    private static LintFix? Fix(HostFacts host, FlagOccurrence flag)
    {
        var literal = RuleHelpers.LocateLiteral(flag);
        if (literal?.SyntaxTree is not { } tree || !RuleHelpers.IsSoleFlagLiteral(literal, flag)) return null;
        bool hasGroup = host.Flags.Has("write-kubeconfig-group");
        string replacement = flag.Definition.Value is NixList
            ? FixFactory.Quote("--write-kubeconfig-mode=" + SafeMode) + (hasGroup ? "" : " " + FixFactory.Quote("--write-kubeconfig-group=" + Group))
            : FixFactory.Quote("--write-kubeconfig-mode=" + SafeMode + (hasGroup ? "" : " --write-kubeconfig-group=" + Group));
        return FixFactory.Create(string.Create(CultureInfo.InvariantCulture, $"use mode {SafeMode} with --write-kubeconfig-group"), tree, FixFactory.Replace(literal, replacement));
    }
}
