using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Nix.Syntax.Tests.RoundTrip;

/// <summary>Full fidelity for any text at all: the root prints back exactly what was parsed, and spans add up.</summary>
public class RoundTripProperties
{
    /// <summary>Strings biased towards Nix's own characters, so that the lexer's states are all reached.</summary>
    private static Gen<string> NixishText()
    {
        var pieces = Gen.Elements(
            "{", "}", "[", "]", "(", ")", ";", ":", ",", "=", ".", "?", "@", "+", "-", "*", "/", "!", "<", ">", "...",
            "==", "//", "++", "->", "|>", "<|", "&&", "||", "${", "\"", "''", "''$", "'''", "\\", "$", "#", "/*", "*/", "/**",
            " ", "\t", "\n", "\r\n", "\r", "a", "x-1", "or", "if", "then", "else", "let", "in", "rec", "inherit", "with", "assert",
            "1", "1.5", ".5", "./a", "~/b", "<p>", "x:y", "é", "😀", "\uFEFF", "\0", "&", "\u00a0");
        return Gen.ListOf(pieces).Select(list => string.Concat(list));
    }

    /// <summary>
    /// Inputs FsCheck found: recovery consumed the end of file inside a nested rule, and its trivia was
    /// printed twice (or, in the first fix, lost).
    /// </summary>
    [Theory]
    [InlineData("a{aa{a%a\n&")]
    [InlineData("H6H(6'(\\4(\n'")]
    [InlineData("P\nB==(('BP=.J(H $(HWv\n")]
    [InlineData("q%..o({v6&J\n{\".\"6{q\n'")]
    [InlineData("vz4(z((&.$")]
    [InlineData("6{_(\\{B=W\n%&=")]
    public void RecoveryAtTheEndOfFileKeepsEveryCharacterOnce(string escaped)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);
        var root = NixSyntaxTree.ParseText(text).GetRoot();
        Assert.Equal(text, root.ToFullString());
        Assert.Equal(text.Length, root.FullSpan.Length);
    }

    [Property(MaxTest = 2000)]
    public Property ArbitraryStringsRoundTrip(string? text)
    {
        text ??= "";
        var root = NixSyntaxTree.ParseText(text).GetRoot();
        return (root.ToFullString() == text && root.FullSpan.Length == text.Length).ToProperty();
    }

    [Property(MaxTest = 1000)]
    public Property NixLikeTextRoundTrips()
    {
        return Prop.ForAll(NixishText().ToArbitrary(), text =>
        {
            var tree = NixSyntaxTree.ParseText(text);
            var root = tree.GetRoot();
            int tokenWidths = root.DescendantTokens().Sum(t => t.FullSpan.Length);
            return root.ToFullString() == text && tokenWidths == text.Length && tree.GetDiagnostics().All(d => d.Location.SourceSpan.End <= text.Length);
        });
    }
}
