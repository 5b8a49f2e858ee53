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
/// inverse of the editor's value syntax factory; also the syntax helpers editing shares (module body,
/// static paths, comments of bindings).
/// </summary>
public static class ValueSyntaxReader
{
    // Deeper values are kept as source instead of being converted, so that hostile input cannot exhaust the stack.
    private const int MaxValueDepth = 200;

    // A set of plain bindings with static names: read as a set. Others (inherit, dynamic names) stay expressions.
    private static bool IsPlainSet(AttrSetExpressionSyntax set) =>
        set.Bindings.All(b => b is AttrPathValueSyntax a && StaticPath(a.AttrPath) is not null);

    /// <summary>The module's attribute set: the body of the module function, or the file's set itself.</summary>
    /// <param name="root">A file root or expression.</param>
    /// <returns>The set, or null when the file is not a module of that shape.</returns>
    public static AttrSetExpressionSyntax? ModuleBody(SyntaxNode root)
    {
        SyntaxNode? node = root is SourceFileSyntax file ? file.Expression : root;
        while (node is LambdaExpressionSyntax lambda) node = lambda.Body;
        while (node is ParenthesizedExpressionSyntax parenthesized) node = parenthesized.Expression;
        return node as AttrSetExpressionSyntax;
    }

    /// <summary>
    /// The names of an attribute path as Nix's parser knows them (<see cref="AttrPathSyntax.GetStaticNamesIfAllStatic"/>,
    /// as the general reader reads them), or null when one is only known by evaluation.
    /// </summary>
    /// <param name="attrPath">The path.</param>
    /// <returns>The path.</returns>
    public static OptionPath? StaticPath(AttrPathSyntax attrPath) =>
        attrPath.GetStaticNamesIfAllStatic() is { Count: > 0 } names ? new OptionPath(names.ToEquatableList()) : null;

    /// <summary>The <c>#</c> comments above a binding and after it on its line.</summary>
    /// <param name="binding">The binding.</param>
    /// <returns>The remark, or null when there is none.</returns>
    public static Remark? RemarkOf(SyntaxNode binding)
    {
        var leading = binding.GetLeadingTrivia()
            .Where(t => t.Kind == NixSyntaxKind.SingleLineCommentTrivia)
            .Select(t => Remark.FromCommentText(t.ToString()))
            .ToEquatableList();
        var trailing = TrailingComment(binding);
        return leading.Count == 0 && trailing is null ? null : new Remark(leading, trailing);
    }

    private static string? TrailingComment(SyntaxNode node)
    {
        foreach (var trivia in node.GetTrailingTrivia())
        {
            if (trivia.Kind == NixSyntaxKind.SingleLineCommentTrivia) return Remark.FromCommentText(trivia.ToString());
            if (trivia.Kind == NixSyntaxKind.EndOfLineTrivia) break;
        }
        return null;
    }

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
                return new NixList(list.Elements.Select(e => new NixListItem(Value(e, depth + 1), TrailingComment(e))).ToEquatableList());
            case AttrSetExpressionSyntax { RecKeyword.Kind: NixSyntaxKind.None } set when IsPlainSet(set):
                return new NixAttrs(set.Bindings.Cast<AttrPathValueSyntax>()
                    .Select(b => new NixBinding(StaticPath(b.AttrPath)!, Value(b.Value, depth + 1), RemarkOf(b))).ToEquatableList());
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
