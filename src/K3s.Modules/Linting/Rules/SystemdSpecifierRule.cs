using System.Text;
using K3s.Modules.Text;
using Nix.Syntax;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S017: % or $ in extraFlags, which systemd expands in ExecStart.</summary>
internal sealed class SystemdSpecifierRule() : LintRule("K3S017")
{
    internal static bool HasUnescaped(string text, char c)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != c) continue;
            if (i + 1 < text.Length && text[i + 1] == c) { i++; continue; }
            return true;
        }
        return false;
    }

    public override void Analyze(HostFacts host, FindingSink sink)
    {
        foreach (var flag in host.Flags.Flags)
        {
            var text = flag.Raw.Replace(ExecStartTokenizer.Hole.ToString(), "");
            bool percent = HasUnescaped(text, '%');
            bool dollar = HasUnescaped(text, '$');
            if (!percent && !dollar) continue;
            var what = percent && dollar ? "'%' and '$'" : percent ? "'%' (a systemd specifier)" : "'$' (systemd variable expansion)";
            var literal = RuleHelpers.LocateLiteral(flag);
            LintFix? fix = null;
            if (literal?.SyntaxTree is { } tree && !literal.HasInterpolations && !literal.IsIndented && literal.GetValueText() is { } value)
                fix = FixFactory.Create("double % and $ for systemd", tree, FixFactory.Replace(literal, FixFactory.Quote(Escape(value))));
            sink.Report(DiagnosticSeverity.Error, $"{flag.Display} contains {what}: nixpkgs does not escape extraFlags, so systemd expands it in ExecStart (write %% or $$)", literal ?? RuleHelpers.NodeOf(flag), flag.Definition.Location, fix);
        }
    }

    private static string Escape(string value)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c is '%' or '$')
            {
                if (i + 1 < value.Length && value[i + 1] == c) { sb.Append(c).Append(c); i++; continue; }
                sb.Append(c).Append(c);
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
