namespace Nix.Syntax;

// Functions: lambdas with an identifier or a formal set, formals with defaults.
public static partial class SyntaxFactory
{
    /// <summary><c>x: body</c>.</summary>
    /// <param name="parameter">The parameter's name.</param>
    /// <param name="body">The body (any expression).</param>
    /// <returns>The lambda.</returns>
    public static LambdaExpressionSyntax Lambda(string parameter, ExpressionSyntax body) =>
        LambdaExpression(IdentifierParameter(Identifier(parameter)), Token(NixSyntaxKind.ColonToken), body);

    /// <summary><c>{ a, b ? 1, ... }: body</c>, or with an alias, <c>{ … } @ args: body</c>.</summary>
    /// <param name="formals">The formal set.</param>
    /// <param name="body">The body (any expression).</param>
    /// <param name="alias">The name bound to the whole argument, written after the set, or null.</param>
    /// <returns>The lambda.</returns>
    public static LambdaExpressionSyntax Lambda(FormalSetSyntax formals, ExpressionSyntax body, string? alias = null)
    {
        var parameter = alias is null
            ? FormalsParameter(default, default, formals, default, default)
            : FormalsParameter(default, default, formals, Token(NixSyntaxKind.AtToken), Identifier(alias));
        return LambdaExpression(parameter, Token(NixSyntaxKind.ColonToken), body);
    }

    /// <summary><c>{ config, lib, pkgs, ... }: body</c>: formals without defaults.</summary>
    /// <param name="formals">The formals' names.</param>
    /// <param name="ellipsis">Whether the set ends with <c>...</c>.</param>
    /// <param name="body">The body.</param>
    /// <returns>The lambda.</returns>
    public static LambdaExpressionSyntax Lambda(IEnumerable<string> formals, bool ellipsis, ExpressionSyntax body)
    {
        ArgumentNullException.ThrowIfNull(formals);
        return Lambda(FormalSet(formals.Select(name => Formal(name)), ellipsis), body);
    }

    /// <summary><c>{ a, b ? 1, ... }</c>.</summary>
    /// <param name="formals">The formals, in order.</param>
    /// <param name="ellipsis">Whether the set ends with <c>...</c>.</param>
    /// <returns>The formal set.</returns>
    public static FormalSetSyntax FormalSet(IEnumerable<FormalSyntax> formals, bool ellipsis = false)
    {
        ArgumentNullException.ThrowIfNull(formals);
        var list = formals.ToList();
        // A comma separates formals, and one also separates the last formal from a following "...".
        int commas = list.Count == 0 ? 0 : ellipsis ? list.Count : list.Count - 1;
        var separators = Enumerable.Range(0, commas).Select(_ => Token(NixSyntaxKind.CommaToken));
        return FormalSet(Token(NixSyntaxKind.OpenBraceToken), SeparatedList(list, separators),
            ellipsis ? Token(NixSyntaxKind.EllipsisToken) : default, Token(NixSyntaxKind.CloseBraceToken));
    }

    /// <summary>One formal: <c>name</c>, or <c>name ? default</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="defaultValue">The default value (any expression), or null.</param>
    /// <returns>The formal.</returns>
    public static FormalSyntax Formal(string name, ExpressionSyntax? defaultValue = null) =>
        Formal(Identifier(name), defaultValue is null ? null : FormalDefault(Token(NixSyntaxKind.QuestionToken), defaultValue));
}
