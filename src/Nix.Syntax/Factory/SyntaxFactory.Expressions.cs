namespace Nix.Syntax;

// Compound expressions: lists, let, with, assert, if, interpolation.
public static partial class SyntaxFactory
{
    /// <summary><c>[ a b c ]</c>; an element that is not a select or simpler is parenthesized (<c>[ (f x) ]</c>, <c>[ (-1) ]</c>).</summary>
    /// <param name="elements">The elements, in order.</param>
    /// <returns>The list.</returns>
    public static ListExpressionSyntax List(params ExpressionSyntax[] elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        return ListExpression(Token(NixSyntaxKind.OpenBracketToken),
            List(elements.Select(e => Operand(e, ExpressionPrecedence.Select))),
            Token(NixSyntaxKind.CloseBracketToken));
    }

    /// <summary><c>let bindings in body</c>.</summary>
    /// <param name="bindings">The bindings.</param>
    /// <param name="body">The body (any expression).</param>
    /// <returns>The let expression.</returns>
    public static LetExpressionSyntax Let(IEnumerable<BindingSyntax> bindings, ExpressionSyntax body) =>
        LetExpression(Token(NixSyntaxKind.LetKeyword), List(bindings), Token(NixSyntaxKind.InKeyword), body);

    /// <summary><c>with namespace; body</c>.</summary>
    /// <param name="namespace">The attribute set whose names come into scope (any expression).</param>
    /// <param name="body">The body (any expression).</param>
    /// <returns>The with expression.</returns>
    public static WithExpressionSyntax With(ExpressionSyntax @namespace, ExpressionSyntax body) =>
        WithExpression(Token(NixSyntaxKind.WithKeyword), @namespace, Token(NixSyntaxKind.SemicolonToken), body);

    /// <summary><c>assert condition; body</c>.</summary>
    /// <param name="condition">The condition (any expression).</param>
    /// <param name="body">The body (any expression).</param>
    /// <returns>The assert expression.</returns>
    public static AssertExpressionSyntax AssertExpression(ExpressionSyntax condition, ExpressionSyntax body) =>
        AssertExpression(Token(NixSyntaxKind.AssertKeyword), condition, Token(NixSyntaxKind.SemicolonToken), body);

    /// <summary><c>if condition then whenTrue else whenFalse</c>.</summary>
    /// <param name="condition">The condition (any expression).</param>
    /// <param name="whenTrue">The value when it holds (any expression).</param>
    /// <param name="whenFalse">The value otherwise (any expression).</param>
    /// <returns>The if expression.</returns>
    public static IfExpressionSyntax If(ExpressionSyntax condition, ExpressionSyntax whenTrue, ExpressionSyntax whenFalse) =>
        IfExpression(Token(NixSyntaxKind.IfKeyword), condition, Token(NixSyntaxKind.ThenKeyword), whenTrue, Token(NixSyntaxKind.ElseKeyword), whenFalse);

    /// <summary><c>${ e }</c>, to use as a part of a string or as a dynamic attribute name.</summary>
    /// <param name="expression">The interpolated expression (any expression).</param>
    /// <returns>The interpolation.</returns>
    public static InterpolationSyntax Interpolation(ExpressionSyntax expression) =>
        Interpolation(Token(NixSyntaxKind.DollarOpenBraceToken), expression, Token(NixSyntaxKind.CloseBraceToken));

    /// <summary>A dynamic attribute name <c>${ e }</c>.</summary>
    /// <param name="expression">The expression computing the name.</param>
    /// <returns>The attribute name.</returns>
    public static DynamicAttrNameSyntax DynamicAttrName(ExpressionSyntax expression) => DynamicAttrName(Interpolation(expression));
}
