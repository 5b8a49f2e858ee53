using Nix.Syntax.Formatting;

namespace NixK3s.Cli.Tests.Format;

/// <summary><c>nixk3s fmt</c>: in-place formatting, --check, --verify, files with syntax errors left alone, exit codes.</summary>
public class FmtCommandTests
{
    private const string Unformatted = "{config,...}:{services.k3s={enable=true;role=\"server\";};}\n";

    [Fact]
    public void CheckListsUnformattedFilesAndChangesNothing()
    {
        using var folder = new TempFolder();
        folder.Write("hosts/a.nix", Unformatted);
        var formatted = NixFormatter.Format(Unformatted).Text;
        folder.Write("hosts/b.nix", formatted);

        var (code, output, _) = Nixk3sProcess.RunIn(folder.Path, "fmt", "--check", ".");

        Assert.Equal(1, code);
        Assert.Equal("hosts/a.nix\n", output);
        Assert.Equal(Unformatted, File.ReadAllText(folder["hosts/a.nix"]));
    }

    [Fact]
    public void FormatsInPlaceThenCheckPasses()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.nix", Unformatted);

        var (code, output, error) = Nixk3sProcess.RunIn(folder.Path, "fmt", "--verify", "a.nix");

        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Contains("formatted 1 of 1 file(s)", error);
        Assert.Equal(NixFormatter.Format(Unformatted).Text, File.ReadAllText(file));
        Assert.NotEqual(Unformatted, File.ReadAllText(file));
        Assert.Equal(["a.nix"], Directory.GetFiles(folder.Path).Select(Path.GetFileName)); // no temp file left
        Assert.Equal((0, ""), Pick(Nixk3sProcess.RunIn(folder.Path, "fmt", "--check", "a.nix")));
    }

    [Fact]
    public void FilesWithSyntaxErrorsAreLeftAlone()
    {
        using var folder = new TempFolder();
        const string broken = "{a=1 b=2;}\n";
        var file = folder.Write("broken.nix", broken);

        var (code, _, error) = Nixk3sProcess.RunIn(folder.Path, "fmt", ".");

        Assert.Equal(1, code);
        Assert.StartsWith("nixk3s: broken.nix: not formatted:", error);
        Assert.Equal(broken, File.ReadAllText(file));
    }

    [Theory]
    [InlineData("fmt")]
    [InlineData("fmt", "missing.nix")]
    [InlineData("fmt", "--bogus", ".")]
    public void BadArgumentsGiveExitCodeTwo(params string[] args)
    {
        using var folder = new TempFolder();
        var (code, output, error) = Nixk3sProcess.RunIn(folder.Path, args);
        Assert.Equal(2, code);
        Assert.StartsWith("nixk3s: ", error);
        Assert.Equal("", output);
    }

    private static (int, string) Pick((int ExitCode, string Output, string Error) run) => (run.ExitCode, run.Output);
}
