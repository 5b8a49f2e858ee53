using K3s.Modules.Profiles;
using K3s.Modules.Tests.Support;
using Nix.Syntax;
using K3s.Modules.Values;

namespace K3s.Modules.Tests.Profiles;

/// <summary>The design document's complete example built through the API is the document's own code block.</summary>
public sealed class DesignDocumentExampleTests
{
    private static SyntaxNode DocumentTree() => NixSyntaxTree.ParseText(Goldens.Read("design-document-example")).GetRoot();

    [Fact]
    public void BuiltModuleIsEquivalentToTheDocumentsCodeBlock()
    {
        var document = DocumentTree();
        Assert.Empty(document.SyntaxTree!.GetDiagnostics());
        Assert.True(DesignDocumentExample.Build().ToSyntaxTree().IsEquivalentTo(document));
    }

    [Fact]
    public void EveryCommentOfTheDocumentIsOnTheSameBinding()
    {
        var expected = Comments(DocumentTree());
        var actual = Comments(DesignDocumentExample.Build().ToSyntaxTree());
        Assert.Equal(10, expected.Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ReadingTheDocumentGivesTheBuiltModule() =>
        Assert.Equal(DesignDocumentExample.Build(), K3sNodeModule.FromSyntax(DocumentTree()));

    // (binding path, comment text) for every # comment in the leading or trailing trivia of a binding; a binding's
    // path is the paths of the bindings around it and its own, joined.
    private static List<string> Comments(SyntaxNode root)
    {
        var comments = new List<string>();
        foreach (var binding in root.DescendantNodes().OfType<AttrPathValueSyntax>())
        {
            if (BindingRemark.Of(binding) is not { } remark) continue;
            var path = string.Join(".", binding.AncestorsAndSelf().OfType<AttrPathValueSyntax>().Reverse()
                .Select(b => StaticAttrPath.Of(b.AttrPath)!.ToString()));
            comments.AddRange(Describe(path, remark));
        }
        comments.Sort(StringComparer.Ordinal);
        return comments;
    }

    private static IEnumerable<string> Describe(string path, Remark remark) =>
        remark.Leading.Select(l => $"{path} above: {l}").Concat(remark.Trailing is null ? [] : [$"{path} after: {remark.Trailing}"]);
}
