using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nix.Syntax.Tests.Generators;
using static Nix.Syntax.SyntaxFactory;

namespace Nix.Syntax.Tests.Editing;

/// <summary>Properties of rewriting and editing over random valid programs (see <see cref="NixProgramGenerator"/>).</summary>
public class RewriterProperties
{
    private static Arbitrary<string> Programs => NixProgramGenerator.ProgramArbitrary();

    private sealed class IdentityRewriter : NixSyntaxRewriter;

    /// <summary>Replaces every identifier token by a new token equal to it (same kind, text and trivia).</summary>
    private sealed class IdentifierCopier : NixSyntaxRewriter
    {
        public int Count { get; private set; }

        public override SyntaxToken VisitToken(SyntaxToken token)
        {
            if (!token.IsKind(NixSyntaxKind.IdentifierToken)) return token;
            Count++;
            return Token(NixSyntaxKind.IdentifierToken, token.Text).WithTriviaFrom(token);
        }
    }

    [Property(MaxTest = 200)]
    public Property IdentityRewriteReturnsTheSameNode() =>
        Prop.ForAll(Programs, text =>
        {
            var root = NixSyntaxTree.ParseText(text).GetRoot();
            return ReferenceEquals(root, new IdentityRewriter().Visit(root));
        });

    [Property(MaxTest = 200)]
    public Property ReplacingEveryIdentifierByItselfKeepsTheText() =>
        Prop.ForAll(Programs, text =>
        {
            var root = NixSyntaxTree.ParseText(text).GetRoot();
            var copier = new IdentifierCopier();
            var rewritten = copier.Visit(root)!;
            bool identifiers = root.DescendantTokens().Any(t => t.IsKind(NixSyntaxKind.IdentifierToken));
            return (rewritten.ToFullString() == text && rewritten.IsEquivalentTo(root) && (!identifiers || !ReferenceEquals(rewritten, root)))
                .Label($"identifiers replaced: {copier.Count}");
        });

    [Property(MaxTest = 200)]
    public Property ReplaceTokensWithCopiesKeepsTheText() =>
        Prop.ForAll(Programs, text =>
        {
            var root = NixSyntaxTree.ParseText(text).GetRoot();
            var edited = root.ReplaceTokens(root.DescendantTokens().Where(t => t.IsKind(NixSyntaxKind.IdentifierToken)),
                (_, r) => Token(NixSyntaxKind.IdentifierToken, r.Text).WithTriviaFrom(r));
            return edited.ToFullString() == text && edited.IsEquivalentTo(root);
        });

    [Property(MaxTest = 200)]
    public Property ReplacingAnyNodeByAnAnnotatedCopyKeepsTheTextAndFindsIt() =>
        Prop.ForAll(Programs, Gen.Choose(0, int.MaxValue).ToArbitrary(), (text, pick) =>
        {
            var root = NixSyntaxTree.ParseText(text).GetRoot();
            var nodes = root.DescendantNodes().ToList();
            if (nodes.Count == 0) return true;
            var node = nodes[pick % nodes.Count];
            var marker = new SyntaxAnnotation();
            var edited = root.ReplaceNode(node, node.WithAdditionalAnnotations(marker));
            var found = edited.GetAnnotatedNodes(marker).ToList();
            return edited.ToFullString() == text && found.Count == 1 && found[0].FullSpan == node.FullSpan && found[0].Kind == node.Kind
                && !root.ContainsAnnotations;
        });
}
