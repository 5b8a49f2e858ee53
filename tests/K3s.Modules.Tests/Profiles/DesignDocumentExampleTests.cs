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

    // (binding path, comment text) for every # comment in the leading or trailing trivia of a binding.
    private static List<string> Comments(SyntaxNode root)
    {
        var set = ModuleSyntaxReader.Read(root);
        var comments = new List<string>();
        foreach (var (path, remark) in set.GroupRemarks)
            comments.AddRange(Describe(path, remark));
        foreach (var definition in set.Definitions.Where(d => d.Remark is not null))
            comments.AddRange(Describe(definition.Path.ToString(), definition.Remark!));
        comments.Sort(StringComparer.Ordinal);
        return comments;
    }

    private static IEnumerable<string> Describe(string path, Remark remark) =>
        remark.Leading.Select(l => $"{path} above: {l}").Concat(remark.Trailing is null ? [] : [$"{path} after: {remark.Trailing}"]);
}
