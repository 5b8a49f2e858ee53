namespace Nix.Syntax;

// Operators, application and selection, with parentheses inserted where Nix's precedence requires them
// (the facts are in SyntaxFacts.Precedence.cs).
public static partial class SyntaxFactory
{
    /// <summary><c>( e )</c>.</summary>
    /// <param name="expression">The inner expression.</param>
    /// <returns>The parenthesized expression.</returns>
    public static ParenthesizedExpressionSyntax Parenthesize(ExpressionSyntax expression) =>
        ParenthesizedExpression(Token(NixSyntaxKind.OpenParenToken), expression, Token(NixSyntaxKind.CloseParenToken));

    /// <summary>A binary operation, with either operand parenthesized when its precedence (or associativity) requires it.</summary>
    /// <param name="kind">A binary expression kind, such as <see cref="NixSyntaxKind.UpdateExpression"/> for <c>//</c>.</param>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The binary expression.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a binary expression kind.</exception>
    public static BinaryExpressionSyntax Binary(NixSyntaxKind kind, ExpressionSyntax left, ExpressionSyntax right)
    {
        var op = SyntaxFacts.GetBinaryOperatorKind(kind);
        if (op == NixSyntaxKind.None) throw new ArgumentException($"{kind} is not a binary expression kind.", nameof(kind));
        return BinaryExpression(kind,
            Operand(left, SyntaxFacts.GetOperandPrecedence(kind, isRightOperand: false), kind),
            Token(op),
            Operand(right, SyntaxFacts.GetOperandPrecedence(kind, isRightOperand: true), kind));
    }

    /// <summary><c>!e</c>; the operand is parenthesized unless it binds at least as tightly as <c>+</c> or is another <c>!</c>.</summary>
    /// <param name="operand">The operand.</param>
    /// <returns>The negation.</returns>
    public static UnaryExpressionSyntax Not(ExpressionSyntax operand) =>
        UnaryExpression(NixSyntaxKind.LogicalNotExpression, Token(NixSyntaxKind.ExclamationToken),
            operand.Kind == NixSyntaxKind.LogicalNotExpression ? operand : Operand(operand, ExpressionPrecedence.Additive));

    /// <summary><c>-e</c>; the operand is parenthesized unless it is an application, a select or simpler, or another negation.</summary>
    /// <param name="operand">The operand.</param>
    /// <returns>The arithmetic negation.</returns>
    public static UnaryExpressionSyntax Negate(ExpressionSyntax operand) =>
        UnaryExpression(NixSyntaxKind.NegateExpression, Token(NixSyntaxKind.MinusToken), Operand(operand, ExpressionPrecedence.Negate));

    /// <summary><c>f x</c>; the function is parenthesized unless it is an application or simpler, the argument unless it is a select or simpler.</summary>
    /// <param name="function">The function.</param>
    /// <param name="argument">The argument.</param>
    /// <returns>The application.</returns>
    public static ApplyExpressionSyntax Apply(ExpressionSyntax function, ExpressionSyntax argument) =>
        ApplyExpression(Operand(function, ExpressionPrecedence.Application), Operand(argument, ExpressionPrecedence.Select));

    /// <summary><c>f a b c</c>: applications to each argument in turn.</summary>
    /// <param name="function">The function.</param>
    /// <param name="arguments">The arguments, at least one.</param>
    /// <returns>The outermost application.</returns>
    /// <exception cref="ArgumentException"><paramref name="arguments"/> is empty.</exception>
    public static ApplyExpressionSyntax Apply(ExpressionSyntax function, params ExpressionSyntax[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Length == 0) throw new ArgumentException("An application takes at least one argument.", nameof(arguments));
        var result = Apply(function, arguments[0]);
        for (int i = 1; i < arguments.Length; i++) result = Apply(result, arguments[i]);
        return result;
    }

    /// <summary><c>e.a.b</c>; the subject is parenthesized unless it is simple (a select in a select would merge paths).</summary>
    /// <param name="expression">The attribute set selected from.</param>
    /// <param name="names">The names' values, each quoted as <see cref="AttrName(string)"/> decides.</param>
    /// <returns>The select expression.</returns>
    public static SelectExpressionSyntax Select(ExpressionSyntax expression, params string[] names) => Select(expression, AttrPath(names), null);

    /// <summary><c>e.a.b or d</c>; the subject is parenthesized unless simple, the default unless a select or simpler.</summary>
    /// <param name="expression">The attribute set selected from.</param>
    /// <param name="attrPath">The selected path.</param>
    /// <param name="defaultValue">The default, or null for none.</param>
    /// <returns>The select expression.</returns>
    public static SelectExpressionSyntax Select(ExpressionSyntax expression, AttrPathSyntax attrPath, ExpressionSyntax? defaultValue)
    {
        var subject = Operand(expression, ExpressionPrecedence.Primary);
        return defaultValue is null
            ? SelectExpression(subject, Token(NixSyntaxKind.DotToken), attrPath, default, null)
            : SelectExpression(subject, Token(NixSyntaxKind.DotToken), attrPath, Token(NixSyntaxKind.OrKeyword), Operand(defaultValue, ExpressionPrecedence.Select));
    }

    /// <summary><c>e.a.b or d</c>, from the names' values.</summary>
    /// <param name="expression">The attribute set selected from.</param>
    /// <param name="defaultValue">The default.</param>
    /// <param name="names">The names' values.</param>
    /// <returns>The select expression.</returns>
    public static SelectExpressionSyntax SelectOr(ExpressionSyntax expression, ExpressionSyntax defaultValue, params string[] names) =>
        Select(expression, AttrPath(names), defaultValue);

    /// <summary><c>e ? a.b</c>; the subject is parenthesized unless it binds at least as tightly as <c>?</c>.</summary>
    /// <param name="expression">The attribute set tested.</param>
    /// <param name="names">The names' values of the path tested for.</param>
    /// <returns>The test.</returns>
    public static HasAttrExpressionSyntax HasAttr(ExpressionSyntax expression, params string[] names) =>
        HasAttrExpression(Operand(expression, ExpressionPrecedence.HasAttr), Token(NixSyntaxKind.QuestionToken), AttrPath(names));

    /// <summary>
    /// The expression itself, or parenthesized when it binds more loosely than <paramref name="minimum"/> allows
    /// (or is a pipe of the other direction than <paramref name="binaryKind"/>).
    /// </summary>
    /// <param name="expression">An operand.</param>
    /// <param name="minimum">The least precedence the position accepts.</param>
    /// <param name="binaryKind">The binary expression the operand is for, if any.</param>
    /// <returns><paramref name="expression"/> or <c>( expression )</c>.</returns>
    public static ExpressionSyntax Operand(ExpressionSyntax expression, ExpressionPrecedence minimum, NixSyntaxKind binaryKind = NixSyntaxKind.None)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return SyntaxFacts.NeedsParentheses(expression.Kind, minimum, binaryKind) ? Parenthesize(expression) : expression;
    }
}
