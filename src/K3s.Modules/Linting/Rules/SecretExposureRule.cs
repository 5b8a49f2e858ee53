using K3s.Modules.Reading;
using Nix.Syntax;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S015: tokens in the store or on the command line.</summary>
internal sealed class SecretExposureRule() : LintRule("K3S015")
{
    public override void Analyze(HostFacts host, FindingSink sink)
    {
        foreach (var option in new[] { "token", "agentToken" })
            foreach (var d in host.K3sDefinitions(option))
            {
                if (d.Value is NixString { Value: "" } or NixNull) continue;
                if (d.Value is not (NixString or NixStringPattern)) continue;
                sink.Report(DiagnosticSeverity.Error,
                    $"services.k3s.{option} puts the secret in the world-readable Nix store and on the command line; use {option}File from sops-nix or agenix",
                    d, FixToFile(d, option));
            }
        foreach (var flag in host.Flags.Flags.Where(f => f.Name is "token" or "agent-token" or "vpn-auth"))
            sink.Report(DiagnosticSeverity.Error, $"{flag.WrittenName} in extraFlags exposes the secret in the store and the process list; use tokenFile/--{flag.Name}-file", RuleHelpers.NodeOf(flag), flag.Definition.Location);
        foreach (var option in new[] { "tokenFile", "agentTokenFile", "environmentFile" })
            foreach (var d in host.K3sDefinitions(option))
            {
                string? why = d.Value switch
                {
                    NixPath { Text: var t } when !t.StartsWith('/') => $"the path literal {t} is copied into the world-readable Nix store",
                    NixStringPattern p when p.Parts.Any(part => part.Hole?.Syntax is PathExpressionSyntax || (part.Hole?.Syntax?.ToString() ?? "").Contains("self", StringComparison.Ordinal)) =>
                        $"{p.Display} is a store path: the secret lands in the world-readable Nix store",
                    _ => null,
                };
                if (why is not null) sink.Report(DiagnosticSeverity.Error, $"services.k3s.{option}: {why}; point it at a runtime secret (config.sops.secrets.<name>.path)", d);
            }
    }

    private static LintFix? FixToFile(OptionDefinition d, string option)
    {
        if (d.Binding is not AttrPathValueSyntax binding || binding.SyntaxTree is not { } tree) return null;
        var last = binding.AttrPath.Names[binding.AttrPath.Names.Count - 1];
        if (last.GetStaticName() != option) return null;
        return FixFactory.Create($"replace {option} with {option}File (placeholder secret path)", tree,
            FixFactory.Replace(last, option + "File"),
            FixFactory.Replace(binding.Value, "config.sops.secrets.k3s-" + (option == "token" ? "token" : "agent-token") + ".path"));
    }
}
