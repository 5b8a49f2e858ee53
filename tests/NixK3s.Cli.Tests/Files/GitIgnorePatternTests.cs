using NixK3s.Cli.Files;

namespace NixK3s.Cli.Tests.Files;

/// <summary>The .gitignore pattern forms git documents, each checked against paths it must and must not match.</summary>
public class GitIgnorePatternTests
{
    [Theory]
    // No slash: a name at any depth.
    [InlineData("*.nix", "a.nix", false, true)]
    [InlineData("*.nix", "deep/er/a.nix", false, true)]
    [InlineData("*.nix", "a.nixx", false, false)]
    [InlineData("result", "result", true, true)]
    [InlineData("result", "sub/result", false, true)]
    // '*' does not cross folders; '?' is one character.
    [InlineData("hosts/*.nix", "hosts/a.nix", false, true)]
    [InlineData("hosts/*.nix", "hosts/x/a.nix", false, false)]
    [InlineData("h?st.nix", "host.nix", false, true)]
    [InlineData("h?st.nix", "hoost.nix", false, false)]
    // A leading slash anchors to the .gitignore's folder.
    [InlineData("/build", "build", true, true)]
    [InlineData("/build", "sub/build", true, false)]
    // A slash in the middle anchors too.
    [InlineData("doc/frotz", "doc/frotz", true, true)]
    [InlineData("doc/frotz", "a/doc/frotz", true, false)]
    // A trailing slash: folders only.
    [InlineData("vendor/", "vendor", true, true)]
    [InlineData("vendor/", "vendor", false, false)]
    [InlineData("vendor/", "x/vendor", true, true)]
    // '**' forms.
    [InlineData("**/gen/*.nix", "gen/a.nix", false, true)]
    [InlineData("**/gen/*.nix", "x/y/gen/a.nix", false, true)]
    [InlineData("a/**/b", "a/b", true, true)]
    [InlineData("a/**/b", "a/x/y/b", true, true)]
    [InlineData("a/**/b", "c/a/b", true, false)]
    [InlineData("secrets/**", "secrets/k/token.nix", false, true)]
    [InlineData("secrets/**", "secrets", true, false)]
    // Classes and escapes.
    [InlineData("node[0-9].nix", "node7.nix", false, true)]
    [InlineData("node[!0-9].nix", "node7.nix", false, false)]
    [InlineData("node[!0-9].nix", "nodeX.nix", false, true)]
    [InlineData("\\#lit.nix", "#lit.nix", false, true)]
    [InlineData("a\\*b", "a*b", false, true)]
    [InlineData("a\\*b", "axb", false, false)]
    public void MatchesLikeGit(string pattern, string path, bool isDirectory, bool expected)
    {
        var parsed = GitIgnorePattern.Parse(pattern);
        Assert.NotNull(parsed);
        Assert.Equal(expected, parsed.Matches(path, isDirectory));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("# a comment")]
    public void BlankLinesAndCommentsAreNotPatterns(string line) => Assert.Null(GitIgnorePattern.Parse(line));

    [Fact]
    public void NegationAndTrailingSpaces()
    {
        var negated = GitIgnorePattern.Parse("!keep.nix")!;
        Assert.True(negated.IsNegated);
        Assert.True(negated.Matches("keep.nix", false));
        Assert.True(GitIgnorePattern.Parse("a.nix   ")!.Matches("a.nix", false));
        Assert.True(GitIgnorePattern.Parse("a.nix\\ ")!.Matches("a.nix ", false));
        Assert.False(GitIgnorePattern.Parse("\\!x")!.IsNegated);
    }
}
