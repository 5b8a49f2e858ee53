using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nix.Syntax.Diagnostics;
using Nix.Syntax.Tests.Generators;

namespace Nix.Syntax.Tests.Factory;

/// <summary>
/// What the factory builds, laid out by <c>NormalizeWhitespace</c>, parses back with no diagnostics into an equivalent
/// tree, and laying it out again changes nothing.
/// </summary>
public class FactoryTreeProperties
{
    private static Arbitrary<(int Seed, int Budget)> Trees =>
        Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed => (seed, 1 + size))).ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property BuiltTreesPrintToTextThatParsesBackEquivalent() =>
        Prop.ForAll(Trees, input =>
        {
            var built = new FactoryTreeGenerator(input.Seed, input.Budget).Expression();
            var text = built.NormalizeWhitespace().ToFullString();
            var tree = NixSyntaxTree.ParseText(text);
            // Syntax only: random trees may bind a name twice, which the binder (NIX3xxx) rightly reports.
            var diagnostics = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("NIX3", StringComparison.Ordinal)).ToList();
            return (diagnostics.Count == 0 && tree.GetRoot().Expression.IsEquivalentTo(built))
                .Label($"seed {input.Seed}, budget {input.Budget}:\n{text}\n{string.Join("\n", diagnostics)}");
        });

    [Property(MaxTest = 300)]
    public Property NormalizingTwiceGivesTheSameText() =>
        Prop.ForAll(Trees, input =>
        {
            var built = new FactoryTreeGenerator(input.Seed, input.Budget).Expression();
            var once = built.NormalizeWhitespace().ToFullString();
            var twice = built.NormalizeWhitespace().NormalizeWhitespace().ToFullString();
            var reparsed = NixSyntaxTree.ParseText(once).GetRoot().NormalizeWhitespace().ToFullString();
            return (once == twice && once == reparsed).Label($"seed {input.Seed}:\n{once}\n---\n{twice}\n---\n{reparsed}");
        });

    [Property(MaxTest = 300)]
    public Property ParsedProgramsWithCommentsNormalizeToEquivalentTrees() =>
        Prop.ForAll(NixProgramGenerator.ProgramArbitrary(), text =>
        {
            var root = NixSyntaxTree.ParseText(text).GetRoot();
            var normalized = root.NormalizeWhitespace().ToFullString();
            var tree = NixSyntaxTree.ParseText(normalized);
            // Syntax only: random trees may bind a name twice, which the binder (NIX3xxx) rightly reports.
            var diagnostics = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("NIX3", StringComparison.Ordinal)).ToList();
            int comments = root.DescendantTrivia().Count(t => SyntaxFacts.IsComment(t.Kind));
            int keptComments = tree.GetRoot().DescendantTrivia().Count(t => SyntaxFacts.IsComment(t.Kind));
            return (diagnostics.Count == 0 && tree.GetRoot().IsEquivalentTo(root) && comments == keptComments
                    && tree.GetRoot().NormalizeWhitespace().ToFullString() == normalized)
                .Label($"{text}\n---\n{normalized}\n{string.Join("\n", diagnostics)}");
        });

    [Fact]
    public void DeepTreesDoNotOverflowTheStack()
    {
        ExpressionSyntax deep = SyntaxFactory.IdentifierName("x");
        for (int i = 0; i < 20000; i++)
            deep = SyntaxFactory.Binary(NixSyntaxKind.ConcatExpression, SyntaxFactory.List(SyntaxFactory.IntegerLiteral(i)), deep);
        var text = deep.NormalizeWhitespace().ToFullString();
        Assert.StartsWith("[ 19999 ] ++ [ 19998 ] ++", text);
        Assert.EndsWith("++ x", text);
    }
}
