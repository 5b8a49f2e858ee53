using K3s.Modules.Linting;
using K3s.Modules.Tests.Reading;
using Nix.Syntax;
using Nix.Syntax.Diagnostics;

namespace K3s.Modules.Tests.Linting;

/// <summary>Lints fixtures or inline files written to a fresh temporary directory.</summary>
internal static class LintHarness
{
    public static LintResult Fixture(string directory) => Linter.Lint([FixturePaths.Of(directory)]);

    public static LintResult Text(string text, LintOptions? options = null) => Files(options, ("host.nix", text));

    public static LintResult Files(LintOptions? options, params (string Name, string Text)[] files)
    {
        var dir = Directory.CreateTempSubdirectory("nixk3s-lint-").FullName;
        try
        {
            foreach (var (name, text) in files)
            {
                var path = Path.Combine(dir, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }
            return Linter.Lint([dir], options);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    public static IEnumerable<LintFinding> Of(this LintResult result, string rule) => result.Findings.Where(f => f.RuleId == rule);

    public static IEnumerable<LintFinding> Of(this LintResult result, string rule, DiagnosticSeverity severity) => result.Of(rule).Where(f => f.Severity == severity);

    /// <summary>Applies a fix to the original text and checks that the result parses and that only the edited span changed.</summary>
    public static string Apply(LintFix fix, string original)
    {
        var edit = Assert.Single(fix.Edits);
        var result = original[..edit.Span.Start] + edit.NewText + original[edit.Span.End..];
        Assert.Equal(result, Assert.Single(fix.NewTexts).Value);
        Assert.False(NixSyntaxTree.ParseText(result).HasErrors, result);
        Assert.Equal(original[..edit.Span.Start], result[..edit.Span.Start]);
        Assert.Equal(original[edit.Span.End..], result[(edit.Span.Start + edit.NewText.Length)..]);
        return result;
    }
}
