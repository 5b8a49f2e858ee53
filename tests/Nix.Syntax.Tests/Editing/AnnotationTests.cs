using static Nix.Syntax.SyntaxFactory;
using static Nix.Syntax.Tests.Editing.EditingTestHelpers;

namespace Nix.Syntax.Tests.Editing;

/// <summary>Annotations: found again after edits elsewhere, never leaked to the parser's shared copies.</summary>
public class AnnotationTests
{
    [Fact]
    public void AnAnnotatedNodeIsFoundAfterEditsElsewhere()
    {
        var root = Parse("{\n  a = 1;\n  b = { c = 2; };\n  d = 3;\n}\n");
        var marker = new SyntaxAnnotation("target", "c");
        var c = Binding(root, "c");
        var annotated = root.ReplaceNode(c, c.WithAdditionalAnnotations(marker));
        Assert.Equal(root.ToFullString(), annotated.ToFullString());

        // Edits before, after and around the annotated node.
        var edited = annotated.ReplaceNode(Binding(annotated, "a").Value, Int("10").WithTriviaFrom(Binding(annotated, "a").Value));
        edited = edited.RemoveNode(Binding(edited, "d"), SyntaxRemoveOptions.KeepNoTrivia)!;
        var b = Binding(edited, "b");
        edited = edited.ReplaceNode(b.AttrPath, Parse("{ x.y = 1; }").DescendantNodes().OfType<AttrPathSyntax>().Single().WithTriviaFrom(b.AttrPath));
        // An edit inside the annotated node rebuilds it; the annotation comes along.
        var two = edited.GetAnnotatedNodes(marker).Single().DescendantNodes().OfType<LiteralExpressionSyntax>().Single();
        edited = edited.ReplaceNode(two, Int("20").WithTriviaFrom(two));

        var found = Assert.IsType<AttrPathValueSyntax>(edited.GetAnnotatedNodes(marker).Single());
        Assert.Equal("c = 20;", found.ToString());
        Assert.True(found.HasAnnotation(marker));
        Assert.Equal("c", Assert.Single(found.GetAnnotations("target")).Data);
        Assert.Single(edited.GetAnnotatedNodes("target"));
        Assert.Equal("{\n  a = 10;\n  x.y = { c = 20; };\n}\n", edited.ToFullString());
    }

    [Fact]
    public void AnnotatingOneOccurrenceDoesNotAnnotateSharedCopies()
    {
        var root = Parse("[ foo foo foo ]");
        var foos = root.DescendantNodes().OfType<IdentifierNameSyntax>().ToList();
        Assert.Same(foos[0].Green, foos[2].Green);
        var marker = new SyntaxAnnotation("one");
        var edited = root.ReplaceNode(foos[1], foos[1].WithAdditionalAnnotations(marker));
        Assert.Single(edited.GetAnnotatedNodes(marker));
        Assert.Equal(foos[1].Span, edited.GetAnnotatedNodes(marker).Single().Span);
        Assert.DoesNotContain(root.DescendantNodes(), n => n.HasAnnotations());
        Assert.False(root.ContainsAnnotations);
        // A fresh parse of the same text shares nothing annotated either.
        Assert.False(Parse("[ foo foo foo ]").ContainsAnnotations);
    }

    [Fact]
    public void TokensCarryAnnotationsToo()
    {
        var root = Parse("a + a");
        var marker = new SyntaxAnnotation("tok");
        var second = root.DescendantTokens().Last(t => t.Text == "a");
        var edited = root.ReplaceToken(second, second.WithAdditionalAnnotations(marker));
        var token = Assert.Single(edited.GetAnnotatedTokens(marker));
        Assert.Equal(4, token.SpanStart);
        Assert.True(token.HasAnnotation(marker));
        Assert.True(token.HasAnnotations("tok"));
        Assert.False(edited.DescendantTokens().First().HasAnnotations());
        // Changing the token's trivia keeps its annotations.
        Assert.True(token.WithTrailingTrivia(Whitespace(" ")).HasAnnotation(marker));
        Assert.False(token.WithoutAnnotations(marker).HasAnnotations());
        Assert.False(token.WithoutAnnotations("tok").HasAnnotations());
    }

    [Fact]
    public void AddingAndRemovingAnnotations()
    {
        var node = Id("x");
        var one = new SyntaxAnnotation("k", "1");
        var two = new SyntaxAnnotation("k", "2");
        var other = new SyntaxAnnotation("other");
        var annotated = node.WithAdditionalAnnotations(one, two, other);
        Assert.False(node.HasAnnotations());
        Assert.Equal([one, two, other], annotated.GetAnnotations());
        Assert.Same(annotated, annotated.WithAdditionalAnnotations(one));
        Assert.Equal([one, two, other], annotated.WithAdditionalAnnotations(one, two).GetAnnotations());
        Assert.Equal([other], annotated.WithoutAnnotations("k").GetAnnotations());
        Assert.Equal([one, other], annotated.WithoutAnnotations(two).GetAnnotations());
        Assert.Same(node, node.WithoutAnnotations(one));
        Assert.True(annotated.HasAnnotations("other"));
        Assert.False(annotated.WithoutAnnotations(one, two, other).HasAnnotations());
        Assert.NotEqual(new SyntaxAnnotation("k", "1"), one);
        Assert.Equal(one, one);
        Assert.True(annotated.IsEquivalentTo(node));
    }

    [Fact]
    public void AnnotatedNodesAreFoundInDocumentOrder()
    {
        var root = Parse("[ a b c d ]");
        var marker = new SyntaxAnnotation("m");
        var ids = root.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => n.ToString() is "b" or "d").ToList();
        var edited = root.ReplaceNodes(ids, (_, r) => r.WithAdditionalAnnotations(marker));
        Assert.Equal(["b", "d"], edited.GetAnnotatedNodes(marker).Select(n => n.ToString()));
        Assert.Equal(2, edited.GetAnnotatedNodesAndTokens("m").Count());
    }

    [Fact]
    public void WithAndUpdateKeepTheNodesAnnotations()
    {
        var root = Parse("{ a = 1; }");
        var marker = new SyntaxAnnotation("kept");
        var binding = Binding(root, "a").WithAdditionalAnnotations(marker);

        var changed = binding.WithValue(Int("2").WithTriviaFrom(binding.Value));
        Assert.Equal("a = 2;", changed.ToString());
        Assert.True(changed.HasAnnotation(marker));
        // Update with what the node already holds gives the node itself, annotations included.
        Assert.Same(changed, changed.Update(changed.AttrPath, changed.EqualsToken, changed.Value, changed.SemicolonToken));
        // The parser's node, never annotated, stays without annotations.
        Assert.False(Binding(root, "a").WithValue(Int("3")).HasAnnotation(marker));
    }
}
