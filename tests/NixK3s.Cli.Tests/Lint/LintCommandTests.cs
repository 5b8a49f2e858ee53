namespace NixK3s.Cli.Tests.Lint;

/// <summary>
/// <c>nixk3s lint</c> as a process: exit codes 0/1/2, syntax errors in the same channel as rule findings, the config
/// file, .gitignore, and no progress noise on a redirected standard error.
/// </summary>
public class LintCommandTests
{
    // Not a k3s module: the K3S rules have at most an info to say about it (K3S000), never an error.
    private const string Clean = "{ networking.hostName = \"a\"; }\n";
    private const string Broken = "{ a = 1 b = 2; }\n";
    private const string PipeWarning = "{ x = [ 1 ] |> builtins.length; }\n";

    [Fact]
    public void CleanFilesGiveExitCodeZero()
    {
        using var folder = new TempFolder();
        folder.Write("a.nix", Clean);
        var (code, output, error) = Nixk3sProcess.RunIn(folder.Path, "lint", ".");
        Assert.Equal(0, code);
        Assert.DoesNotContain("error", output);
        Assert.EndsWith(" in 1 file\n", output);
        Assert.Equal("", error);
    }

    [Fact]
    public void AFileThatDoesNotParseIsReportedAndTheRunGoesOn()
    {
        using var folder = new TempFolder();
        folder.Write("a.nix", Clean);
        folder.Write("b.nix", Broken);
        folder.Write("c.nix", PipeWarning);
        var (code, output, error) = Nixk3sProcess.RunIn(folder.Path, "lint", ".", "--format", "errfmt");
        Assert.Equal(1, code);
        Assert.Equal(
            "b.nix>1:8:error:NIX1002:Expected ';' before identifier 'b'\n" +
            "c.nix>1:13:warning:NIX2002:'|>' needs Nix's experimental feature 'pipe-operators' (Nix 2.24 and later)\n",
            SyntaxLines(output));
        Assert.Equal("", error);
    }

    [Fact]
    public void WarningsAloneGiveExitCodeZero()
    {
        using var folder = new TempFolder();
        folder.Write("c.nix", PipeWarning);
        var (code, output, _) = Nixk3sProcess.RunIn(folder.Path, "lint", "c.nix");
        Assert.Equal(0, code);
        Assert.Contains("warning[NIX2002]", output);
    }

    [Fact]
    public void TheConfigFileChangesSeveritiesDisablesRulesAndIgnoresPaths()
    {
        using var folder = new TempFolder();
        folder.Write("hosts/c.nix", PipeWarning);
        folder.Write("hosts/legacy/b.nix", Broken);
        folder.Write(".nixk3s.json", """{ "rules": { "NIX2002": "error" }, "ignore": [ "legacy/" ] }""");
        var (code, output, _) = Nixk3sProcess.RunIn(folder.Path, "lint", "hosts", "--format", "errfmt");
        Assert.Equal(1, code);
        Assert.Equal("hosts/c.nix>1:13:error:NIX2002:'|>' needs Nix's experimental feature 'pipe-operators' (Nix 2.24 and later)\n", SyntaxLines(output));
        Assert.DoesNotContain("legacy", output);

        // Found by walking up from the linted folder; --no-config turns it off.
        folder.Write("hosts/.nixk3s.json", """{ "disable": [ "NIX2002", "K3S000" ] }""");
        Assert.Equal((0, "no problems in 1 file\n"), Pick(Nixk3sProcess.RunIn(folder.Path, "lint", "hosts/c.nix")));
        Assert.Equal(1, Nixk3sProcess.RunIn(folder.Path, "lint", "hosts", "--no-config").ExitCode);
    }

    [Fact]
    public void GitIgnoredFilesAreSkipped()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder[".git"]);
        folder.Write(".gitignore", "result/\n");
        folder.Write("result/b.nix", Broken);
        folder.Write("a.nix", Clean);
        var (code, output, _) = Nixk3sProcess.RunIn(folder.Path, "lint", ".");
        Assert.Equal(0, code);
        Assert.DoesNotContain("result/", output);
        Assert.EndsWith(" in 1 file\n", output);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("lint", "a.nix", "--format", "xml")]
    [InlineData("lint", "a.nix", "--dry-run")]
    [InlineData("lint", "a.nix", "--config", "x.json", "--no-config")]
    [InlineData("lint", "missing.nix")]
    [InlineData("lint", "a.nix", "--config", "missing.json")]
    [InlineData("lint", "a.nix", "--config", "bad.json")]
    public void BadArgumentsAndInputGiveExitCodeTwoAndOneClearMessage(params string[] args)
    {
        using var folder = new TempFolder();
        folder.Write("a.nix", Clean);
        folder.Write("bad.json", "{ \"rules\": 3 }");
        var (code, output, error) = Nixk3sProcess.RunIn(folder.Path, args);
        Assert.Equal(2, code);
        Assert.StartsWith("nixk3s: ", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
    }

    [Fact]
    public void ManyFilesWithRedirectedErrorsShowNoProgress()
    {
        using var folder = new TempFolder();
        for (int i = 0; i < 400; i++) folder.Write($"d{i % 7}/f{i}.nix", Clean);
        var (code, output, error) = Nixk3sProcess.RunIn(folder.Path, "lint", ".");
        Assert.Equal(0, code);
        Assert.EndsWith(" in 400 files\n", output);
        Assert.Equal("", error);
    }

    [Fact]
    public void OutputFileIsWrittenInsteadOfStandardOutput()
    {
        using var folder = new TempFolder();
        folder.Write("b.nix", Broken);
        var (code, output, _) = Nixk3sProcess.RunIn(folder.Path, "lint", "b.nix", "--format", "json", "-o", "out/report.json");
        Assert.Equal(2, code); // the folder "out" does not exist: a clear error
        Assert.Equal("", output);
        Directory.CreateDirectory(folder["out"]);
        (code, output, _) = Nixk3sProcess.RunIn(folder.Path, "lint", "b.nix", "--format", "json", "-o", "out/report.json");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("\"ruleId\": \"NIX1002\"", File.ReadAllText(folder["out/report.json"]));
    }

    /// <summary>The errfmt lines of Nix syntax diagnostics (NIX…), leaving out what the K3S rules say about the same files.</summary>
    private static string SyntaxLines(string errfmt) =>
        string.Concat(errfmt.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(":NIX", StringComparison.Ordinal)).Select(l => l + "\n"));

    private static (int, string) Pick((int ExitCode, string Output, string Error) run) => (run.ExitCode, run.Output);
}
