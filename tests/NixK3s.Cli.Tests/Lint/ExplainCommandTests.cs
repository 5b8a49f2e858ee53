namespace NixK3s.Cli.Tests.Lint;

/// <summary><c>nixk3s explain</c>: a known rule, the list, unknown ids.</summary>
public class ExplainCommandTests
{
    [Fact]
    public void ExplainsARule()
    {
        var (code, output, _) = Nixk3sProcess.Run("explain", "nix1002");
        Assert.Equal(0, code);
        Assert.StartsWith("NIX1002: Missing token\nDefault severity: error\nAutomatic fix: no\n\n", output);
    }

    [Fact]
    public void ListsEveryRule()
    {
        var (code, output, _) = Nixk3sProcess.Run("explain", "--list");
        Assert.Equal(0, code);
        Assert.Contains("NIX1001  error    Unexpected token", output);
        Assert.Contains("NIX2002  warning  Pipe operators are experimental", output);
    }

    [Theory]
    [InlineData("explain", "K3S999")]
    [InlineData("explain")]
    [InlineData("explain", "K3S001", "--list")]
    public void UnknownOrMissingIdsGiveExitCodeTwo(params string[] args)
    {
        var (code, output, error) = Nixk3sProcess.Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("nixk3s: ", error);
        Assert.Equal("", output);
    }
}
