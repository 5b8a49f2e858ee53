namespace Nix.Syntax.Generator.Model;

/// <summary>The whole of NixSyntax.xml: the root class and every node class in document order.</summary>
/// <param name="Root">The class every node derives from (<c>SyntaxNode</c>).</param>
/// <param name="Nodes">The abstract and concrete node classes, in the order of the file.</param>
internal sealed record TreeModel(string Root, IReadOnlyList<NodeModel> Nodes)
{
    /// <summary>The concrete (sealed) node classes, in the order of the file.</summary>
    public IEnumerable<NodeModel> ConcreteNodes => Nodes.Where(n => !n.IsAbstract);
}
