namespace Nix.Syntax;

public abstract partial class SyntaxNode
{
    /// <summary>
    /// <paramref name="rebuilt"/>, made by <c>Update</c> to replace this node, carrying this node's annotations
    /// (on a fresh green copy, since the factory's green may be shared).
    /// </summary>
    private protected TNode KeepAnnotations<TNode>(TNode rebuilt) where TNode : SyntaxNode
    {
        if (!Green.HasAnnotations) return rebuilt;
        var annotations = GreenAnnotations.Get(Green);
        return annotations.Length == 0 ? rebuilt : (TNode)AnnotationSets.NewRoot(GreenAnnotations.WithAnnotations(rebuilt.Green, annotations));
    }
}
