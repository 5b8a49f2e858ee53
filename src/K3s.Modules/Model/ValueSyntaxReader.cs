using System.Globalization;
using Nix.Syntax;
using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>
/// Reads model values from syntax exactly as written: literals, strings (with their interpolations and whether
/// indented), lists with their items' comments, plain sets with their bindings' comments, <c>with</c>, and
/// <c>lib.mkForce</c> / <c>lib.mkDefault</c> as priorities; any other expression is kept as
/// <see cref="NixExpression"/>. Which bindings a module defines is the general reader's job
/// (<see cref="Reading.ModuleReader"/>); <see cref="K3sNodeModule.FromHost"/> reads each definition's value
/// written at its binding through <see cref="Value"/>, so that what this library emits reads back exactly. The
/// inverse of the editor's value syntax factory.
/// </summary>
public static class ValueSyntaxReader
{
    // Deeper values are kept as source instead of being converted, so that hostile input cannot exhaust the stack.
    private const int MaxValueDepth = 200;

    // A set of plain bindings with static names: read as a set. Others (inherit, dynamic names) stay expressions.
    private static bool IsPlainSet(AttrSetExpressionSyntax set) =>
        set.Bindings.All(b => b is AttrPathValueSyntax a && StaticAttrPath.Of(a.AttrPath) is not null);

    /// <summary>The model value of an expression.</summary>
    /// <param name="expression">The expression.</param>
    /// <param name="depth">How deep in values this one is.</param>
    /// <returns>The value.</returns>
    public static NixValue Value(ExpressionSyntax expression, int depth)
    {
        if (depth > MaxValueDepth) return NixExpression.FromSyntax(expression);
        switch (expression)
        {
            case IdentifierNameSyntax { Identifier.Text: "true" }: return new NixBool(true);
            case IdentifierNameSyntax { Identifier.Text: "false" }: return new NixBool(false);
            case IdentifierNameSyntax { Identifier.Text: "null" }: return NixNull.Instance;
            case LiteralExpressionSyntax literal when literal.TryGetInteger(out long n):
                return new NixInt(n);
            case UnaryExpressionSyntax { Kind: NixSyntaxKind.NegateExpression, Operand: LiteralExpressionSyntax { Kind: NixSyntaxKind.IntegerLiteralExpression } negated }
                when long.TryParse("-" + negated.Token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long m):
                return new NixInt(m);
            case StringExpressionSyntax s:
                return String(s);
            case ParenthesizedExpressionSyntax parenthesized:
                return Value(parenthesized.Expression, depth + 1);
            case ListExpressionSyntax list:
                return new NixList(list.Elements.Select(e => new NixListItem(Value(e, depth + 1), BindingRemark.Trailing(e))).ToEquatableList());
            case AttrSetExpressionSyntax { RecKeyword.Kind: NixSyntaxKind.None } set when IsPlainSet(set):
                return new NixAttrs(set.Bindings.Cast<AttrPathValueSyntax>()
                    .Select(b => new NixBinding(StaticAttrPath.Of(b.AttrPath)!, Value(b.Value, depth + 1), BindingRemark.Of(b))).ToEquatableList());
            case WithExpressionSyntax with:
                return new NixWith(NixExpression.FromSyntax(with.Namespace), Value(with.Body, depth + 1));
            case ApplyExpressionSyntax apply when PriorityOf(apply.Function) is { } priority:
                return new NixPriority(priority, Value(apply.Argument, depth + 1));
            default:
                return NixExpression.FromSyntax(expression);
        }
    }

    // lib.mkForce / mkDefault as written (the names of PriorityFacts.FunctionName).
    private static Priority? PriorityOf(ExpressionSyntax function)
    {
        var text = function.ToString();
        var name = text.StartsWith("lib.", StringComparison.Ordinal) ? text[4..] : text;
        foreach (var priority in (ReadOnlySpan<Priority>)[Priority.Force, Priority.Default])
            if (name == priority.FunctionName()) return priority;
        return null;
    }

    /// <summary>The value of a string or indented string, escapes decoded and indentation stripped as Nix does.</summary>
    /// <param name="s">The string.</param>
    /// <returns>The string, its interpolations kept as expressions.</returns>
    public static NixString String(StringExpressionSyntax s)
    {
        var parts = new List<StringPart>();
        foreach (var part in s.GetCookedParts())
            parts.Add(part.IsText ? new TextPart(part.Text!) : new InterpolationPart(NixExpression.FromSyntax(part.Interpolation!.Expression)));
        return new NixString(parts, s.IsIndented);
    }
}
