namespace NixK3s.Cli.Tests;

/// <summary>--help for the tool and every verb, --version, and tab completion of option values.</summary>
public class HelpAndVersionTests
{
    [Theory]
    [InlineData("lint", "--format")]
    [InlineData("fmt", "--check")]
    [InlineData("emit", "--profile")]
    [InlineData("parse", "--tree")]
    [InlineData("explain", "--list")]
    public void EveryVerbHasHelp(string verb, string option)
    {
        var (code, output, _) = Nixk3sProcess.Run(verb, "--help");
        Assert.Equal(0, code);
        Assert.Contains($"nixk3s {verb}", output);
        Assert.Contains(option, output);
    }

    [Fact]
    public void TheToolListsItsVerbsAndHasAVersion()
    {
        var (code, output, _) = Nixk3sProcess.Run("--help");
        Assert.Equal(0, code);
        foreach (var verb in new[] { "lint", "explain", "fmt", "emit", "parse" }) Assert.Contains($"  {verb}", output);
        var (versionCode, version, _) = Nixk3sProcess.Run("--version");
        Assert.Equal(0, versionCode);
        Assert.Matches(@"^\d+\.\d+\.\d+\s*$", version);
    }

    [Fact]
    public void FormatValuesAreTabCompletable()
    {
        var (code, output, _) = Nixk3sProcess.Run("[suggest:15]", "lint --format ");
        Assert.Equal(0, code);
        Assert.Equal("errfmt\nhuman\njson\nsarif\n", output.ReplaceLineEndings("\n"));
    }
}
