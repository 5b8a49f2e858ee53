using Nix.Syntax.Generator.Model;

namespace Nix.Syntax.Generator.Writers;

/// <summary>
/// Writes SyntaxFactory.g.cs: one creator per node that checks the kind, every required node and every
/// token's kind against NixSyntax.xml, then builds the green node and its red root.
/// </summary>
internal static class FactoryWriter
{
    public static string Write(TreeModel tree)
    {
        var w = new CodeWriter();
        w.FileHeader("Nix.Syntax.InternalSyntax");
        w.Summary("Creates syntax nodes and tokens: trees built in code, checked against the shapes of NixSyntax.xml.");
        w.Line("public static partial class SyntaxFactory");
        w.Open();
        bool first = true;
        foreach (var node in tree.ConcreteNodes)
        {
            if (!first) w.Line();
            first = false;
            WriteCreator(w, node);
        }

        w.Close();
        return w.ToString();
    }

    private static void WriteCreator(CodeWriter w, NodeModel node)
    {
        w.Summary($"Creates {Names.Article(node.Name)} <see cref=\"{node.Name}\"/> node. {node.Comment.Summary}");
        if (node.HasManyKinds) w.Param("kind", $"The kind: {KindText.Crefs(node.Kinds)}.");
        foreach (var field in node.Fields) w.Param(field.ParameterName, ParameterDoc(field));
        w.Returns("The new node, the root of its own tree.");
        w.Line("/// <exception cref=\"ArgumentException\">A kind, a token or a separator is not one NixSyntax.xml allows here.</exception>");
        if (node.Fields.Any(f => f.Kind == FieldKind.Node && !f.IsOptional))
            w.Line("/// <exception cref=\"ArgumentNullException\">A required node is null.</exception>");

        var parameters = node.Fields.Select(f => $"{f.TypeName} {f.ParameterName}");
        if (node.HasManyKinds) parameters = parameters.Prepend("NixSyntaxKind kind");
        w.Line($"public static {node.Name} {node.ShortName}({string.Join(", ", parameters)})");
        w.Open();

        if (node.HasManyKinds)
        {
            w.Line($"if (kind is not {KindText.Pattern(node.Kinds)})", wrapAt: " or ");
            using (w.Indent())
            {
                w.Line($"throw new ArgumentException($\"The kind of {node.Name} must be {KindText.Plain(node.Kinds)}, not {{kind}}.\", nameof(kind));");
            }

            w.Line();
        }

        foreach (var field in node.Fields) WriteCheck(w, node, field);

        string kindArgument = node.HasManyKinds ? "kind" : KindText.Member(node.Kinds[0]);
        var slots = node.Fields.Select(GreenSlot).Prepend(kindArgument);
        w.Line($"var green = GreenSyntaxNode.Create({string.Join(", ", slots)});");
        w.Line($"return new {node.Name}(green, null, 0, null);");
        w.Close();
    }

    private static string ParameterDoc(FieldModel field) => field.Kind switch
    {
        FieldKind.Token when field.IsOptional =>
            $"{field.Comment.Summary} A token of kind {KindText.Crefs(field.TokenKinds)}, or <c>default</c> when absent.",
        FieldKind.Token => $"{field.Comment.Summary} A token of kind {KindText.Crefs(field.TokenKinds)}.",
        FieldKind.Node when field.IsOptional => $"{field.Comment.Summary} Null when absent.",
        FieldKind.SeparatedList => $"{field.Comment.Summary} Separators: {KindText.Crefs(field.TokenKinds)}.",
        _ => field.Comment.Summary,
    };

    private static void WriteCheck(CodeWriter w, NodeModel node, FieldModel field)
    {
        string p = field.ParameterName;
        switch (field.Kind)
        {
            case FieldKind.Node when !field.IsOptional:
                w.Line($"if ({p} is null) throw new ArgumentNullException(nameof({p}));");
                break;
            case FieldKind.Token:
            {
                var allowed = field.IsOptional ? field.TokenKinds.Prepend("None").ToList() : field.TokenKinds.ToList();
                string expected = field.IsOptional
                    ? $"a token of kind {KindText.Plain(field.TokenKinds)} or default (absent)"
                    : $"a token of kind {KindText.Plain(field.TokenKinds)}";
                w.Line($"if ({p}.Kind is not {KindText.Pattern(allowed)})", wrapAt: " or ");
                using (w.Indent())
                {
                    w.Line($"throw new ArgumentException($\"{node.Name}.{field.Name} must be {expected}, not {{{p}.Kind}}.\", nameof({p}));");
                }

                break;
            }
            case FieldKind.SeparatedList:
                w.Line($"foreach (var separator in {p}.GetSeparators())");
                w.Open();
                w.Line($"if (separator.Kind is not {KindText.Pattern(field.TokenKinds)})", wrapAt: " or ");
                using (w.Indent())
                {
                    w.Line($"throw new ArgumentException($\"The separators of {node.Name}.{field.Name} must be tokens of kind {KindText.Plain(field.TokenKinds)}, not {{separator.Kind}}.\", nameof({p}));");
                }

                w.Close();
                break;
            default:
                // Optional nodes may be null; lists are typed and validated where they are made.
                return;
        }

        w.Line();
    }

    private static string GreenSlot(FieldModel field) => field.Kind switch
    {
        FieldKind.Token => $"{field.ParameterName}.Node",
        FieldKind.Node when field.IsOptional => $"{field.ParameterName}?.Green",
        FieldKind.Node => $"{field.ParameterName}.Green",
        _ => $"{field.ParameterName}.Node?.Green ?? GreenList.Empty",
    };
}
