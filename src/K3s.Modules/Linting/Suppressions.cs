using System.Text.RegularExpressions;
using K3s.Modules.Reading;
using Nix.Syntax;

namespace K3s.Modules.Linting;

/// <summary>
/// <c># nixk3s-ignore K3S016</c> (ids separated by spaces or commas; none means every rule) on the line of
/// a finding, on the line before it, or on the line before the binding that contains it.
/// </summary>
internal static partial class Suppressions
{
    [GeneratedRegex(@"nixk3s-ignore(?<ids>(?:[\s,]+[A-Z][A-Za-z0-9]*[0-9])*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Directive();

    /// <summary>For each line (0-based) with a directive, the ids it names (empty: all).</summary>
    public static Dictionary<int, HashSet<string>> Collect(NixSyntaxTree tree)
    {
        var result = new Dictionary<int, HashSet<string>>();
        // Most files have no directive: then the walk over every token's trivia is not needed.
        if (tree.Text.Text.IndexOf("nixk3s-ignore", StringComparison.OrdinalIgnoreCase) < 0) return result;
        foreach (var trivia in tree.GetRoot().DescendantTrivia())
        {
            if (trivia.Kind is not (NixSyntaxKind.SingleLineCommentTrivia or NixSyntaxKind.MultiLineCommentTrivia)) continue;
            var text = trivia.ToString();
            var match = Directive().Match(text);
            if (!match.Success) continue;
            var ids = match.Groups["ids"].Value.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
            int line = tree.Text.GetLinePosition(trivia.Span.Start).Line;
            if (!result.TryGetValue(line, out var set)) result[line] = set = new(StringComparer.OrdinalIgnoreCase);
            foreach (var id in ids) set.Add(id);
            if (ids.Length == 0) set.Add("*");
        }
        return result;
    }

    public static bool IsSuppressed(LintFinding finding, NixSyntaxTree tree, Dictionary<int, HashSet<string>> directives)
    {
        if (directives.Count == 0) return false;
        bool Matches(int line) => directives.TryGetValue(line, out var ids) && (ids.Contains("*") || ids.Contains(finding.RuleId));
        int start = finding.Location.StartLine - 1;
        if (Matches(start) || Matches(start - 1)) return true;
        var token = tree.GetRoot().FindToken(Math.Clamp(finding.Location.Span.Start, 0, Math.Max(0, tree.Text.Length - 1)));
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            if (node is not BindingSyntax) continue;
            int line = tree.Text.GetLinePosition(node.SpanStart).Line;
            if (Matches(line) || Matches(line - 1)) return true;
        }
        return false;
    }
}
