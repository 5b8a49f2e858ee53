using K3s.Modules.Linting.Flags;
using Nix.Syntax;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S001: items of disable/--disable that k3s does not know (and silently ignores).</summary>
internal sealed class InvalidDisableItemRule() : LintRule("K3S001")
{
    private static readonly Dictionary<string, string> Replacements = new(StringComparer.Ordinal)
    {
        ["flannel"] = "--flannel-backend=none",
        ["kube-proxy"] = "--disable-kube-proxy",
        ["network-policy"] = "--disable-network-policy",
        ["helm-controller"] = "--disable-helm-controller",
        ["cloud-controller"] = "--disable-cloud-controller",
        ["scheduler"] = "--disable-scheduler",
    };

    public override void Analyze(HostFacts host, FindingSink sink)
    {
        foreach (var (item, element, definition) in host.StringElements("services.k3s.disable", out _))
        {
            if (K3sFlagCatalog.DisableItems.Contains(item)) continue;
            Replacements.TryGetValue(item, out var replacement);
            var message = $"'{item}' is not a valid k3s --disable item (valid: coredns, servicelb, traefik, local-storage, metrics-server, runtimes); k3s ignores it silently"
                + (replacement is null ? "" : $"; use {replacement}");
            sink.Report(DiagnosticSeverity.Error, message, element.Syntax, definition.Location, FixTyped(host, element.Syntax as ExpressionSyntax, replacement));
        }
        foreach (var flag in host.Flags.Named("disable"))
        {
            if (flag.Value is null || flag.HasUnknownPart) continue;
            foreach (var item in flag.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (K3sFlagCatalog.DisableItems.Contains(item)) continue;
                Replacements.TryGetValue(item, out var replacement);
                var literal = RuleHelpers.LocateLiteral(flag);
                LintFix? fix = null;
                if (replacement is not null && literal?.SyntaxTree is { } tree && RuleHelpers.IsSoleFlagLiteral(literal, flag) && !flag.Value.Contains(','))
                    fix = FixFactory.Create($"replace {flag.Display} with {replacement}", tree, FixFactory.Replace(literal, FixFactory.Quote(replacement)));
                sink.Report(DiagnosticSeverity.Error,
                    $"'{item}' in {flag.Display} is not a valid --disable item; k3s ignores it silently" + (replacement is null ? "" : $"; use {replacement}"),
                    RuleHelpers.NodeOf(flag), flag.Definition.Location, fix);
            }
        }
    }

    private static LintFix? FixTyped(HostFacts host, ExpressionSyntax? element, string? replacement)
    {
        if (element?.SyntaxTree is not { } tree || element.Parent is not ListExpressionSyntax) return null;
        if (replacement is null) return FixFactory.Create($"remove {element}", tree, FixFactory.RemoveElement(element));
        var remove = FixFactory.RemoveElement(element);
        if (host.Flags.Has(replacement.TrimStart('-').Split('=')[0]))
            return FixFactory.Create($"remove {element} ({replacement} is already given)", tree, remove);
        var flags = RuleHelpers.ListLiteral(host.Host, "services.k3s.extraFlags");
        if (flags is null || flags.SyntaxTree != tree) return null;
        return FixFactory.Create($"replace {element} with {replacement}", tree, remove, FixFactory.AppendElement(flags, FixFactory.Quote(replacement)));
    }
}
