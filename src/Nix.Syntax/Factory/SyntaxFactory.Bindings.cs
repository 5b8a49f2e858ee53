namespace Nix.Syntax;

// Attribute sets and their bindings: a = v;, inherit, rec.
public static partial class SyntaxFactory
{
    /// <summary><c>{ bindings }</c>.</summary>
    /// <param name="bindings">The bindings, in order.</param>
    /// <returns>The attribute set.</returns>
    public static AttrSetExpressionSyntax AttrSet(params BindingSyntax[] bindings) => AttrSet((IEnumerable<BindingSyntax>)bindings);

    /// <summary><c>{ bindings }</c>.</summary>
    /// <param name="bindings">The bindings, in order.</param>
    /// <returns>The attribute set.</returns>
    public static AttrSetExpressionSyntax AttrSet(IEnumerable<BindingSyntax> bindings) =>
        AttrSetExpression(default, Token(NixSyntaxKind.OpenBraceToken), List(bindings), Token(NixSyntaxKind.CloseBraceToken));

    /// <summary><c>rec { bindings }</c>.</summary>
    /// <param name="bindings">The bindings, in order.</param>
    /// <returns>The recursive attribute set.</returns>
    public static AttrSetExpressionSyntax RecAttrSet(params BindingSyntax[] bindings) => RecAttrSet((IEnumerable<BindingSyntax>)bindings);

    /// <summary><c>rec { bindings }</c>.</summary>
    /// <param name="bindings">The bindings, in order.</param>
    /// <returns>The recursive attribute set.</returns>
    public static AttrSetExpressionSyntax RecAttrSet(IEnumerable<BindingSyntax> bindings) =>
        AttrSetExpression(Token(NixSyntaxKind.RecKeyword), Token(NixSyntaxKind.OpenBraceToken), List(bindings), Token(NixSyntaxKind.CloseBraceToken));

    /// <summary><c>a.b = value;</c>.</summary>
    /// <param name="attrPath">The bound path.</param>
    /// <param name="value">The value (any expression: a binding needs no parentheses).</param>
    /// <returns>The binding.</returns>
    public static AttrPathValueSyntax Binding(AttrPathSyntax attrPath, ExpressionSyntax value) =>
        AttrPathValue(attrPath, Token(NixSyntaxKind.EqualsToken), value, Token(NixSyntaxKind.SemicolonToken));

    /// <summary><c>a.b = value;</c> from the names' values, each quoted as <see cref="AttrName(string)"/> decides.</summary>
    /// <param name="path">The names, such as <c>["services", "k3s", "enable"]</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>The binding.</returns>
    public static AttrPathValueSyntax Binding(string[] path, ExpressionSyntax value) => Binding(AttrPath(path), value);

    /// <summary><c>name = value;</c>.</summary>
    /// <param name="name">The attribute's name, quoted if needed.</param>
    /// <param name="value">The value.</param>
    /// <returns>The binding.</returns>
    public static AttrPathValueSyntax Binding(string name, ExpressionSyntax value) => Binding(AttrPath(name), value);

    /// <summary><c>inherit a b;</c> (names that are not identifiers are quoted, which Nix allows).</summary>
    /// <param name="names">The inherited names.</param>
    /// <returns>The binding.</returns>
    public static InheritSyntax Inherit(params string[] names) =>
        Inherit(Token(NixSyntaxKind.InheritKeyword), default, null, default, List(InheritNames(names)), Token(NixSyntaxKind.SemicolonToken));

    /// <summary><c>inherit (source) a b;</c>.</summary>
    /// <param name="source">The attribute set inherited from (parenthesized by the syntax itself).</param>
    /// <param name="names">The inherited names.</param>
    /// <returns>The binding.</returns>
    public static InheritSyntax InheritFrom(ExpressionSyntax source, params string[] names) =>
        Inherit(Token(NixSyntaxKind.InheritKeyword), Token(NixSyntaxKind.OpenParenToken), source, Token(NixSyntaxKind.CloseParenToken),
            List(InheritNames(names)), Token(NixSyntaxKind.SemicolonToken));

    private static IEnumerable<AttrNameSyntax> InheritNames(string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Select(AttrName).ToList();
    }
}
