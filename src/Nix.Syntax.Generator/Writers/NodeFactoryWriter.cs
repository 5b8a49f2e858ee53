using Nix.Syntax.Generator.Model;

namespace Nix.Syntax.Generator.Writers;

/// <summary>Writes SyntaxNodeFactory.g.cs: the switch from a green node's kind to its red class.</summary>
internal static class NodeFactoryWriter
{
    public static string Write(TreeModel tree)
    {
        var w = new CodeWriter();
        w.FileHeader("Nix.Syntax.InternalSyntax");
        w.Summary("Creates the red node of a green node: the class is chosen by the kind, as NixSyntax.xml lists them.");
        w.Line("internal static class SyntaxNodeFactory");
        w.Open();
        w.Summary("Creates the red node of <paramref name=\"green\"/>, a node of one of the kinds of NixSyntax.xml.");
        w.Param("green", "The green node.");
        w.Param("parent", "The parent, or null for a root.");
        w.Param("position", "The start of the node's full span.");
        w.Param("tree", "The tree the node belongs to, if any.");
        w.Returns("The new red node.");
        w.Line("/// <exception cref=\"InvalidOperationException\">No class of NixSyntax.xml has the green node's kind.</exception>");
        w.Line("public static SyntaxNode Create(GreenNode green, SyntaxNode? parent, int position, NixSyntaxTree? tree) => green.Kind switch");
        w.Open();
        foreach (var node in tree.ConcreteNodes)
        {
            string creation = $"new {node.Name}(green, parent, position, tree)";
            if (!node.HasManyKinds)
            {
                w.Line($"{KindText.Member(node.Kinds[0])} => {creation},");
                continue;
            }

            w.Line(KindText.Member(node.Kinds[0]));
            using (w.Indent())
            {
                foreach (var kind in node.Kinds.Skip(1)) w.Line("or " + KindText.Member(kind));
                w.Line($"=> {creation},");
            }
        }

        w.Line("_ => throw new InvalidOperationException($\"No syntax node class has the kind {green.Kind}.\"),");
        w.Close(";");
        w.Close();
        return w.ToString();
    }
}
