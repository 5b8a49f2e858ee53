using static Nix.Syntax.SyntaxFactory;
using static Nix.Syntax.Tests.Editing.EditingTestHelpers;

namespace Nix.Syntax.Tests.Editing;

/// <summary>ReplaceNode(s), ReplaceToken(s), ReplaceTrivia, Insert*: what changes, what is shared, what is refused.</summary>
public class ReplaceTests
{
    [Fact]
    public void ReplaceNodeChangesOnlyThatNodeAndSharesTheRest()
    {
        var root = Parse("{ a = 1; # one\n  b = [ 2 3 ];\n}\n");
        var two = root.DescendantNodes().OfType<LiteralExpressionSyntax>().First(l => l.ToString() == "2");
        var edited = root.ReplaceNode(two, Int("42").WithTriviaFrom(two));
        Assert.Equal("{ a = 1; # one\n  b = [ 42 3 ];\n}\n", edited.ToFullString());
        Assert.Equal("{ a = 1; # one\n  b = [ 2 3 ];\n}\n", root.ToFullString());
        Assert.Null(edited.Parent);
        // The untouched binding is the very same green node.
        Assert.Same(Binding(root, "a").Green, Binding(edited, "a").Green);
    }

    [Fact]
    public void ReplacingANodeByItselfReturnsTheSameRoot()
    {
        var root = Parse("let x = 1; in x");
        var body = ((LetExpressionSyntax)root.Expression).Body;
        Assert.Same(root, root.ReplaceNode(body, body));
        Assert.Same(root, root.ReplaceNodes(root.DescendantNodes(), (_, rewritten) => rewritten));
    }

    [Fact]
    public void ReplaceNodeOnAnInnerNodeReturnsANewInnerRoot()
    {
        var root = Parse("f (a + b)");
        var sum = root.DescendantNodes().OfType<BinaryExpressionSyntax>().Single();
        var edited = sum.ReplaceNode(sum.Right, Id("c"));
        Assert.Equal("a + c", edited.ToFullString());
        Assert.Null(edited.Parent);
    }

    [Fact]
    public void ReplaceNodesSeesNestedReplacementsInTheRewrittenNode()
    {
        var root = Parse("[ (a) (b (c)) ]");
        var parens = root.DescendantNodes().OfType<ParenthesizedExpressionSyntax>().ToList();
        var seen = new List<string>();
        var edited = root.ReplaceNodes(parens, (original, rewritten) =>
        {
            seen.Add($"{original} => {rewritten}");
            return rewritten.Expression.WithTriviaFrom(rewritten);
        });
        Assert.Equal("[ a b c ]", edited.ToFullString());
        // Inner first; the outer one is handed the rewritten inner.
        Assert.Contains("(b (c)) => (b c)", seen);
    }

    [Fact]
    public void ReplaceNodeInAListWithSeveralNodes()
    {
        var root = Parse("[ 1 2 3 ]");
        var two = root.DescendantNodes().OfType<LiteralExpressionSyntax>().ElementAt(1);
        var edited = root.ReplaceNode(two, [Int("20").WithTrailingTrivia(Whitespace(" ")), Int("21").WithTrailingTrivia(Whitespace(" "))]);
        Assert.Equal("[ 1 20 21 3 ]", edited.ToFullString());
        Assert.Equal("[ 1 3 ]", root.ReplaceNode(two, Array.Empty<SyntaxNode>()).ToFullString());
    }

    [Fact]
    public void ReplaceNodeInASeparatedListAddsSeparators()
    {
        var root = Parse("x.a.b.c");
        var b = root.DescendantNodes().OfType<IdentifierAttrNameSyntax>().Single(n => n.ToString() == "b");
        var edited = root.ReplaceNode(b, [IdentifierAttrName(Token(NixSyntaxKind.IdentifierToken, "y")), IdentifierAttrName(Token(NixSyntaxKind.IdentifierToken, "z"))]);
        Assert.Equal("x.a.y.z.c", edited.ToFullString());
        Assert.Empty(NixSyntaxTree.ParseText(edited.ToFullString()).GetDiagnostics());
    }

    [Fact]
    public void SeveralNodesOutsideAListAreRefused()
    {
        var root = Parse("a + b");
        var sum = (BinaryExpressionSyntax)root.Expression;
        Assert.Throws<InvalidOperationException>(() => root.ReplaceNode(sum.Left, [Id("x"), Id("y")]));
        Assert.Throws<InvalidOperationException>(() => root.InsertNodesAfter(sum.Left, [Id("x")]));
    }

    [Fact]
    public void ANodeOfTheWrongClassIsRefused()
    {
        var root = Parse("{ a = 1; }");
        var binding = Binding(root, "a");
        // An expression cannot stand where an attribute path is expected, nor a binding among list elements.
        Assert.Throws<InvalidOperationException>(() => root.ReplaceNode(binding.AttrPath, Id("x")));
        var list = Parse("[ 1 ]");
        Assert.Throws<InvalidOperationException>(() => list.ReplaceNode(list.DescendantNodes().OfType<LiteralExpressionSyntax>().Single(), binding));
    }

    [Fact]
    public void ANodeOfAnotherTreeIsRefused()
    {
        var root = Parse("a + b");
        var other = Parse("a + b");
        Assert.Throws<ArgumentException>(() => root.ReplaceNode(((BinaryExpressionSyntax)other.Expression).Left, Id("x")));
        var sum = (BinaryExpressionSyntax)root.Expression;
        // Below another node of the same tree, but not below the root of the edit.
        Assert.Throws<ArgumentException>(() => sum.Left.ReplaceNode(sum.Right, Id("x")));
    }

    [Fact]
    public void SharedGreenNodesAreReplacedOnlyWhereAsked()
    {
        // The parser shares the green node of identical small subtrees; the edit must hit one place only.
        var root = Parse("[ foo foo foo ]");
        var foos = root.DescendantNodes().OfType<IdentifierNameSyntax>().ToList();
        Assert.Same(foos[0].Green, foos[1].Green);
        var edited = root.ReplaceNode(foos[1], Id("bar").WithTriviaFrom(foos[1]));
        Assert.Equal("[ foo bar foo ]", edited.ToFullString());
        Assert.Equal("[ foo foo foo ]", root.ToFullString());
    }

    [Fact]
    public void InsertNodesBeforeAndAfter()
    {
        var root = Parse("{\n  a = 1;\n  c = 3;\n}\n");
        var c = Binding(root, "c");
        var b = Parse("{\n  b = 2;\n}").DescendantNodes().OfType<AttrPathValueSyntax>().Single();
        Assert.Equal("{\n  a = 1;\n  b = 2;\n  c = 3;\n}\n", root.InsertNodesBefore(c, [b]).ToFullString());
        Assert.Equal("{\n  a = 1;\n  c = 3;\n  b = 2;\n}\n", root.InsertNodesAfter(c, [b]).ToFullString());

        var formals = Parse("{ a, c }: a");
        var formalA = formals.DescendantNodes().OfType<FormalSyntax>().First();
        var formalB = Formal(Token(NixSyntaxKind.IdentifierToken, "b"), null);
        // The new formal gets a copy of the neighbouring separator, trivia included.
        Assert.Equal("{ a, b, c }: a", formals.InsertNodesAfter(formalA, [formalB]).ToFullString());
    }

    [Fact]
    public void ReplaceTokenKeepsTheTokenPlace()
    {
        var root = Parse("a  +  b # sum\n");
        var plus = root.DescendantTokens().Single(t => t.IsKind(NixSyntaxKind.PlusToken));
        var minus = Token(NixSyntaxKind.MinusToken, "-").WithTriviaFrom(plus);
        var edited = root.ReplaceToken(plus, minus);
        Assert.Equal("a  -  b # sum\n", edited.ToFullString());
        // The node kind is the parser's business; the token edit only swaps the token.
        Assert.Equal(NixSyntaxKind.AddExpression, edited.Expression.Kind);
    }

    [Fact]
    public void ReplaceTokenWithDefaultRemovesAnOptionalToken()
    {
        var root = Parse("rec { a = 1; }");
        var set = (AttrSetExpressionSyntax)root.Expression;
        var edited = root.ReplaceToken(set.RecKeyword, default);
        Assert.Equal("{ a = 1; }", edited.ToFullString());
        Assert.Throws<InvalidOperationException>(() => root.ReplaceToken(set.OpenBraceToken, default));
        Assert.Throws<InvalidOperationException>(() => root.ReplaceToken(set.OpenBraceToken, Token(NixSyntaxKind.OpenParenToken)));
    }

    [Fact]
    public void ReplaceTokensRenamesEveryOccurrence()
    {
        var root = Parse("let x = 1; in x + x");
        var edited = root.ReplaceTokens(root.DescendantTokens().Where(t => t.Text == "x"),
            (_, rewritten) => Token(NixSyntaxKind.IdentifierToken, "y").WithTriviaFrom(rewritten));
        Assert.Equal("let y = 1; in y + y", edited.ToFullString());
    }

    [Fact]
    public void ReplaceTriviaAndInsertTrivia()
    {
        var root = Parse("{\n  # old comment\n  a = 1;\n}\n");
        var comment = root.DescendantTrivia().Single(t => t.IsKind(NixSyntaxKind.SingleLineCommentTrivia));
        Assert.Equal("{\n  # new comment\n  a = 1;\n}\n", root.ReplaceTrivia(comment, Comment("# new comment")).ToFullString());
        Assert.Equal("{\n  \n  a = 1;\n}\n", root.ReplaceTrivia(comment, default(SyntaxTrivia)).ToFullString());
        Assert.Equal("{\n  # before\n  # old comment\n  a = 1;\n}\n",
            root.InsertTriviaBefore(comment, [Comment("# before"), EndOfLine("\n"), Whitespace("  ")]).ToFullString());
        Assert.Equal("{\n  # old comment /* after */\n  a = 1;\n}\n",
            root.InsertTriviaAfter(comment, [Whitespace(" "), Comment("/* after */")]).ToFullString());
        var spaces = root.DescendantTrivia().Where(t => t.IsKind(NixSyntaxKind.WhitespaceTrivia));
        Assert.Equal("{\n\t# old comment\n\ta\t=\t1;\n}\n", root.ReplaceTrivia(spaces, (_, _) => Whitespace("\t")).ToFullString());
    }

    [Fact]
    public void ReplaceSyntaxDoesNodesTokensAndTriviaTogether()
    {
        var root = Parse("a + b # c\n");
        var sum = (BinaryExpressionSyntax)root.Expression;
        var comment = root.DescendantTrivia().Single(t => t.IsKind(NixSyntaxKind.SingleLineCommentTrivia));
        var edited = root.ReplaceSyntax(
            [sum.Left], (_, r) => Id("x").WithTriviaFrom(r),
            [sum.OperatorToken], (_, r) => Token(NixSyntaxKind.AsteriskToken).WithTriviaFrom(r),
            [comment], (_, _) => Comment("# d"));
        Assert.Equal("x * b # d\n", edited.ToFullString());
    }

    [Fact]
    public void NodeTriviaHelpers()
    {
        var root = Parse("{\n  # doc\n  a = 1; # tail\n}\n");
        var a = Binding(root, "a");
        Assert.Equal("  # doc\n  ", a.GetLeadingTrivia().ToFullString());
        Assert.Equal(" # tail\n", a.GetTrailingTrivia().ToFullString());
        Assert.Equal("a = 1;", a.WithoutTrivia().ToFullString());
        Assert.Equal("  a = 1;\n", a.WithLeadingTrivia(Whitespace("  ")).WithTrailingTrivia(EndOfLine("\n")).ToFullString());
        Assert.Equal("  # doc\n  b=2; # tail\n", Binding(Parse("{b=2;}"), "b").WithTriviaFrom(a).ToFullString());

        var token = a.SemicolonToken;
        Assert.Equal("; # tail\n", token.ToFullString());
        Assert.Equal(";", token.WithoutTrivia().ToFullString());
        Assert.Equal("/* x */;", token.WithLeadingTrivia(Comment("/* x */")).WithTrailingTrivia(TriviaList()).ToFullString());
        Assert.Equal(" ;\n", Token(NixSyntaxKind.SemicolonToken).WithTriviaFrom(Token(NixSyntaxKind.CommaToken).WithLeadingTrivia(Whitespace(" ")).WithTrailingTrivia(EndOfLine("\n"))).ToFullString());
    }

    [Fact]
    public void TriviaFactoryChecksItsText()
    {
        Assert.Equal(NixSyntaxKind.SingleLineCommentTrivia, Comment("# x").Kind);
        Assert.Equal(NixSyntaxKind.MultiLineCommentTrivia, Comment("/* x */").Kind);
        Assert.Equal(NixSyntaxKind.MultiLineCommentTrivia, Comment("/**/").Kind);
        Assert.Equal(NixSyntaxKind.DocumentationCommentTrivia, Comment("/** x */").Kind);
        Assert.Equal(NixSyntaxKind.EndOfLineTrivia, EndOfLine("\r\n").Kind);
        Assert.Equal(NixSyntaxKind.WhitespaceTrivia, Whitespace(" \t").Kind);
        Assert.Throws<ArgumentException>(() => Comment("# x\n"));
        Assert.Throws<ArgumentException>(() => Comment("/* a */ b */"));
        Assert.Throws<ArgumentException>(() => Comment("/*/"));
        Assert.Throws<ArgumentException>(() => Comment("x"));
        Assert.Throws<ArgumentException>(() => Whitespace(""));
        Assert.Throws<ArgumentException>(() => Whitespace(" \n"));
        Assert.Throws<ArgumentException>(() => EndOfLine("\n\n"));
        Assert.Equal(3, TriviaList(Whitespace(" "), Comment("# a"), EndOfLine("\n")).Count);
        Assert.Equal(" # a\n", TriviaList(Whitespace(" "), Comment("# a"), EndOfLine("\n")).ToFullString());
        Assert.Empty(TriviaList());

        // Every factory trivia lexes back as that same trivia.
        foreach (var trivia in new[] { Whitespace(" \t "), Comment("# c"), Comment("/* c */"), Comment("/** d */") })
        {
            var parsed = Parse("x" + trivia.ToFullString() + "\n").DescendantTrivia().First();
            Assert.Equal(trivia.Kind, parsed.Kind);
            Assert.Equal(trivia.ToFullString(), parsed.ToFullString());
        }
    }
}
