using Nix.Syntax.Formatting;

namespace Nix.Syntax.Tests.Formatting;

/// <summary>The comment check of verification: every comment word kept exactly once, joined trailing comments allowed.</summary>
public class CommentWordsTests
{
    private static List<string> Words(string text) => FormattingEquivalence.CommentWords(NixSyntaxTree.ParseText(text).GetRoot());

    /// <summary>A block and a line comment trailing one line, joined into one line comment, keep the same words.</summary>
    [Fact]
    public void JoinedTrailingCommentsKeepTheirWords() =>
        Assert.Equal(Words("x /* é */ #no space\n"), Words("x # é no space\n"));

    /// <summary>A word dropped or doubled is still caught.</summary>
    [Fact]
    public void LostOrDoubledWordIsCaught()
    {
        Assert.NotEqual(Words("x /* a */ # b\n"), Words("x # a\n"));
        Assert.NotEqual(Words("x /* a */ # b\n"), Words("x # a b b\n"));
    }

    /// <summary>End to end: a block comment followed by a line comment after an operator formats and verifies.</summary>
    [Fact]
    public void BlockThenLineCommentAfterOperatorVerifies()
    {
        var result = NixFormatter.Format("x ||/* é */ # ${x} '' \" */ /*\n y\n", new NixFormatterOptions { Verify = true });
        Assert.Equal(FormattingStatus.Formatted, result.Status);
        Assert.Contains("# é ${x} '' \" */ /*", result.Text);
    }
}
