using static Nix.Syntax.Tests.Editing.EditingTestHelpers;

namespace Nix.Syntax.Tests.Editing;

/// <summary>RemoveNode(s) with each <see cref="SyntaxRemoveOptions"/>: where the kept trivia goes, which separator goes along.</summary>
public class RemoveTests
{
    private const string Set = "{\n  a = 1;\n  # about b\n  b = 2; # after b\n  c = 3;\n}\n";

    [Theory]
    [InlineData(SyntaxRemoveOptions.KeepNoTrivia, "{\n  a = 1;\n  c = 3;\n}\n")]
    [InlineData(SyntaxRemoveOptions.KeepLeadingTrivia, "{\n  a = 1;\n  # about b\n    c = 3;\n}\n")]
    [InlineData(SyntaxRemoveOptions.KeepTrailingTrivia, "{\n  a = 1;\n # after b\n  c = 3;\n}\n")]
    [InlineData(SyntaxRemoveOptions.KeepExteriorTrivia, "{\n  a = 1;\n  # about b\n   # after b\n  c = 3;\n}\n")]
    [InlineData(SyntaxRemoveOptions.KeepEndOfLine, "{\n  a = 1;\n\n\n  c = 3;\n}\n")]
    public void RemoveABindingWithEachOption(SyntaxRemoveOptions options, string expected)
    {
        var root = Parse(Set);
        var edited = root.RemoveNode(Binding(root, "b"), options)!;
        Assert.Equal(expected, edited.ToFullString());
        Assert.Empty(NixSyntaxTree.ParseText(edited.ToFullString()).GetDiagnostics());
    }

    [Fact]
    public void RemovingTheLastElementMovesKeptTriviaToTheNextToken()
    {
        var root = Parse("{\n  a = 1;\n  b = 2; # last\n}\n");
        Assert.Equal("{\n  a = 1;\n}\n", root.RemoveNode(Binding(root, "b"), SyntaxRemoveOptions.KeepNoTrivia)!.ToFullString());
        Assert.Equal("{\n  a = 1;\n # last\n}\n", root.RemoveNode(Binding(root, "b"), SyntaxRemoveOptions.KeepTrailingTrivia)!.ToFullString());
    }

    [Fact]
    public void KeptTriviaAtTheVeryEndGoesToTheEndOfTheResult()
    {
        var root = Parse("[ 1 2 ]");
        var list = (ListExpressionSyntax)root.Expression;
        // The next token (the bracket) takes the trailing space of the removed element.
        Assert.Equal("[ 1  ]", list.RemoveNode(list.Elements[1], SyntaxRemoveOptions.KeepExteriorTrivia)!.ToFullString());

        // With the attribute path as the root of the edit, nothing follows the last name: its trivia ends the result.
        var path = Parse("x.a.b # c\n").DescendantNodes().OfType<AttrPathSyntax>().Single();
        var b = path.Names[1];
        Assert.Equal("a # c\n", path.RemoveNode(b, SyntaxRemoveOptions.KeepTrailingTrivia)!.ToFullString());
        Assert.Equal("a", path.RemoveNode(b, SyntaxRemoveOptions.KeepNoTrivia)!.ToFullString());
    }

    [Fact]
    public void RemoveTheOptionalDefaultOfASelect()
    {
        var root = Parse("a.b or c");
        var select = (SelectExpressionSyntax)root.Expression;
        var withoutDefault = root.RemoveNode(select.DefaultValue!, SyntaxRemoveOptions.KeepNoTrivia)!;
        Assert.Equal("a.b or ", withoutDefault.ToFullString());
        // A required part cannot be removed.
        Assert.Throws<InvalidOperationException>(() => root.RemoveNode(select.Expression, SyntaxRemoveOptions.KeepNoTrivia));
    }

    [Fact]
    public void RemovingTheRootGivesNull()
    {
        var root = Parse("x");
        Assert.Null(root.RemoveNode(root, SyntaxRemoveOptions.KeepNoTrivia));
    }

    [Theory]
    [InlineData("b", "x.a.c")]
    [InlineData("a", "x.b.c")]
    [InlineData("c", "x.a.b")]
    public void RemovingFromASeparatedListTakesASeparatorAlong(string name, string expected)
    {
        var root = Parse("x.a.b.c");
        var node = root.DescendantNodes().OfType<IdentifierAttrNameSyntax>().Single(n => n.ToString() == name);
        Assert.Equal(expected, root.RemoveNode(node, SyntaxRemoveOptions.KeepNoTrivia)!.ToFullString());
    }

    [Fact]
    public void RemovingSeveralAdjacentSeparatedElements()
    {
        var root = Parse("x.a.b.c");
        var names = root.DescendantNodes().OfType<IdentifierAttrNameSyntax>().Where(n => n.ToString() is "b" or "c").ToList();
        Assert.Equal("x.a", root.RemoveNodes(names, SyntaxRemoveOptions.KeepNoTrivia)!.ToFullString());
    }

    [Fact]
    public void RemovingFormalsKeepsATrailingComma()
    {
        var root = Parse("{ a, b, ... }: a");
        var b = root.DescendantNodes().OfType<FormalSyntax>().Single(f => f.Identifier.Text == "b");
        Assert.Equal("{ a, ... }: a", root.RemoveNode(b, SyntaxRemoveOptions.KeepNoTrivia)!.ToFullString());
        var noTrailing = Parse("{ a, b }: a");
        var last = noTrailing.DescendantNodes().OfType<FormalSyntax>().Last();
        Assert.Equal("{ a}: a", noTrailing.RemoveNode(last, SyntaxRemoveOptions.KeepNoTrivia)!.ToFullString());
    }

    [Fact]
    public void RemovingNestedNodesRemovesTheOuterOnce()
    {
        var root = Parse("{\n  a = { b = 1; };\n  c = 2;\n}\n");
        var a = Binding(root, "a");
        var b = Binding(root, "b");
        Assert.Equal("{\n  c = 2;\n}\n", root.RemoveNodes([b, a], SyntaxRemoveOptions.KeepNoTrivia)!.ToFullString());
    }

    [Fact]
    public void KeptTriviaOfConsecutiveRemovalsStaysInOrder()
    {
        var root = Parse("[\n  # one\n  1\n  # two\n  2\n  3\n]\n");
        var elements = ((ListExpressionSyntax)root.Expression).Elements;
        var edited = root.RemoveNodes([elements[0], elements[1]], SyntaxRemoveOptions.KeepLeadingTrivia)!;
        // The leading trivia of both removed elements, then that of the next one.
        Assert.Equal("[\n  # one\n    # two\n    3\n]\n", edited.ToFullString());
    }

    [Fact]
    public void RemovingTheLastBindingBeforeTheEndOfTheFileKeepsTheFileTail()
    {
        var root = Parse("let\n  a = 1;\n  b = 2; # b\nin a\n# end of file\n");
        var edited = root.RemoveNode(Binding(root, "b"), SyntaxRemoveOptions.KeepNoTrivia)!;
        Assert.Equal("let\n  a = 1;\nin a\n# end of file\n", edited.ToFullString());
    }
}
