using Nix.Syntax.Generator.Model;

namespace Nix.Syntax.Generator.Writers;

/// <summary>
/// Writes Syntax.g.cs: one red class per node of NixSyntax.xml, with typed properties over the slots,
/// <c>Accept</c>, <c>Update</c>, <c>With*</c> and <c>Add*</c>.
/// </summary>
internal static class SyntaxWriter
{
    public static string Write(TreeModel tree)
    {
        var w = new CodeWriter();
        w.FileHeader("Nix.Syntax.InternalSyntax");
        bool first = true;
        foreach (var node in tree.Nodes)
        {
            if (!first) w.Line();
            first = false;
            if (node.IsAbstract) WriteAbstract(w, node);
            else WriteConcrete(w, node);
        }

        return w.ToString();
    }

    private static void WriteAbstract(CodeWriter w, NodeModel node)
    {
        w.Doc(node.Comment);
        w.Line($"public abstract partial class {node.Name} : {node.Base}");
        w.Open();
        WriteConstructor(w, node, "private protected");
        w.Close();
    }

    private static void WriteConcrete(CodeWriter w, NodeModel node)
    {
        w.Doc(node.Comment, $"Kinds: {KindText.Crefs(node.Kinds)}.");
        w.Line($"public sealed partial class {node.Name} : {node.Base}");
        w.Open();
        WriteConstructor(w, node, "internal");

        foreach (var field in node.Fields)
        {
            w.Line();
            WriteProperty(w, field);
        }

        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override TResult? Accept<TResult>(NixSyntaxVisitor<TResult> visitor) where TResult : default => visitor.Visit{node.ShortName}(this);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override void Accept(NixSyntaxVisitor visitor) => visitor.Visit{node.ShortName}(this);");

        if (node.Fields.Count > 0)
        {
            w.Line();
            WriteUpdate(w, node);
            foreach (var field in node.Fields)
            {
                w.Line();
                WriteWith(w, node, field);
            }

            foreach (var field in node.Fields.Where(f => f.Kind is FieldKind.List or FieldKind.SeparatedList))
            {
                w.Line();
                WriteAdd(w, node, field);
            }
        }

        w.Close();
    }

    private static void WriteConstructor(CodeWriter w, NodeModel node, string accessibility)
    {
        w.Line($"{accessibility} {node.Name}(GreenNode green, SyntaxNode? parent, int position, NixSyntaxTree? tree)");
        using (w.Indent()) w.Line(": base(green, parent, position, tree)");
        w.Open();
        w.Close();
    }

    private static void WriteProperty(CodeWriter w, FieldModel field)
    {
        string? remarks = field.Kind switch
        {
            FieldKind.Token when field.IsOptional =>
                $"A token of kind {KindText.Crefs(field.TokenKinds)}, or <c>default</c> (of kind <see cref=\"NixSyntaxKind.None\"/>) when absent.",
            FieldKind.Token => $"A token of kind {KindText.Crefs(field.TokenKinds)}.",
            FieldKind.Node when field.IsOptional => "Null when absent.",
            FieldKind.SeparatedList => $"Separators: {KindText.Crefs(field.TokenKinds)}.",
            _ => null,
        };
        w.Doc(field.Comment, remarks);

        string getter = field.Kind switch
        {
            FieldKind.Token => $"GetToken({field.Slot})",
            FieldKind.Node when field.IsOptional => $"GetRed<{field.NodeType}>({field.Slot})",
            FieldKind.Node => $"GetRed<{field.NodeType}>({field.Slot})!",
            _ => $"new(GetRed({field.Slot}))",
        };
        w.Line($"public {field.TypeName} {field.Name} => {getter};");
    }

    private static void WriteUpdate(CodeWriter w, NodeModel node)
    {
        w.Summary("Returns this node when every argument is what it already holds (the same node, token or list), else a new node of the same kind with the arguments.");
        foreach (var field in node.Fields) w.Param(field.ParameterName, field.Comment.Summary);
        w.Returns("This node, or a new node without parent.");
        w.Line($"public {node.Name} Update({string.Join(", ", node.Fields.Select(f => $"{f.TypeName} {f.ParameterName}"))})");
        w.Open();
        var changes = node.Fields.Select(f => f.Kind switch
        {
            FieldKind.Token => $"{f.ParameterName} != {f.Name}",
            FieldKind.Node => $"!ReferenceEquals({f.ParameterName}, {f.Name})",
            _ => $"!ReferenceEquals({f.ParameterName}.Node, {f.Name}.Node)",
        }).ToList();
        if (changes.Count == 1)
        {
            w.Line($"if ({changes[0]})");
        }
        else
        {
            w.Line($"if ({changes[0]}");
            using (w.Indent())
            {
                for (int i = 1; i < changes.Count; i++) w.Line($"|| {changes[i]}{(i == changes.Count - 1 ? ")" : "")}");
            }
        }

        w.Open();
        // Roslyn keeps a node's annotations across Update, so an annotated node stays findable after With*.
        w.Line($"return KeepAnnotations({FactoryCall(node, node.Fields.Select(f => f.ParameterName))});");
        w.Close();
        w.Line();
        w.Line("return this;");
        w.Close();
    }

    private static void WriteWith(CodeWriter w, NodeModel node, FieldModel field)
    {
        w.Summary($"Returns a node like this one with <see cref=\"{field.Name}\"/> replaced (this node itself when nothing changes).");
        w.Param(field.ParameterName, field.Comment.Summary);
        w.Returns("This node, or a new node without parent.");
        var arguments = node.Fields.Select(f => f == field ? f.ParameterName : f.Name);
        w.Line($"public {node.Name} With{field.Name}({field.TypeName} {field.ParameterName}) => Update({string.Join(", ", arguments)});");
    }

    private static void WriteAdd(CodeWriter w, NodeModel node, FieldModel field)
    {
        if (field.Kind == FieldKind.List)
        {
            w.Summary($"Returns a node like this one with <paramref name=\"items\"/> appended to <see cref=\"{field.Name}\"/>.");
            w.Param("items", "The nodes to append.");
            w.Returns("A new node without parent.");
            w.Line($"public {node.Name} Add{field.Name}(params {field.NodeType}[] items) => With{field.Name}(SyntaxFactory.List<{field.NodeType}>({field.Name}.Concat(items)));");
            return;
        }

        string separator = KindText.Member(field.TokenKinds[0]);
        w.Summary($"Returns a node like this one with <paramref name=\"items\"/> appended to <see cref=\"{field.Name}\"/>, separated by new <see cref=\"{separator}\"/> tokens.");
        w.Remarks("If the list ends with a separator, so does the new one.");
        w.Param("items", "The nodes to append.");
        w.Returns("A new node without parent.");
        w.Line($"public {node.Name} Add{field.Name}(params {field.NodeType}[] items)");
        w.Open();
        w.Line($"var nodesAndSeparators = new List<SyntaxNodeOrToken>({field.Name}.GetWithSeparators());");
        w.Line("bool hadTrailingSeparator = nodesAndSeparators.Count > 0 && nodesAndSeparators.Count % 2 == 0;");
        w.Line("foreach (var item in items)");
        w.Open();
        w.Line($"if (nodesAndSeparators.Count % 2 == 1) nodesAndSeparators.Add(SyntaxFactory.Token({separator}));");
        w.Line("nodesAndSeparators.Add(item);");
        w.Close();
        w.Line();
        w.Line($"if (hadTrailingSeparator && items.Length > 0) nodesAndSeparators.Add(SyntaxFactory.Token({separator}));");
        w.Line($"return With{field.Name}(SyntaxFactory.SeparatedList<{field.NodeType}>(nodesAndSeparators));");
        w.Close();
    }

    private static string FactoryCall(NodeModel node, IEnumerable<string> arguments)
    {
        var all = node.HasManyKinds ? arguments.Prepend("Kind") : arguments;
        return $"SyntaxFactory.{node.ShortName}({string.Join(", ", all)})";
    }
}
