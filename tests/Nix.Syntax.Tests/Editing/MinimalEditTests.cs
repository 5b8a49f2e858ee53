using static Nix.Syntax.Tests.Editing.EditingTestHelpers;

namespace Nix.Syntax.Tests.Editing;

/// <summary>
/// An edit touches only what it changes: on a hand-maintained 500-line NixOS module (TestData/editing), replacing
/// one value deep inside changes exactly those bytes, and every comment, blank line and odd indentation elsewhere
/// stays as it was.
/// </summary>
public class MinimalEditTests
{
    private static readonly string ModulePath = Path.Combine(TestPaths.TestData, "editing", "k3s-cluster.nix");

    private static (string Text, SourceFileSyntax Root) Module()
    {
        string text = File.ReadAllText(ModulePath);
        Assert.True(text.Split('\n').Length >= 500, "the module should be about 500 lines");
        return (text, Parse(text));
    }

    private static AttrPathValueSyntax BindingIn(SyntaxNode root, string outer, string inner) =>
        Binding(Binding(root, outer), inner);

    [Fact]
    public void ReplacingOneValueDeepInsideChangesOnlyItsBytes()
    {
        var (text, root) = Module();
        var value = BindingIn(root, "\"k3s-coredns-helper\"", "RestartSec").Value;
        Assert.Equal("8", value.ToString());

        var edited = root.ReplaceNode(value, Int("30").WithTriviaFrom(value));

        var span = value.Span;
        Assert.Equal(text[..span.Start] + "30" + text[span.End..], edited.ToFullString());
        Assert.Empty(NixSyntaxTree.ParseText(edited.ToFullString()).GetDiagnostics());
    }

    [Fact]
    public void ReplacingAStringKeepsEverythingElse()
    {
        var (text, root) = Module();
        var delta = Binding(root, "delta");
        var ip = Binding(delta, "ip").Value;
        var newIp = Expr("\"10.0.0.24\"");

        var edited = root.ReplaceNode(ip, newIp.WithTriviaFrom(ip));

        Assert.Equal(text[..ip.Span.Start] + "\"10.0.0.24\"" + text[ip.Span.End..], edited.ToFullString());
        // The misaligned line and its comment are as they were.
        Assert.Contains("      delta = { ip = \"10.0.0.24\"; role = \"agent\";  zone = \"b\"; };   # misaligned on purpose\n", edited.ToFullString());
    }

    [Fact]
    public void SeveralEditsAtOnceChangeOnlyTheirBytes()
    {
        var (text, root) = Module();
        var ports = root.DescendantNodes().OfType<AttrPathValueSyntax>()
            .Where(b => b.AttrPath.ToString() == "port").Select(b => b.Value).ToList();
        Assert.Equal(8, ports.Count);

        var edited = root.ReplaceNodes(ports, (original, _) => Expr("\"1" + original.ToString().Trim('"') + "\"").WithTriviaFrom(original));

        string expected = text;
        foreach (var port in Enumerable.Reverse(ports))
            expected = expected[..port.Span.Start] + "\"1" + port.ToString().Trim('"') + "\"" + expected[port.Span.End..];
        Assert.Equal(expected, edited.ToFullString());
    }

    [Fact]
    public void UntouchedPartsAreSharedNotCopied()
    {
        var (_, root) = Module();
        var value = BindingIn(root, "\"k3s-coredns-helper\"", "RestartSec").Value;
        var edited = root.ReplaceNode(value, Int("30").WithTriviaFrom(value));
        Assert.Same(Binding(root, "options.services.k3sCluster").Green, Binding(edited, "options.services.k3sCluster").Green);
        Assert.Same(Binding(root, "\"k3s-loki-helper\"").Green, Binding(edited, "\"k3s-loki-helper\"").Green);
        Assert.NotSame(Binding(root, "\"k3s-coredns-helper\"").Green, Binding(edited, "\"k3s-coredns-helper\"").Green);
    }

    [Fact]
    public void RemovingAndInsertingABindingKeepsTheRestOfTheFile()
    {
        var (text, root) = Module();
        var sysctl = Binding(root, "\"vm.max_map_count\"");
        var removed = root.RemoveNode(sysctl, SyntaxRemoveOptions.KeepNoTrivia)!;
        var full = sysctl.FullSpan;
        Assert.Equal(text[..full.Start] + text[full.End..], removed.ToFullString());

        var anchor = Binding(root, "\"fs.inotify.max_user_watches\"");
        var added = Parse("{\n      \"kernel.pid_max\" = 4194304;\n}").DescendantNodes().OfType<AttrPathValueSyntax>().Single();
        var inserted = root.InsertNodesAfter(anchor, [added]);
        Assert.Equal(text[..anchor.FullSpan.End] + "      \"kernel.pid_max\" = 4194304;\n" + text[anchor.FullSpan.End..], inserted.ToFullString());
    }
}
