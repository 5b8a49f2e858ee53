using K3s.Modules.Values;
using Nix.Syntax;

namespace K3s.Modules;

/// <summary>The <see cref="Remark"/> written with a binding or list element: its <c>#</c> comments.</summary>
public static class BindingRemark
{
    /// <summary>The <c>#</c> comments above a binding and after it on its line.</summary>
    /// <param name="binding">The binding.</param>
    /// <returns>The remark, or null when there is none.</returns>
    public static Remark? Of(SyntaxNode binding)
    {
        var leading = binding.GetLeadingTrivia()
            .Where(t => t.Kind == NixSyntaxKind.SingleLineCommentTrivia)
            .Select(t => Remark.FromCommentText(t.ToString()))
            .ToEquatableList();
        var trailing = Trailing(binding);
        return leading.Count == 0 && trailing is null ? null : new Remark(leading, trailing);
    }

    /// <summary>The text of the <c>#</c> comment after a node on its line (a list element's comment).</summary>
    /// <param name="node">The node.</param>
    /// <returns>The comment's text, or null.</returns>
    public static string? Trailing(SyntaxNode node)
    {
        foreach (var trivia in node.GetTrailingTrivia())
        {
            if (trivia.Kind == NixSyntaxKind.SingleLineCommentTrivia) return Remark.FromCommentText(trivia.ToString());
            if (trivia.Kind == NixSyntaxKind.EndOfLineTrivia) break;
        }
        return null;
    }
}
