using System.Globalization;
using System.Text;
using Nix.Syntax;
using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>
/// Reads model values from syntax exactly as written: literals, strings (with their interpolations and whether
/// indented), lists with their items' comments, plain sets with their bindings' comments, <c>with</c>, and
/// <c>lib.mkForce</c> / <c>lib.mkDefault</c> as priorities; any other expression is kept as
/// <see cref="NixExpression"/>. Which bindings a module defines is the general reader's job
/// (<see cref="Reading.ModuleReader"/>); <see cref="K3sNodeModule.FromHost"/> reads each definition's value
/// written at its binding through <see cref="Value"/>, so that what this library emits reads back exactly.
/// </summary>
public static class ModuleSyntaxReader
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

    /// <summary>The names of an attribute path, or null when one is dynamic or interpolated.</summary>
    /// <param name="attrPath">The path.</param>
    /// <returns>The path.</returns>
    public static OptionPath? StaticPath(AttrPathSyntax attrPath)
    {
        var segments = new List<string>();
        foreach (var name in attrPath.Names)
        {
            switch (name)
            {
                case IdentifierAttrNameSyntax identifier:
                    segments.Add(identifier.Identifier.Text);
                    break;
                case StringAttrNameSyntax { String: var s } when String(s) is { IsPlain: true } text:
                    segments.Add(text.PlainText);
                    break;
                default:
                    return null;
            }
        }
        return segments.Count == 0 ? null : new OptionPath(segments.ToEquatableList());
    }

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
            case LiteralExpressionSyntax { Kind: NixSyntaxKind.IntegerLiteralExpression } literal
                when long.TryParse(literal.Token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out long n):
                return new NixInt(n);
            case UnaryExpressionSyntax { Kind: NixSyntaxKind.NegateExpression, Operand: LiteralExpressionSyntax { Kind: NixSyntaxKind.IntegerLiteralExpression } negated }
                when long.TryParse("-" + negated.Token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long m):
                return new NixInt(m);
            case StringExpressionSyntax s when String(s) is { } text:
                return text;
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

    private static Priority? PriorityOf(ExpressionSyntax function)
    {
        var text = function.ToString();
        return text switch
        {
            "lib.mkForce" or "mkForce" => Priority.Force,
            "lib.mkDefault" or "mkDefault" => Priority.Default,
            _ => null,
        };
    }

    /// <summary>The value of a string or indented string, escapes decoded and indentation stripped as Nix does.</summary>
    /// <param name="s">The string.</param>
    /// <returns>The string, or null when an interpolation holds no expression.</returns>
    public static NixString? String(StringExpressionSyntax s)
    {
        bool indented = s.Kind == NixSyntaxKind.IndentedStringExpression;
        var raw = new List<object>();
        foreach (var part in s.Parts)
        {
            if (part is StringTextSyntax text) raw.Add(text.TextToken.Text);
            else if (part is InterpolationSyntax interpolation) raw.Add(NixExpression.FromSyntax(interpolation.Expression));
            else return null;
        }
        if (!indented)
            return new NixString(raw.Select(r => r is string t ? (StringPart)new TextPart(UnescapeString(t)) : new InterpolationPart((NixExpression)r)));
        return new NixString(IndentedParts(raw), indented: true);
    }

    private static string UnescapeString(string text)
    {
        if (!text.Contains('\\')) return text;
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                char c = text[++i];
                builder.Append(c switch { 'n' => '\n', 'r' => '\r', 't' => '\t', _ => c });
            }
            else builder.Append(text[i]);
        }
        return builder.ToString();
    }

    // Nix's rule: strip the smallest indentation of the lines that have content (interpolations count), then
    // drop a last line made only of spaces; escapes ('''  ''$  ''\n) are content and decoded afterwards.
    private static IEnumerable<StringPart> IndentedParts(List<object> raw)
    {
        // Lines as lists of pieces (raw text or expressions).
        var lines = new List<List<object>> { new() };
        foreach (var piece in raw)
        {
            if (piece is not string text)
            {
                lines[^1].Add(piece);
                continue;
            }
            var split = text.Split('\n');
            for (int i = 0; i < split.Length; i++)
            {
                if (i > 0) lines.Add([]);
                if (split[i].Length > 0) lines[^1].Add(split[i]);
            }
        }
        int minIndent = int.MaxValue;
        foreach (var line in lines)
        {
            int spaces = 0;
            bool content = false;
            foreach (var piece in line)
            {
                if (piece is string t)
                {
                    int k = 0;
                    while (k < t.Length && t[k] == ' ') k++;
                    spaces += k;
                    if (k < t.Length) { content = true; break; }
                }
                else { content = true; break; }
            }
            if (content) minIndent = Math.Min(minIndent, spaces);
        }
        if (minIndent == int.MaxValue) minIndent = 0;
        var last = lines[^1];
        if (last.All(p => p is string t && t.All(c => c == ' '))) last.Clear();
        var parts = new List<StringPart>();
        for (int l = 0; l < lines.Count; l++)
        {
            int toStrip = minIndent;
            foreach (var piece in lines[l])
            {
                if (piece is string t)
                {
                    int k = 0;
                    while (toStrip > 0 && k < t.Length && t[k] == ' ') { k++; toStrip--; }
                    parts.Add(new TextPart(t[k..]));
                }
                else
                {
                    toStrip = 0;
                    parts.Add(new InterpolationPart((NixExpression)piece));
                }
            }
            if (l < lines.Count - 1) parts.Add(new TextPart("\n"));
        }
        // Decode escapes across the joined text parts.
        var joined = new NixString(parts).Parts;
        return joined.Select(p => p is TextPart t ? new TextPart(UnescapeIndented(t.Text)) : p);
    }

    private static string UnescapeIndented(string text)
    {
        if (!text.Contains("''", StringComparison.Ordinal)) return text;
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\'' && i + 2 < text.Length + 0 && i + 1 < text.Length && text[i + 1] == '\'' && i + 2 < text.Length)
            {
                char c = text[i + 2];
                if (c == '\'') { builder.Append("''"); i += 2; continue; }
                if (c == '$') { builder.Append('$'); i += 2; continue; }
                if (c == '\\' && i + 3 < text.Length)
                {
                    char e = text[i + 3];
                    builder.Append(e switch { 'n' => '\n', 'r' => '\r', 't' => '\t', _ => e });
                    i += 3;
                    continue;
                }
            }
            builder.Append(text[i]);
        }
        return builder.ToString();
    }
}
