using System.Text.RegularExpressions;
using K3s.Modules.Reading;
using K3s.Modules.Text;
using Nix.Syntax;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S020: serverAddr/--server not https://host:port.</summary>
internal sealed partial class ServerAddressRule() : LintRule("K3S020")
{
    [GeneratedRegex(@":[0-9]+/?$", RegexOptions.CultureInvariant)]
    private static partial Regex PortSuffix();

    /// <summary>What is wrong with an address, or null; <paramref name="prefix"/>/<paramref name="suffix"/> are the known text at each end (null: unknown).</summary>
    internal static string? Problem(string? prefix, string? suffix, bool wholeKnown)
    {
        if (prefix is { Length: > 0 })
        {
            if (prefix.StartsWith("http://", StringComparison.Ordinal)) return "uses http:// (k3s serves https)";
            if (!prefix.StartsWith("https://", StringComparison.Ordinal) && !(!wholeKnown && "https://".StartsWith(prefix, StringComparison.Ordinal)))
                return "has no https:// scheme";
        }
        if (suffix is { Length: > 0 } && !PortSuffix().IsMatch(suffix)) return "has no port (k3s listens on :6443)";
        return null;
    }

    public override void Analyze(HostFacts host, FindingSink sink)
    {
        foreach (var d in host.K3sDefinitions("serverAddr"))
        {
            string? problem = d.Value switch
            {
                NixString { Value: "" } => null,
                NixString s => Problem(s.Value, s.Value, true),
                NixStringPattern p => Problem(p.Parts[0].Text, p.Parts[^1].Text, false),
                _ => null,
            };
            if (problem is null) continue;
            LintFix? fix = null;
            if (d.Value is NixString known && d.Value.Syntax is StringExpressionSyntax literal && literal.SyntaxTree is { } tree)
                fix = FixFactory.Create("normalise to https://host:6443", tree, FixFactory.Replace(literal, FixFactory.Quote(Normalise(known.Value))));
            sink.Report(DiagnosticSeverity.Error, $"serverAddr {d.Value.Display} {problem}; expected https://<server>:6443", d, fix);
        }
        foreach (var flag in host.Flags.Named("server"))
        {
            if (flag.Value is null) continue;
            var parts = flag.Value.Split(ExecStartTokenizer.Hole);
            var problem = Problem(parts[0], parts[^1], parts.Length == 1);
            if (problem is not null)
                sink.Report(DiagnosticSeverity.Error, $"{flag.Display} {problem}; expected https://<server>:6443", RuleHelpers.NodeOf(flag), flag.Definition.Location);
        }
    }

    internal static string Normalise(string address)
    {
        var a = address.Trim();
        if (a.StartsWith("http://", StringComparison.Ordinal)) a = a["http://".Length..];
        if (!a.StartsWith("https://", StringComparison.Ordinal)) a = "https://" + a;
        a = a.TrimEnd('/');
        var host = a["https://".Length..];
        if (!PortSuffix().IsMatch(host) || (host.StartsWith('[') && !host.Contains("]:"))) a += ":6443";
        return a;
    }
}
