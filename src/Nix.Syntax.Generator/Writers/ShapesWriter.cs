using Nix.Syntax.Generator.Model;

namespace Nix.Syntax.Generator.Writers;

/// <summary>
/// Writes SyntaxShapes.g.cs: NixSyntax.xml as data, so that tests can check every node a parser or a
/// rewriter builds (slot count, slot kinds, token kinds, node types) without reflection over the classes.
/// </summary>
internal static class ShapesWriter
{
    public static string Write(TreeModel tree)
    {
        var w = new CodeWriter();
        w.FileHeader("System.Diagnostics.CodeAnalysis");
        w.Summary("The shape of every node kind as NixSyntax.xml defines it: its class and, per slot, what the slot may hold.");
        w.Line("internal static partial class SyntaxShapes");
        w.Open();
        foreach (var node in tree.ConcreteNodes)
        {
            w.Line($"private static readonly SyntaxShape s_{Names.ToParameterName(node.ShortName).TrimStart('@')} = new(");
            using (w.Indent())
            {
                w.Line($"typeof({node.Name}),");
                w.Line($"typeof({node.Base}),");
                w.Line($"[{string.Join(", ", node.Kinds.Select(KindText.Member))}],");
                if (node.Fields.Count == 0)
                {
                    w.Line("[]);");
                }
                else
                {
                    w.Line("[");
                    using (w.Indent())
                    {
                        foreach (var field in node.Fields) w.Line(Slot(field) + ",");
                    }

                    w.Line("]);");
                }
            }

            w.Line();
        }

        w.Summary("Every shape, in the order of NixSyntax.xml.");
        w.Line("public static IReadOnlyList<SyntaxShape> All { get; } =");
        w.Line("[");
        using (w.Indent())
        {
            foreach (var node in tree.ConcreteNodes) w.Line($"s_{Names.ToParameterName(node.ShortName).TrimStart('@')},");
        }

        w.Line("];");
        w.Line();
        w.Summary("Finds the shape of a node kind.");
        w.Param("kind", "A node kind.");
        w.Param("shape", "The shape, when found.");
        w.Returns("Whether <paramref name=\"kind\"/> is a node kind of NixSyntax.xml.");
        w.Line("public static bool TryGetShape(NixSyntaxKind kind, [MaybeNullWhen(false)] out SyntaxShape shape)");
        w.Open();
        w.Line("shape = kind switch");
        w.Open();
        foreach (var node in tree.ConcreteNodes)
        {
            string field = $"s_{Names.ToParameterName(node.ShortName).TrimStart('@')}";
            if (!node.HasManyKinds)
            {
                w.Line($"{KindText.Member(node.Kinds[0])} => {field},");
                continue;
            }

            w.Line(KindText.Member(node.Kinds[0]));
            using (w.Indent())
            {
                foreach (var kind in node.Kinds.Skip(1)) w.Line("or " + KindText.Member(kind));
                w.Line($"=> {field},");
            }
        }

        w.Line("_ => null,");
        w.Close(";");
        w.Line("return shape is not null;");
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static string Slot(FieldModel field)
    {
        string kind = "SyntaxSlotKind." + field.Kind switch
        {
            FieldKind.Token => "Token",
            FieldKind.Node => "Node",
            FieldKind.List => "List",
            _ => "SeparatedList",
        };
        string nodeType = field.NodeType is null ? "null" : $"typeof({field.NodeType})";
        string tokenKinds = $"[{string.Join(", ", field.TokenKinds.Select(KindText.Member))}]";
        return $"new(\"{field.Name}\", {kind}, isOptional: {(field.IsOptional ? "true" : "false")}, {nodeType}, {tokenKinds})";
    }
}
