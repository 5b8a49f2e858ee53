using Nix.Syntax;
using Nix.Syntax.Text;

namespace K3s.Modules.Reading;

/// <summary>
/// Where something stands in a source file: the path, the span (offset and length, in UTF-16 code units)
/// and the 1-based line and column of its start and end.
/// </summary>
/// <param name="Path">The file path, or null for text read without one.</param>
/// <param name="Span">The span in the file's text.</param>
/// <param name="StartLine">1-based line of the first character.</param>
/// <param name="StartColumn">1-based column of the first character.</param>
/// <param name="EndLine">1-based line just past the last character.</param>
/// <param name="EndColumn">1-based column just past the last character.</param>
public sealed record SourceLocation(string? Path, TextSpan Span, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The location of a node's span (without its trivia).</summary>
    public static SourceLocation Of(SyntaxNode node) => Of(node.SyntaxTree, node.Span);

    /// <summary>The location of <paramref name="span"/> in <paramref name="tree"/>.</summary>
    public static SourceLocation Of(NixSyntaxTree? tree, TextSpan span)
    {
        if (tree is null) return new SourceLocation(null, span, 0, 0, 0, 0);
        var lines = tree.Text.GetLinePositionSpan(span);
        return new SourceLocation(tree.FilePath, span, lines.Start.Line + 1, lines.Start.Character + 1, lines.End.Line + 1, lines.End.Character + 1);
    }

    /// <summary><c>path:line:column</c>.</summary>
    public override string ToString() => $"{Path ?? "<text>"}:{StartLine}:{StartColumn}";
}
