using K3s.Modules.Linting.Flags;
using K3s.Modules.Text;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S022: unknown (E), deprecated (W) flags; a leading -- inside --*-arg values (I).</summary>
internal sealed class UnknownFlagRule() : LintRule("K3S022")
{
    public override void Analyze(HostFacts host, FindingSink sink)
    {
        foreach (var flag in host.Flags.Flags)
        {
            if (flag.Name.Contains(ExecStartTokenizer.Hole) || flag.Name.Length == 0) continue;
            var node = RuleHelpers.NodeOf(flag);
            if (K3sFlagCatalog.Deprecated.TryGetValue(flag.Name, out var replacement))
            {
                sink.Report(DiagnosticSeverity.Warning, $"{flag.WrittenName} is deprecated or removed; use {replacement}", node, flag.Definition.Location);
                continue;
            }
            if (!K3sFlagCatalog.AllFlags.Contains(flag.Name))
            {
                var suggestion = K3sFlagCatalog.Suggest(flag.Name);
                sink.Report(DiagnosticSeverity.Error,
                    $"unknown k3s flag {flag.WrittenName}" + (suggestion is null ? "" : $"; did you mean --{suggestion}?"),
                    node, flag.Definition.Location, suggestion is null ? null : Rename(flag, suggestion));
                continue;
            }
            if (flag.Name == "flannel-backend" && flag.Value is "wireguard" or "ipsec")
                sink.Report(DiagnosticSeverity.Warning, $"--flannel-backend={flag.Value} was removed; use wireguard-native", node, flag.Definition.Location);
            if (K3sFlagCatalog.IsComponentArgument(flag.Name) && flag.Value is { } v && v.StartsWith("--", StringComparison.Ordinal))
                sink.Report(DiagnosticSeverity.Info, $"{flag.WrittenName}={flag.DisplayValue}: k3s strips the leading -- of the argument; write {flag.WrittenName}={flag.DisplayValue[2..]}", node, flag.Definition.Location);
        }
    }

    private static LintFix? Rename(FlagOccurrence flag, string suggestion)
    {
        var literal = RuleHelpers.LocateLiteral(flag);
        if (literal?.SyntaxTree is not { } tree || literal.HasInterpolations || literal.IsIndented || literal.GetValueText() is not { } text) return null;
        int at = text.IndexOf(flag.WrittenName, StringComparison.Ordinal);
        if (at < 0) return null;
        var renamed = text[..at] + "--" + suggestion + text[(at + flag.WrittenName.Length)..];
        return FixFactory.Create($"rename {flag.WrittenName} to --{suggestion}", tree, FixFactory.Replace(literal, FixFactory.Quote(renamed)));
    }
}
