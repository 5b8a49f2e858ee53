using K3s.Modules.Reading;
using Nix.Syntax;
using Nix.Syntax.Diagnostics;
using Nix.Syntax.Text;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S014: nftables firewall together with iptables extraCommands.</summary>
internal sealed class NftablesExtraCommandsRule() : LintRule("K3S014")
{
    private const string Message = "networking.firewall.extraCommands (iptables) with the nftables firewall: nixpkgs rejects this once the firewall is enabled; use networking.firewall.extraInputRules";

    public override void Analyze(HostFacts host, FindingSink sink)
    {
        var nftables = host.Host.GetEffective(HostFacts.PathOf("networking.nftables.enable")).Value is NixBool { Value: true }
            || host.Host.GetEffective(HostFacts.PathOf("networking.firewall.backend")).Value is NixString { Value: "nftables" };
        if (!nftables) return;
        var inputRules = host.Get("networking.firewall.extraInputRules");
        foreach (var d in host.Get("networking.firewall.extraCommands"))
        {
            if (d.Value is NixString { Value: var text } && string.IsNullOrWhiteSpace(text)) continue;
            var fix = Translate(d, inputRules, out var reason);
            sink.Report(DiagnosticSeverity.Warning, fix is null && reason is not null ? $"{Message} (no automatic fix: {reason})" : Message,
                d.Binding ?? d.Value.Syntax, d.Location, fix);
        }
    }

    /// <summary>
    /// Renames the binding to extraInputRules and rewrites each iptables line of its string literal into
    /// nftables (<see cref="IptablesTranslator"/>), keeping the string's form and indentation. No fix when
    /// a line has no translation, the string is built, or the same file already sets extraInputRules.
    /// </summary>
    private static LintFix? Translate(OptionDefinition d, IReadOnlyList<OptionDefinition> inputRules, out string? reason)
    {
        reason = null;
        if (d.Binding is not AttrPathValueSyntax binding || binding.SyntaxTree is not { } tree) return null;
        var names = binding.AttrPath.Names;
        var last = names[names.Count - 1];
        if (last.ToString().Trim() != "extraCommands") return null;
        var literal = StringArgument(binding.Value);
        if (literal is null || literal.HasInterpolations) { reason = "the commands are not one string literal"; return null; }
        if (inputRules.Any(r => (r.Binding ?? r.Value.Syntax)?.SyntaxTree == tree)) { reason = "this file already sets extraInputRules"; return null; }
        var inner = TextSpan.FromBounds(literal.OpenQuoteToken.Span.End, literal.CloseQuoteToken.Span.Start);
        var raw = tree.Text.Text.Substring(inner.Start, inner.Length);
        // Escapes would change meaning when lines are rewritten; the rule shapes never need them.
        if (raw.Contains('\\') || raw.Contains("''", StringComparison.Ordinal) || raw.Contains('"') && !literal.IsIndented) { reason = "the string has escapes"; return null; }
        var translated = IptablesTranslator.TranslateText(raw, out var untranslated);
        if (translated is null) { reason = $"'{untranslated}' is not an iptables rule shape nixk3s translates"; return null; }
        if (!literal.IsIndented) translated = translated.Replace("\"", "\\\"", StringComparison.Ordinal);
        return FixFactory.Create("translate extraCommands to nftables extraInputRules", tree,
            FixFactory.Replace(last, "extraInputRules"), (inner, translated));
    }

    /// <summary>The string literal a value is, possibly under priority/order wrappers (<c>lib.mkAfter ''…''</c>).</summary>
    private static StringExpressionSyntax? StringArgument(ExpressionSyntax value)
    {
        while (true)
        {
            switch (value)
            {
                case StringExpressionSyntax s: return s;
                case ParenthesizedExpressionSyntax p: value = p.Expression; continue;
                case ApplyExpressionSyntax apply when apply.Function.ToString().Trim() is "mkAfter" or "mkBefore" or "mkForce" or "mkDefault" or "lib.mkAfter" or "lib.mkBefore" or "lib.mkForce" or "lib.mkDefault":
                    value = apply.Argument; continue;
                default: return null;
            }
        }
    }
}
