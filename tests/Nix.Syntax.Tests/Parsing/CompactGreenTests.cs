using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax.Tests.Parsing;

/// <summary>
/// The compact green representations (kind, flags and hash packed in one word; tokens of one class per trivia
/// shape; lists of one item made on demand) keep the green contract: the same kinds, flags, widths, trivia and
/// slots, and a slot is the same object every time it is read.
/// </summary>
public class CompactGreenTests
{
    [Fact]
    public void EverySyntaxKindFitsInAGreenNode()
    {
        foreach (var kind in Enum.GetValues<NixSyntaxKind>())
        {
            Assert.True((int)kind <= GreenNode.MaxKindValue, $"{kind} = {(int)kind}");
            var node = GreenSyntaxNode.Create(kind, GreenToken.CreateMissing(NixSyntaxKind.IdentifierToken));
            node.MarkShared();
            node.MarkAnnotated();
            Assert.Equal(kind, node.Kind);
            Assert.True(node.IsShared);
            Assert.True(node.HasAnnotations);
            Assert.True(node.ContainsAnnotations);
            Assert.True((node.Flags & GreenFlags.ContainsMissing) != 0);
            Assert.False(node.IsMissing);
        }
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void TokensKeepTheTriviaTheyHave(bool leading, bool trailing)
    {
        var before = leading ? GreenTrivia.Create(NixSyntaxKind.WhitespaceTrivia, "  ") : null;
        var after = trailing ? GreenTrivia.Create(NixSyntaxKind.SkippedTokensTrivia, "@@") : null;
        var token = GreenToken.Create(NixSyntaxKind.IdentifierToken, "name", before, after);

        Assert.Same(before, token.LeadingTrivia);
        Assert.Same(after, token.TrailingTrivia);
        Assert.Equal(4 + (leading ? 2 : 0) + (trailing ? 2 : 0), token.FullWidth);
        Assert.Equal(trailing, (token.Flags & GreenFlags.ContainsSkippedText) != 0);
        Assert.Equal((leading ? "  " : "") + "name" + (trailing ? "@@" : ""), token.ToFullString());

        var swapped = token.WithLeadingTrivia(after).WithTrailingTrivia(before);
        Assert.Same(after, swapped.LeadingTrivia);
        Assert.Same(before, swapped.TrailingTrivia);
        Assert.Equal(token.FullWidth, swapped.FullWidth);
    }

    [Fact]
    public void AMissingTokenWithTriviaStaysMissing()
    {
        var trivia = GreenTrivia.Create(NixSyntaxKind.WhitespaceTrivia, " ");
        var missing = GreenToken.CreateMissing(NixSyntaxKind.SemicolonToken, trivia, null).WithTrailingTrivia(trivia);
        Assert.True(missing.IsMissing);
        Assert.Equal(2, missing.FullWidth);
        Assert.Equal(string.Empty, missing.Text);
    }

    [Fact]
    public void AListOfOneMadeOnDemandIsOneObjectForEveryReader()
    {
        var root = NixSyntaxTree.ParseText("{ name = ./file.nix; }").GetRoot();
        var path = root.DescendantNodes().OfType<AttrPathSyntax>().Single().Green;
        var pathExpression = root.DescendantNodes().OfType<PathExpressionSyntax>().Single().Green;
        foreach (var node in new[] { path, pathExpression })
        {
            var lists = new GreenNode?[8];
            Parallel.For(0, lists.Length, i => lists[i] = node.GetSlot(0));
            var list = Assert.IsAssignableFrom<GreenList>(lists[0]);
            Assert.All(lists, l => Assert.Same(list, l));
            Assert.Equal(1, list.SlotCount);
            Assert.Equal(node.FullWidth, list.FullWidth);
            Assert.Same(list, node.GetSlot(0));
        }
        Assert.Equal(NixSyntaxKind.IdentifierAttrName, path.GetSlot(0)!.GetSlot(0)!.Kind);
        Assert.Equal(NixSyntaxKind.StringText, pathExpression.GetSlot(0)!.GetSlot(0)!.Kind);
    }
}
