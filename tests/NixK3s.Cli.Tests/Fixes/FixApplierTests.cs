using Nix.Syntax.Diagnostics;
using Nix.Syntax.Text;
using NixK3s.Cli.Fixes;
using NixK3s.Cli.Lint;

namespace NixK3s.Cli.Tests.Fixes;

/// <summary>Fixes as text edits: the rest of the file byte for byte, all-or-nothing fixes, never on files with syntax errors.</summary>
public class FixApplierTests
{
    private const string Text = "# keep   this  odd spacing\r\n{\n  a =   \"644\";  # and this\n\tb = [ \"x\" \"y\" ];\n}\n";

    [Fact]
    public void OnlyTheEditedSpansChange()
    {
        using var folder = new TempFolder();
        var file = Parsed(folder, "a.nix", Text);
        var report = Report(file, Fix(file, "\"644\"", "\"0640\""), Fix(file, "\"y\"", "\"z\" \"w\""));

        var (files, skipped) = FixApplier.Apply(report, [file]);

        Assert.Empty(skipped);
        var fixedFile = Assert.Single(files);
        Assert.Equal(2, fixedFile.FixCount);
        Assert.Equal(Text.Replace("\"644\"", "\"0640\"").Replace("\"y\"", "\"z\" \"w\""), fixedFile.NewText);
    }

    [Fact]
    public void OverlappingFixesAreAllOrNothing()
    {
        using var folder = new TempFolder();
        var file = Parsed(folder, "a.nix", Text);
        var first = Fix(file, "\"644\"", "\"0640\"");
        var overlapping = Fix(file, "a =   \"644\"", "a = \"600\"");
        var report = Report(file, first, overlapping);

        var (files, skipped) = FixApplier.Apply(report, [file]);

        // Fixes are taken in report order (by position): the one starting at "a =" wins, the inner one is left out.
        Assert.Equal(Text.Replace("a =   \"644\"", "a = \"600\""), Assert.Single(files).NewText);
        Assert.Equal("it overlaps another fix", Assert.Single(skipped).Reason);
    }

    [Fact]
    public void FilesWithSyntaxErrorsAreNeverFixed()
    {
        using var folder = new TempFolder();
        var file = Parsed(folder, "a.nix", "{ a = \"644\" b = 1; }\n");
        var report = Report(file, Fix(file, "\"644\"", "\"0640\""));

        var (files, skipped) = FixApplier.Apply(report, [file]);

        Assert.Empty(files);
        Assert.Contains("has syntax errors", Assert.Single(skipped).Reason);
    }

    [Fact]
    public void AFixThatWouldBreakTheSyntaxIsNotApplied()
    {
        using var folder = new TempFolder();
        var file = Parsed(folder, "a.nix", Text);
        var report = Report(file, Fix(file, "\"644\"", "\"0640"));

        var (files, skipped) = FixApplier.Apply(report, [file]);

        Assert.Empty(files);
        Assert.Equal("the fixed text would not parse", Assert.Single(skipped).Reason);
    }

    private static ParsedFile Parsed(TempFolder folder, string name, string text) => ParsedFile.Read(folder.Write(name, text));

    private static Finding Fix(ParsedFile file, string oldText, string newText)
    {
        var text = file.Tree!.Text;
        var region = SourceRegion.FromSpan(file.DisplayPath, text, text.Text.IndexOf(oldText, StringComparison.Ordinal), oldText.Length);
        return new Finding("K3S016", DiagnosticSeverity.Warning, "test finding", region, new FindingFix($"replace {oldText}", [new TextEdit(region, newText)]));
    }

    private static LintReport Report(ParsedFile file, params Finding[] findings) =>
        new(findings, new Dictionary<string, SourceText> { [file.DisplayPath] = file.Tree!.Text }, [], 1);
}
