using static Nix.Syntax.SyntaxFactory;
using static Nix.Syntax.Tests.Editing.EditingTestHelpers;

namespace Nix.Syntax.Tests.Editing;

/// <summary>
/// Edits and rewrites on the deepest trees the parser accepts: a million-term <c>++</c> chain (a million levels)
/// and a 100,000-long lambda chain. Run on a small stack so that any recursion left would show.
/// </summary>
public class DeepTreeEditTests
{
    private const int Terms = 1_000_000;
    private const int Lambdas = 100_000;

    private static readonly Lazy<SourceFileSyntax> s_concat = new(() =>
        NixSyntaxTree.ParseText("a" + string.Concat(Enumerable.Repeat(" ++ a", Terms - 1)) + "\n").GetRoot());

    // A recursive rewrite that builds new nodes at every level allocates deep in the stack, and every garbage
    // collection then scans that whole stack: the cost grows faster than the depth. 200,000 levels still take
    // several large-stack hops from a 1 MB stack, which is what this shows, in seconds rather than minutes.
    private const int RewrittenTerms = 200_000;

    private static readonly Lazy<SourceFileSyntax> s_rewrittenConcat = new(() =>
        NixSyntaxTree.ParseText("a" + string.Concat(Enumerable.Repeat(" ++ a", RewrittenTerms - 1)) + "\n").GetRoot());

    private static readonly Lazy<SourceFileSyntax> s_lambdas = new(() =>
        NixSyntaxTree.ParseText(string.Concat(Enumerable.Repeat("x: ", Lambdas)) + "x\n").GetRoot());

    private sealed class IdentityRewriter : NixSyntaxRewriter;

    private sealed class RenameRewriter(string from, string to) : NixSyntaxRewriter
    {
        public override SyntaxToken VisitToken(SyntaxToken token) =>
            token.IsKind(NixSyntaxKind.IdentifierToken) && token.Text == from ? Token(NixSyntaxKind.IdentifierToken, to).WithTriviaFrom(token) : token;
    }

    private sealed class CountingWalker : NixSyntaxWalker
    {
        public int Nodes { get; private set; }

        public override void DefaultVisit(SyntaxNode node)
        {
            Nodes++;
            base.DefaultVisit(node);
        }
    }

    /// <summary>A user's visitor that recurses through <c>Visit</c> for every child, as visitors usually do.</summary>
    private sealed class DepthVisitor : NixSyntaxVisitor<int>
    {
        public override int DefaultVisit(SyntaxNode node)
        {
            int deepest = 0;
            foreach (var child in node.ChildNodesAndTokens())
            {
                if (child.AsNode() is { } childNode) deepest = Math.Max(deepest, Visit(childNode));
            }

            return deepest + 1;
        }
    }

    private static void OnSmallStack(Action action)
    {
        Exception? caught = null;
        var thread = new Thread(() =>
        {
            try { action(); }
            catch (Exception e) { caught = e; }
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        if (caught is not null) throw new Xunit.Sdk.XunitException("Failed on a small stack: " + caught);
    }

    /// <summary>The deepest expression: the last term of the chain, or the body of the innermost lambda.</summary>
    private static IdentifierNameSyntax Deepest(SourceFileSyntax root) =>
        (IdentifierNameSyntax)root.DescendantNodes().Last(n => n is IdentifierNameSyntax);

    [Fact]
    public void ReplaceNodeAtTheBottomOfAMillionLevelChain()
    {
        var root = s_concat.Value;
        var deepest = Deepest(root);
        OnSmallStack(() =>
        {
            var edited = root.ReplaceNode(deepest, Id("b").WithTriviaFrom(deepest));
            string text = edited.ToFullString();
            Assert.Equal(root.FullSpan.Length, text.Length);
            Assert.EndsWith("++ a ++ b\n", text);
            Assert.Equal(root.ToFullString()[..^3], text[..^3]);
            Assert.False(edited.IsEquivalentTo(root));
            Assert.True(edited.IsEquivalentTo(edited.ReplaceNode(Deepest((SourceFileSyntax)edited), Id("b"))));

            var annotated = root.ReplaceNode(deepest, deepest.WithAdditionalAnnotations(new SyntaxAnnotation("deep")));
            Assert.Equal(deepest.Span, annotated.GetAnnotatedNodes("deep").Single().Span);

            var removedTrivia = root.ReplaceTrivia(deepest.GetTrailingTrivia()[0], default(SyntaxTrivia));
            Assert.Equal(root.FullSpan.Length - 1, removedTrivia.FullSpan.Length);
        });
    }

    [Fact]
    public void RewriterAndWalkerOnATwoHundredThousandLevelChain()
    {
        var root = s_rewrittenConcat.Value;
        OnSmallStack(() =>
        {
            Assert.Same(root, new IdentityRewriter().Visit(root));
            var renamed = new RenameRewriter("a", "b").Visit(root)!;
            Assert.Equal(root.ToFullString().Replace('a', 'b'), renamed.ToFullString());
            var walker = new CountingWalker();
            walker.Visit(root);
            Assert.Equal(2 * RewrittenTerms, walker.Nodes); // the names, one operator fewer, the file
        });
    }

    [Fact]
    public void ARecursiveVisitorReachesTheBottomOfAHundredThousandLambdas()
    {
        var root = s_lambdas.Value;
        int depth = 0;
        OnSmallStack(() => depth = new DepthVisitor().Visit(root));
        // The file, then per lambda the lambda and its parameter node chain, then the innermost name.
        Assert.True(depth > Lambdas, $"depth {depth}");
        Assert.Equal(depth, new DepthVisitor().Visit(root));
    }

    [Fact]
    public void EditsAndRewritesOnAHundredThousandLambdas()
    {
        var root = s_lambdas.Value;
        var deepest = Deepest(root);
        OnSmallStack(() =>
        {
            var edited = root.ReplaceNode(deepest, Id("y").WithTriviaFrom(deepest));
            Assert.EndsWith("x: x: y\n", edited.ToFullString());
            var innermost = edited.DescendantNodes().OfType<LambdaExpressionSyntax>().Last();
            var removed = edited.ReplaceNode(innermost, innermost.Body);
            Assert.Equal(root.FullSpan.Length - 3, removed.FullSpan.Length);
            Assert.Same(root, new IdentityRewriter().Visit(root));
            Assert.Equal(root.ToFullString().Replace('x', 'z'), new RenameRewriter("x", "z").Visit(root)!.ToFullString());
            Assert.Equal(root.ToFullString(), root.ReplaceNodes(root.DescendantNodes().OfType<IdentifierNameSyntax>(), (_, r) => r).ToFullString());
        });
    }

    [Fact]
    public void ReplaceNodesEverywhereInAMillionLevelChain()
    {
        var root = s_concat.Value;
        OnSmallStack(() =>
        {
            var edited = root.ReplaceNodes(root.DescendantNodes().OfType<IdentifierNameSyntax>(), (_, r) => Id("c").WithTriviaFrom(r));
            Assert.Equal(root.ToFullString().Replace('a', 'c'), edited.ToFullString());
        });
    }
}
