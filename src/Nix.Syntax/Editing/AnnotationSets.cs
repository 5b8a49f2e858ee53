using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax;

/// <summary>Small helpers shared by the node and token annotation methods.</summary>
internal static class AnnotationSets
{
    /// <summary>The union of <paramref name="current"/> and <paramref name="added"/>, or null when nothing is new.</summary>
    public static SyntaxAnnotation[]? Add(SyntaxAnnotation[] current, IEnumerable<SyntaxAnnotation> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        List<SyntaxAnnotation>? merged = null;
        foreach (var annotation in added)
        {
            ArgumentNullException.ThrowIfNull(annotation, nameof(added));
            if (Array.IndexOf(current, annotation) >= 0 || merged?.Contains(annotation) == true) continue;
            (merged ??= [.. current]).Add(annotation);
        }

        return merged?.ToArray();
    }

    /// <summary>The red root over a green node made by an edit.</summary>
    public static SyntaxNode NewRoot(GreenNode green) => green.CreateRed(null, 0, null);
}
