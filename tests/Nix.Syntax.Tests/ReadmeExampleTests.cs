namespace Nix.Syntax.Tests;

/// <summary>The README's first code example, step by step, with the outputs it claims.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExampleDoesWhatItSays()
    {
        var tree = NixSyntaxTree.ParseText("""
            { config, ... }:
            {
              services.k3s.enable = true; # the server
              services.k3s.extraFlags = [ "--tls-san=${config.networking.fqdn}" ];
            }
            """, path: "k3s.nix");
        Assert.Empty(tree.GetDiagnostics());

        var root = tree.GetRoot();
        var lambda = (LambdaExpressionSyntax)root.Expression;
        var module = (AttrSetExpressionSyntax)lambda.Body;
        var lines = module.Bindings.OfType<AttrPathValueSyntax>().Select(b => $"{b.AttrPath} = {b.Value}").ToList();
        Assert.Equal(
        [
            "services.k3s.enable = true",
            "services.k3s.extraFlags = [ \"--tls-san=${config.networking.fqdn}\" ]",
        ], lines);

        var comment = root.DescendantTrivia().First(t => t.Kind == NixSyntaxKind.SingleLineCommentTrivia);
        Assert.Equal("# the server", comment.ToString());
        Assert.Equal(tree.Text.Text, root.ToFullString());
    }

    [Fact]
    public void ReadmeSetUpCommandsExist()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        Assert.Contains("dotnet run --project src/NixK3s.Cli -- lint examples/cluster", readme);
        Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, "examples", "cluster", "configuration.nix")));
        Assert.Contains("dotnet test NixK3s.sln -c Release", readme);
        Assert.Contains("dotnet test NixK3s.sln -c Release", File.ReadAllText(Path.Combine(TestPaths.RepoRoot, ".ci", "run")));
    }
}
