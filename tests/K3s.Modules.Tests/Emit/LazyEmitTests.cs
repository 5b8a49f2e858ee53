using K3s.Modules.Values;
using Nix.Syntax;

namespace K3s.Modules.Tests.Emit;

/// <summary>
/// A large section's bindings (sysctls, containerd settings) are made on first read, and a print makes the ones not
/// yet read without keeping them. Through the public API the tree must not differ from one made at once: the same
/// text before and after walks, the parser's tree, stable red nodes, positions, edits, and parallel walks.
/// </summary>
public sealed class LazyEmitTests
{
    private const int Count = 3_000; // above the emitter's lazy threshold

    private static K3sNodeModule Sysctls() => new()
    {
        Sysctls = Enumerable.Range(0, Count)
            .Select(i => new Sysctl(i % 11 == 0 ? $"net.odd \"q\" ${{x}}.{i}" : $"net.bench.k{i}", i % 5 == 0 ? new SysctlText($"v {i}") : new SysctlInteger(i % 7 == 0 ? -i : i)))
            .ToEquatableList(),
    };

    private static K3sNodeModule Settings() => new()
    {
        Containerd = new Containerd
        {
            Settings = new NixAttrs(Enumerable.Range(0, Count)
                .Select(i => new NixBinding(ContainerdSettings.Plugin(ContainerdSettings.LegacyCriPlugin, "containerd", "runtimes", "r" + (i / 64), "options", "k" + (i % 64)),
                    i % 3 == 0 ? NixString.Of("s" + i) : i % 3 == 1 ? new NixInt(i) : new NixBool(true),
                    i % 500 == 7 ? new Remark([$"note {i}"], i % 1000 == 7 ? "trailing" : null) : null))
                .ToEquatableList()),
        },
    };

    public static TheoryData<string> Shapes => new() { "sysctls", "settings" };

    private static K3sNodeModule Module(string shape) => shape == "sysctls" ? Sysctls() : Settings();

    // The set of the large section: the one attribute set with more than a thousand bindings.
    private static AttrSetExpressionSyntax LargeSet(SyntaxNode root) =>
        root.DescendantNodes().OfType<AttrSetExpressionSyntax>().Single(s => s.Bindings.Count == Count);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void PrintingTwiceAndAfterAWalkGivesTheSameTextAsTheParsersTree(string shape)
    {
        var module = Module(shape);
        var tree = module.ToSyntaxTree();
        var printed = tree.ToFullString();
        Assert.Equal(printed, tree.ToFullString());
        int tokens = tree.DescendantTokens().Count();
        Assert.Equal(printed, tree.ToFullString());
        var parsed = NixSyntaxTree.ParseText(printed);
        Assert.Empty(parsed.GetDiagnostics());
        Assert.True(tree.IsEquivalentTo(parsed.GetRoot()));
        Assert.Equal(parsed.GetRoot().DescendantTokens().Count(), tokens);
        Assert.Equal(module, K3sNodeModule.Parse(printed));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void RedNodesAndPositionsAreStableAcrossWalks(string shape)
    {
        var tree = Module(shape).ToSyntaxTree();
        var text = tree.ToFullString(); // the print makes every binding once without keeping it
        var set = LargeSet(tree);
        var first = set.Bindings[1234];
        Assert.Same(first, LargeSet(tree).Bindings[1234]);
        Assert.Same(first, tree.DescendantNodes().OfType<AttrPathValueSyntax>().First(b => b.Span == first.Span));
        // Positions come from the list's offsets: each binding's text is where the printed text has it.
        foreach (int i in new[] { 0, 1, 255, 256, 1234, Count - 1 })
        {
            var binding = set.Bindings[i];
            Assert.Equal(text.Substring(binding.FullSpan.Start, binding.FullSpan.Length), binding.ToFullString());
            var value = ((AttrPathValueSyntax)binding).Value;
            Assert.Same(value, tree.FindToken(value.SpanStart).Parent!.AncestorsAndSelf().OfType<ExpressionSyntax>().First(e => e.Span == value.Span));
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ReplacingALazyBindingsValueEditsOnlyThatBinding(string shape)
    {
        var tree = Module(shape).ToSyntaxTree();
        var text = tree.ToFullString();
        var binding = (AttrPathValueSyntax)LargeSet(tree).Bindings[2021];
        var edited = tree.ReplaceNode(binding.Value, SyntaxFactory.IdentifierName("null"));
        var expected = text[..binding.Value.SpanStart] + "null" + text[binding.Value.Span.End..];
        Assert.Equal(expected, edited.ToFullString());
        var withValue = tree.ReplaceNode(binding, binding.WithValue(SyntaxFactory.IdentifierName("false")));
        Assert.Equal(text[..binding.Value.SpanStart] + "false" + text[binding.Value.Span.End..], withValue.ToFullString());
        Assert.True(edited.IsEquivalentTo(NixSyntaxTree.ParseText(expected).GetRoot()));
        Assert.Equal(text, tree.ToFullString()); // the original is unchanged
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ParallelWalksSeeTheSameNodes(string shape)
    {
        var tree = Module(shape).ToSyntaxTree();
        var walks = new AttrPathValueSyntax[8][];
        var texts = new string[8];
        // Every walk starts before any binding is made, so the walks race to make them.
        Parallel.For(0, walks.Length, w =>
        {
            var set = LargeSet(tree);
            var bindings = new AttrPathValueSyntax[Count];
            for (int k = 0; k < Count; k++)
            {
                int i = (k * 7 + w * 131) % Count; // each walk in its own order
                bindings[i] = (AttrPathValueSyntax)set.Bindings[i];
            }
            walks[w] = bindings;
            texts[w] = tree.ToFullString();
        });
        for (int w = 1; w < walks.Length; w++)
        {
            Assert.Equal(texts[0], texts[w]);
            for (int i = 0; i < Count; i++) Assert.Same(walks[0][i], walks[w][i]);
        }
        Assert.True(tree.IsEquivalentTo(NixSyntaxTree.ParseText(texts[0]).GetRoot()));
    }
}
