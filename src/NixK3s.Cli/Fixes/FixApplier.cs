using Nix.Syntax;
using Nix.Syntax.Diagnostics;
using NixK3s.Cli.Lint;

namespace NixK3s.Cli.Fixes;

/// <summary>The new text of one file after its fixes, and how many fixes went in.</summary>
internal sealed record FixedFile(ParsedFile File, string OldText, string NewText, int FixCount);

/// <summary>
/// Applies the findings' fixes in memory. Each fix is a set of text edits on the syntax tree's spans, so everything
/// outside the edited spans stays byte for byte. A fix is all or nothing: if one of its edits overlaps an edit
/// already taken, or touches a file with syntax errors, the whole fix is left out. A file whose fixed text no
/// longer parses cleanly is left alone.
/// </summary>
internal static class FixApplier
{
    /// <summary>The files that change, in path order, and the fixes that were left out (with the reason).</summary>
    public static (IReadOnlyList<FixedFile> Files, IReadOnlyList<(Finding Finding, string Reason)> Skipped) Apply(LintReport report, IReadOnlyList<ParsedFile> files)
    {
        var byPath = files.Where(f => f.Tree is not null).ToDictionary(f => f.DisplayPath, StringComparer.Ordinal);
        var accepted = new Dictionary<string, List<TextEdit>>(StringComparer.Ordinal);
        var fixCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var skipped = new List<(Finding, string)>();
        foreach (var finding in report.Findings)
        {
            if (finding.Fix is not { } fix) continue;
            string? reason = null;
            foreach (var edit in fix.Edits)
            {
                if (!byPath.TryGetValue(edit.Region.Path, out var file)) reason = $"{edit.Region.Path} was not linted";
                else if (file.HasSyntaxErrors) reason = $"{edit.Region.Path} has syntax errors";
                else if (accepted.TryGetValue(edit.Region.Path, out var taken) && taken.Any(t => Overlaps(t, edit))) reason = "it overlaps another fix";
                if (reason is not null) break;
            }
            if (reason is not null)
            {
                skipped.Add((finding, reason));
                continue;
            }
            foreach (var edit in fix.Edits)
            {
                if (!accepted.TryGetValue(edit.Region.Path, out var list)) accepted[edit.Region.Path] = list = [];
                list.Add(edit);
            }
            foreach (var path in fix.Edits.Select(e => e.Region.Path).Distinct()) fixCounts[path] = fixCounts.GetValueOrDefault(path) + 1;
        }

        var result = new List<FixedFile>();
        foreach (var (path, edits) in accepted.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var file = byPath[path];
            var oldText = file.Tree!.Text.Text;
            var newText = ApplyEdits(oldText, edits);
            if (newText == oldText) continue;
            if (NixSyntaxTree.ParseText(newText, path).GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                foreach (var finding in report.Findings.Where(f => f.Fix?.Edits.Any(e => e.Region.Path == path) == true))
                    skipped.Add((finding, "the fixed text would not parse"));
                continue;
            }
            result.Add(new FixedFile(file, oldText, newText, fixCounts[path]));
        }
        return (result, skipped);
    }

    /// <summary>Applies non-overlapping edits to <paramref name="text"/>.</summary>
    public static string ApplyEdits(string text, IEnumerable<TextEdit> edits)
    {
        var builder = new System.Text.StringBuilder(text);
        // From the end, so earlier offsets stay valid.
        foreach (var edit in edits.OrderByDescending(e => e.Region.Offset).ThenByDescending(e => e.Region.Length))
            builder.Remove(edit.Region.Offset, edit.Region.Length).Insert(edit.Region.Offset, edit.NewText);
        return builder.ToString();
    }

    private static bool Overlaps(TextEdit a, TextEdit b)
    {
        int aEnd = a.Region.Offset + a.Region.Length, bEnd = b.Region.Offset + b.Region.Length;
        // Two insertions at the same point also conflict: their order would be arbitrary.
        if (a.Region.Offset == b.Region.Offset) return true;
        return a.Region.Offset < bEnd && b.Region.Offset < aEnd;
    }
}
