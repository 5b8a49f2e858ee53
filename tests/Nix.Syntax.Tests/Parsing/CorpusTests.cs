using Nix.Syntax.Diagnostics;

namespace Nix.Syntax.Tests.Parsing;

/// <summary>
/// The hand-written corpus in TestData: every file round-trips; files Nix 2.8 accepts parse without errors;
/// files it rejects as syntax errors get at least one error; and each file's tree matches its golden dump
/// (TestData/**/*.tree; re-bless with UPDATE_SNAPSHOTS=1 after an intended change).
/// </summary>
public class CorpusTests
{
    public static TheoryData<string> AllFiles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "valid", "invalid", "valid-pipes", "invalid-pipes" })
            foreach (var file in TestPaths.NixFiles(folder)) data.Add(TestPaths.Relative(file));
        return data;
    }

    /// <summary>nix28-verdicts.tsv: path, verdict (ok, syntax-error, other-error), Nix's message.</summary>
    public static IReadOnlyDictionary<string, (string Verdict, string Message)> Verdicts { get; } =
        File.ReadLines(Path.Combine(TestPaths.TestData, "nix28-verdicts.tsv"))
            .Select(line => line.Split('\t'))
            .ToDictionary(f => f[0], f => (f[1], f.Length > 2 ? f[2] : ""));

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void FileRoundTrips(string file)
    {
        var tree = NixSyntaxTree.ParseFile(Path.Combine(TestPaths.TestData, file));
        Assert.Equal(tree.Text.Text, tree.GetRoot().ToFullString());
        Assert.Equal(tree.Text.Length, tree.GetRoot().FullSpan.Length);
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void FileMatchesItsGoldenTree(string file)
    {
        var path = Path.Combine(TestPaths.TestData, file);
        var tree = NixSyntaxTree.ParseFile(path);
        var actual = SyntaxTreeDumper.Dump(tree.GetRoot())
            + string.Concat(tree.GetDiagnostics().Select(d => $"{d.Severity.ToString().ToLowerInvariant()} {d.Id} {d.Location.Line}:{d.Location.Column} {d.Message}\n"));
        var golden = Path.ChangeExtension(path, ".tree");
        if (TestPaths.UpdateSnapshots || !File.Exists(golden))
        {
            File.WriteAllText(golden, actual);
            if (!TestPaths.UpdateSnapshots) Assert.Fail($"No golden file for {file}: wrote {TestPaths.Relative(golden)}; review and commit it.");
            return;
        }
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void VerdictMatchesNix(string file)
    {
        var tree = NixSyntaxTree.ParseFile(Path.Combine(TestPaths.TestData, file));
        var errors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (file.StartsWith("valid", StringComparison.Ordinal))
        {
            Assert.True(errors.Count == 0, $"{file}: Nix accepts it, but: {string.Join("; ", errors)}");
            return;
        }
        if (file.StartsWith("invalid-pipes", StringComparison.Ordinal) || Verdicts[file].Verdict == "syntax-error")
        {
            Assert.True(errors.Count > 0, $"{file}: Nix reports a syntax error ({Verdicts.GetValueOrDefault(file).Message}), we report none");
            return;
        }
        // Parse-time errors of Nix that are not syntax errors: the lexical ones come from our parser, the
        // binder ones (duplicate attributes, duplicate formals, dynamic attributes in let/inherit) from our
        // binder, each with its own kind of diagnostic.
        var message = Verdicts[file].Message;
        if (message.Contains("invalid integer") || message.Contains("invalid float") || message.Contains("trailing slash"))
            Assert.True(errors.Count > 0, $"{file}: Nix says '{message}', we report nothing");
        else if (NixInstantiate.IsBinderLevel(message))
            Assert.True(errors.Count > 0 && errors.All(e => e.Id.StartsWith("NIX3", StringComparison.Ordinal)),
                $"{file}: Nix's binder says '{message}', we report {(errors.Count == 0 ? "nothing" : string.Join("; ", errors))}");
        else
            Assert.Fail($"{file}: an error of Nix ('{message}') the corpus checks do not know");
    }
}
