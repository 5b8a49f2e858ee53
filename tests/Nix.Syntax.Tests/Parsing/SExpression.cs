using System.Text;

namespace Nix.Syntax.Tests.Parsing;

/// <summary>
/// A compact structural rendering of an expression, e.g. <c>(! (+ a b))</c>, so precedence tests state the
/// expected grouping in one readable line.
/// </summary>
internal static class SExpression
{
    public static string Of(string source)
    {
        var tree = NixSyntaxTree.ParseText(source);
        return Of(tree.GetRoot().Expression);
    }

    public static string Of(SyntaxNode? node) => node switch
    {
        null => "<null>",
        IdentifierNameSyntax id => id.Identifier.IsMissing ? "<missing>" : id.Identifier.Text,
        LiteralExpressionSyntax lit => lit.Token.Text,
        PathExpressionSyntax path => path.ToString(),
        StringExpressionSyntax s => "(str " + string.Join(" ", s.Parts.Select(Part)) + ")",
        ParenthesizedExpressionSyntax p => "(paren " + Of(p.Expression) + ")",
        ListExpressionSyntax l => "[" + string.Join(" ", l.Elements.Select(Of)) + "]",
        AttrSetExpressionSyntax a => (a.RecKeyword.Kind == NixSyntaxKind.None ? "" : "rec") + "{" + string.Concat(a.Bindings.Select(Binding)) + "}",
        LegacyLetExpressionSyntax l => "(let{} " + string.Concat(l.Bindings.Select(Binding)) + ")",
        LetExpressionSyntax l => "(let " + string.Concat(l.Bindings.Select(Binding)) + " " + Of(l.Body) + ")",
        WithExpressionSyntax w => "(with " + Of(w.Namespace) + " " + Of(w.Body) + ")",
        AssertExpressionSyntax a => "(assert " + Of(a.Condition) + " " + Of(a.Body) + ")",
        IfExpressionSyntax i => "(if " + Of(i.Condition) + " " + Of(i.WhenTrue) + " " + Of(i.WhenFalse) + ")",
        LambdaExpressionSyntax f => "(fn " + Parameter(f.Parameter) + " " + Of(f.Body) + ")",
        ApplyExpressionSyntax a => "(app " + Of(a.Function) + " " + Of(a.Argument) + ")",
        SelectExpressionSyntax s => "(. " + Of(s.Expression) + " " + Path(s.AttrPath) + (s.DefaultValue is null ? "" : " or " + Of(s.DefaultValue)) + ")",
        HasAttrExpressionSyntax h => "(? " + Of(h.Expression) + " " + Path(h.AttrPath) + ")",
        UnaryExpressionSyntax u => "(" + (u.Kind == NixSyntaxKind.NegateExpression ? "neg" : "!") + " " + Of(u.Operand) + ")",
        BinaryExpressionSyntax b => "(" + b.OperatorToken.Text + " " + Of(b.Left) + " " + Of(b.Right) + ")",
        _ => "<" + node.Kind + ">",
    };

    private static string Part(InterpolatedPartSyntax part) => part switch
    {
        StringTextSyntax t => SyntaxTreeDumper.Quote(t.TextToken.Text),
        InterpolationSyntax i => "${" + Of(i.Expression) + "}",
        _ => "?",
    };

    private static string Binding(BindingSyntax binding) => binding switch
    {
        AttrPathValueSyntax v => Path(v.AttrPath) + "=" + Of(v.Value) + ";",
        InheritSyntax i => "inherit" + (i.Source is null ? "" : "(" + Of(i.Source) + ")") + string.Concat(i.Attributes.Select(a => " " + Name(a))) + ";",
        _ => "?;",
    };

    private static string Path(AttrPathSyntax path) => string.Join(".", path.Names.Select(Name));

    private static string Name(AttrNameSyntax name) => name switch
    {
        IdentifierAttrNameSyntax i => i.Identifier.IsMissing ? "<missing>" : i.Identifier.Text,
        StringAttrNameSyntax s => Of(s.String),
        DynamicAttrNameSyntax d => "${" + Of(d.Interpolation.Expression) + "}",
        _ => "?",
    };

    private static string Parameter(ParameterSyntax parameter)
    {
        if (parameter is IdentifierParameterSyntax id) return id.Identifier.Text;
        var f = (FormalsParameterSyntax)parameter;
        var builder = new StringBuilder();
        if (f.LeadingAliasIdentifier.Kind != NixSyntaxKind.None) builder.Append(f.LeadingAliasIdentifier.Text).Append('@');
        builder.Append('{');
        builder.Append(string.Join(",", f.FormalSet.Formals.Select(x => x.Identifier.Text + (x.Default is null ? "" : "?" + Of(x.Default.Value)))));
        if (f.FormalSet.EllipsisToken.Kind != NixSyntaxKind.None) builder.Append(f.FormalSet.Formals.Count > 0 ? ",..." : "...");
        builder.Append('}');
        if (f.TrailingAliasIdentifier.Kind != NixSyntaxKind.None) builder.Append('@').Append(f.TrailingAliasIdentifier.Text);
        return builder.ToString();
    }
}
