using Nix.Syntax;

namespace NixK3s.Cli.Tests.Emit;

/// <summary><c>nixk3s emit</c>: every profile gives a module that parses, parameters reach the text, -o writes the same text, bad input exits with 2.</summary>
public class EmitCommandTests
{
    [Theory]
    [InlineData("design-document-example")]
    [InlineData("local-dev")]
    [InlineData("production")]
    [InlineData("ha-first-server")]
    [InlineData("ha-joining-server")]
    [InlineData("cilium-server")]
    public void EveryProfileEmitsAModuleThatParses(string profile)
    {
        var (code, output, error) = Nixk3sProcess.Run("emit", "--profile", profile);
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("services.k3s", output);
        Assert.Empty(NixSyntaxTree.ParseText(output).GetDiagnostics());
    }

    [Fact]
    public void ParametersReachTheModuleAndOutputFileHasTheSameText()
    {
        using var folder = new TempFolder();
        string[] args = ["emit", "--profile", "production", "--env", "production", "--hostname", "rack-b-2", "--fqdn", "rack-b-2.example.net",
            "--external-ip", "203.0.113.7", "--token-file", "/run/secrets/k3s-token"];
        var (code, output, _) = Nixk3sProcess.RunIn(folder.Path, args);
        Assert.Equal(0, code);
        Assert.Contains("\"rack-b-2\"", output);
        Assert.Contains("203.0.113.7", output);
        Assert.Contains("/run/secrets/k3s-token", output);

        var (fileCode, fileOutput, _) = Nixk3sProcess.RunIn(folder.Path, [.. args, "-o", "node.nix"]);
        Assert.Equal(0, fileCode);
        Assert.Equal("", fileOutput);
        Assert.Equal(output, File.ReadAllText(folder["node.nix"]));
        Assert.Equal(["node.nix"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("emit")]
    [InlineData("emit", "--profile", "no-such-profile")]
    [InlineData("emit", "--profile", "local-dev", "--env", "staging")]
    [InlineData("emit", "--profile", "production", "--external-ip", "not-an-ip")]
    [InlineData("emit", "--profile", "production", "-o", "no/such/folder/node.nix")]
    public void BadInputGivesExitCodeTwoAndOneMessage(params string[] args)
    {
        using var folder = new TempFolder();
        var (code, output, error) = Nixk3sProcess.RunIn(folder.Path, args);
        Assert.Equal(2, code);
        Assert.StartsWith("nixk3s: ", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void ProfileNamesAreTabCompletable()
    {
        var (code, output, _) = Nixk3sProcess.Run("[suggest:16]", "emit --profile h");
        Assert.Equal(0, code);
        Assert.Equal("ha-first-server\nha-joining-server\n", output.ReplaceLineEndings("\n"));
    }
}
