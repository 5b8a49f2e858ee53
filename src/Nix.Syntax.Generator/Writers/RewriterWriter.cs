using Nix.Syntax.Generator.Model;

namespace Nix.Syntax.Generator.Writers;

/// <summary>
/// Writes NixSyntaxRewriter.g.cs: for each node class, a <c>Visit…</c> that visits every child in document
/// order and calls <c>Update</c>, which keeps the node when no child changed.
/// </summary>
internal static class RewriterWriter
{
    public static string Write(TreeModel tree)
    {
        var w = new CodeWriter();
        w.FileHeader();
        w.Summary("Rewrites a tree bottom-up: each <c>Visit…</c> visits the node's children (nodes, tokens and lists) and rebuilds the node only when one of them changed. Override a <c>Visit…</c> method to replace or remove nodes.");
        w.Line("public partial class NixSyntaxRewriter : NixSyntaxVisitor<SyntaxNode?>");
        w.Open();
        bool first = true;
        foreach (var node in tree.ConcreteNodes)
        {
            if (!first) w.Line();
            first = false;
            w.Summary($"Visits the children of {Names.Article(node.Name)} <see cref=\"{node.Name}\"/> and updates it with the results.");
            w.Param("node", "The node.");
            w.Returns("The node itself when no child changed, else the updated node.");
            if (node.Fields.Count == 0)
            {
                w.Line($"public override SyntaxNode? Visit{node.ShortName}({node.Name} node) => node;");
                continue;
            }

            w.Line($"public override SyntaxNode? Visit{node.ShortName}({node.Name} node)");
            using (w.Indent())
            {
                w.Line("=> node.Update(");
                using (w.Indent())
                {
                    for (int i = 0; i < node.Fields.Count; i++)
                    {
                        string end = i == node.Fields.Count - 1 ? ");" : ",";
                        w.Line(VisitChild(node, node.Fields[i]) + end);
                    }
                }
            }
        }

        w.Close();
        return w.ToString();
    }

    private static string VisitChild(NodeModel node, FieldModel field) => field.Kind switch
    {
        FieldKind.Token => $"VisitToken(node.{field.Name})",
        FieldKind.Node when field.IsOptional => $"({field.NodeType}?)Visit(node.{field.Name})",
        FieldKind.Node =>
            $"({field.NodeType}?)Visit(node.{field.Name}) ?? throw new InvalidOperationException(\"The rewriter removed {node.Name}.{field.Name}, which is required.\")",
        FieldKind.List => $"VisitList(node.{field.Name})",
        _ => $"VisitSeparatedList(node.{field.Name})",
    };
}
