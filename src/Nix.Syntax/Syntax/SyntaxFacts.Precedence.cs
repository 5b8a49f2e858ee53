namespace Nix.Syntax;

/// <summary>
/// How tightly an expression binds, from Nix's parser.y (loosest first). An operand whose precedence is lower than
/// its position requires must be parenthesized.
/// </summary>
public enum ExpressionPrecedence
{
    /// <summary><c>x: e</c>, <c>let … in e</c>, <c>with e; e</c>, <c>assert e; e</c>, <c>if … then … else e</c>: they extend as far right as possible.</summary>
    Expression = 0,

    /// <summary><c>a |&gt; f</c> (left) and <c>f &lt;| a</c> (right); the two never mix without parentheses.</summary>
    Pipe = 1,

    /// <summary><c>a -&gt; b</c>, right-associative.</summary>
    Implication = 2,

    /// <summary><c>a || b</c>, left-associative.</summary>
    LogicalOr = 3,

    /// <summary><c>a &amp;&amp; b</c>, left-associative.</summary>
    LogicalAnd = 4,

    /// <summary><c>a == b</c>, <c>a != b</c>, non-associative.</summary>
    Equality = 5,

    /// <summary><c>a &lt; b</c>, <c>a &lt;= b</c>, <c>a &gt; b</c>, <c>a &gt;= b</c>, non-associative.</summary>
    Relational = 6,

    /// <summary><c>a // b</c>, right-associative.</summary>
    Update = 7,

    /// <summary><c>!a</c>, looser than <c>+</c>: <c>!a + b</c> is <c>!(a + b)</c>.</summary>
    LogicalNot = 8,

    /// <summary><c>a + b</c>, <c>a - b</c>, left-associative.</summary>
    Additive = 9,

    /// <summary><c>a * b</c>, <c>a / b</c>, left-associative.</summary>
    Multiplicative = 10,

    /// <summary><c>a ++ b</c>, right-associative.</summary>
    Concat = 11,

    /// <summary><c>a ? b</c>; chains to the left.</summary>
    HasAttr = 12,

    /// <summary><c>-a</c>.</summary>
    Negate = 13,

    /// <summary><c>f x</c>, left-associative; arguments are selects or simpler.</summary>
    Application = 14,

    /// <summary><c>e.a</c>, <c>e.a or d</c>.</summary>
    Select = 15,

    /// <summary>Identifiers, literals, strings, paths, parentheses, lists and attribute sets.</summary>
    Primary = 16,
}

public static partial class SyntaxFacts
{
    /// <summary>The precedence of an expression kind.</summary>
    /// <param name="expressionKind">An expression kind.</param>
    /// <returns>Its precedence; <see cref="ExpressionPrecedence.Primary"/> for the simple expressions.</returns>
    /// <exception cref="ArgumentException"><paramref name="expressionKind"/> is not an expression kind.</exception>
    public static ExpressionPrecedence GetPrecedence(NixSyntaxKind expressionKind) => expressionKind switch
    {
        NixSyntaxKind.LambdaExpression or NixSyntaxKind.LetExpression or NixSyntaxKind.WithExpression
            or NixSyntaxKind.AssertExpression or NixSyntaxKind.IfExpression => ExpressionPrecedence.Expression,
        NixSyntaxKind.PipeIntoExpression or NixSyntaxKind.PipeFromExpression => ExpressionPrecedence.Pipe,
        NixSyntaxKind.ImplicationExpression => ExpressionPrecedence.Implication,
        NixSyntaxKind.LogicalOrExpression => ExpressionPrecedence.LogicalOr,
        NixSyntaxKind.LogicalAndExpression => ExpressionPrecedence.LogicalAnd,
        NixSyntaxKind.EqualsExpression or NixSyntaxKind.NotEqualsExpression => ExpressionPrecedence.Equality,
        NixSyntaxKind.LessThanExpression or NixSyntaxKind.LessThanOrEqualExpression
            or NixSyntaxKind.GreaterThanExpression or NixSyntaxKind.GreaterThanOrEqualExpression => ExpressionPrecedence.Relational,
        NixSyntaxKind.UpdateExpression => ExpressionPrecedence.Update,
        NixSyntaxKind.LogicalNotExpression => ExpressionPrecedence.LogicalNot,
        NixSyntaxKind.AddExpression or NixSyntaxKind.SubtractExpression => ExpressionPrecedence.Additive,
        NixSyntaxKind.MultiplyExpression or NixSyntaxKind.DivideExpression => ExpressionPrecedence.Multiplicative,
        NixSyntaxKind.ConcatExpression => ExpressionPrecedence.Concat,
        NixSyntaxKind.HasAttrExpression => ExpressionPrecedence.HasAttr,
        NixSyntaxKind.NegateExpression => ExpressionPrecedence.Negate,
        NixSyntaxKind.ApplyExpression => ExpressionPrecedence.Application,
        NixSyntaxKind.SelectExpression => ExpressionPrecedence.Select,
        _ when IsExpression(expressionKind) => ExpressionPrecedence.Primary,
        _ => throw new ArgumentException($"{expressionKind} is not an expression kind.", nameof(expressionKind)),
    };

    /// <summary>Whether a binary expression kind groups to the right (<c>++</c>, <c>//</c>, <c>-&gt;</c>, <c>&lt;|</c>).</summary>
    /// <param name="binaryKind">A binary expression kind.</param>
    /// <returns>True for the right-associative operators.</returns>
    public static bool IsRightAssociative(NixSyntaxKind binaryKind) => binaryKind is NixSyntaxKind.ConcatExpression
        or NixSyntaxKind.UpdateExpression or NixSyntaxKind.ImplicationExpression or NixSyntaxKind.PipeFromExpression;

    /// <summary>Whether a binary expression kind does not chain at all (comparisons and equality: <c>a &lt; b &lt; c</c> is an error).</summary>
    /// <param name="binaryKind">A binary expression kind.</param>
    /// <returns>True for the non-associative operators.</returns>
    public static bool IsNonAssociative(NixSyntaxKind binaryKind)
    {
        var precedence = GetPrecedence(binaryKind);
        return precedence is ExpressionPrecedence.Relational or ExpressionPrecedence.Equality;
    }

    /// <summary>The least precedence an operand of a binary expression may have without parentheses.</summary>
    /// <param name="binaryKind">A binary expression kind.</param>
    /// <param name="isRightOperand">True for the right operand, false for the left.</param>
    /// <returns>The least precedence that needs no parentheses (a prefix <c>!</c> or <c>-</c> is judged by its own precedence).</returns>
    public static ExpressionPrecedence GetOperandPrecedence(NixSyntaxKind binaryKind, bool isRightOperand)
    {
        var own = GetPrecedence(binaryKind);
        bool sameLevelAllowed = IsNonAssociative(binaryKind) ? false : IsRightAssociative(binaryKind) == isRightOperand;
        return sameLevelAllowed ? own : own + 1;
    }

    /// <summary>
    /// Whether an operand of kind <paramref name="operandKind"/> needs parentheses where the grammar requires at least
    /// <paramref name="minimum"/> precedence. Two pipes of different directions never mix, and the "cursed"
    /// <c>or</c> variable is always wrapped.
    /// </summary>
    /// <param name="operandKind">The kind of the operand expression.</param>
    /// <param name="minimum">The least precedence allowed in that position.</param>
    /// <param name="binaryKind">The binary expression the operand belongs to, if any (for the pipe rule).</param>
    /// <returns>True when parentheses are required.</returns>
    public static bool NeedsParentheses(NixSyntaxKind operandKind, ExpressionPrecedence minimum, NixSyntaxKind binaryKind = NixSyntaxKind.None)
    {
        if (GetPrecedence(operandKind) < minimum) return true;
        bool operandIsPipe = operandKind is NixSyntaxKind.PipeIntoExpression or NixSyntaxKind.PipeFromExpression;
        bool parentIsPipe = binaryKind is NixSyntaxKind.PipeIntoExpression or NixSyntaxKind.PipeFromExpression;
        return operandIsPipe && parentIsPipe && operandKind != binaryKind;
    }
}
