using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Nix.Syntax;
using static Nix.Syntax.SyntaxFactory;
using K3s.Modules.Values;

namespace K3s.Modules.Emit;

/// <summary>
/// Prints definitions as a NixOS module through <see cref="SyntaxFactory"/>, in nixfmt's layout: the header
/// <c>{ config, lib, pkgs, ... }:</c>, two-space indentation, one binding per line, multi-line lists one item
/// per line, comments on their own line above a binding or after it on its line. The sets listed in
/// <see cref="OptionPaths.NestedGroups"/> print nested; other paths print dotted.
/// </summary>
public sealed class ModuleEmitter
{
    private readonly EmitTrivia _t = new();
    private readonly Func<OptionPath, Remark?> _groupRemark;

    private ModuleEmitter(Func<OptionPath, Remark?> groupRemark) => _groupRemark = groupRemark;

    /// <summary>The module file of <paramref name="module"/>.</summary>
    /// <param name="module">The module.</param>
    /// <returns>The root of a new syntax tree.</returns>
    public static SourceFileSyntax Emit(K3sNodeModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var remarks = module.Remarks;
        return Emit(module.ToDefinitions(), remarks.Count == 0 ? _ => null : path => remarks.TryGetValue(path.ToString(), out var r) ? r : null);
    }

    /// <summary>The module file of the given definitions.</summary>
    /// <param name="definitions">Leaf definitions in print order (a nested group's members need not be adjacent).</param>
    /// <param name="groupRemark">The comments of a nested group's binding, by its path; null for none.</param>
    /// <returns>The root of a new syntax tree.</returns>
    public static SourceFileSyntax Emit(IReadOnlyList<Definition> definitions, Func<OptionPath, Remark?>? groupRemark = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var emitter = new ModuleEmitter(groupRemark ?? (_ => null));
        return emitter.File(definitions);
    }

    private SourceFileSyntax File(IReadOnlyList<Definition> definitions)
    {
        // nixfmt puts each formal of a multi-formal set on its own line, with a trailing comma.
        var formals = new List<SyntaxNodeOrToken>();
        string[] names = ["config", "lib", "pkgs"];
        foreach (var name in names)
        {
            formals.Add(Formal(Token(_t.Indent(1), NixSyntaxKind.IdentifierToken, name, _t.None), null));
            formals.Add(Token(_t.None, NixSyntaxKind.CommaToken, _t.EndOfLine));
        }
        var formalSet = FormalSet(Token(_t.None, NixSyntaxKind.OpenBraceToken, _t.EndOfLine), SeparatedList<FormalSyntax>(formals),
            Token(_t.Indent(1), NixSyntaxKind.EllipsisToken, _t.EndOfLine), Token(NixSyntaxKind.CloseBraceToken));
        var body = AttrSetExpression(default, Token(_t.EndOfLine, NixSyntaxKind.OpenBraceToken, _t.EndOfLine),
            List(Bindings(definitions, 0, definitions.Count, prefixLength: 0, depth: 1)),
            Token(_t.None, NixSyntaxKind.CloseBraceToken, _t.EndOfLine));
        var lambda = LambdaExpression(FormalsParameter(default, default, formalSet, default, default),
            Token(_t.None, NixSyntaxKind.ColonToken, _t.EndOfLine), body);
        return SourceFile(lambda, Token(NixSyntaxKind.EndOfFileToken));
    }

    // The bindings of definitions[start..end), all under the same prefix of prefixLength names. Members of a
    // nested group are gathered where the group first appears, so that each group prints once.
    private List<BindingSyntax> Bindings(IReadOnlyList<Definition> definitions, int start, int end, int prefixLength, int depth)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var bindings = new List<BindingSyntax>(end - start);
        var groups = new Dictionary<OptionPath, List<Definition>>();
        var order = new List<object>(); // a Definition (leaf) or an OptionPath (group), in order of first appearance
        OptionPath? lastGroup = null;
        for (int i = start; i < end; i++)
        {
            var definition = definitions[i];
            int groupLength = GroupLength(definition.Path, prefixLength);
            if (groupLength == 0)
            {
                order.Add(definition);
                continue;
            }
            // Fast path: the same group as the previous definition (no lookup, no new path).
            if (lastGroup is not null && lastGroup.Length == groupLength && SamePrefix(definition.Path, lastGroup, groupLength))
            {
                groups[lastGroup].Add(definition);
                continue;
            }
            var group = new OptionPath(definition.Path.Segments.Take(groupLength).ToEquatableList());
            if (!groups.TryGetValue(group, out var members))
            {
                groups[group] = members = [];
                order.Add(group);
            }
            members.Add(definition);
            lastGroup = group;
        }
        bool first = true;
        foreach (var item in order)
        {
            if (item is Definition leaf)
            {
                bindings.Add(LeafBinding(leaf.Path, prefixLength, leaf.Value, leaf.Remark, depth, BlankBefore(first, depth, leaf.Remark)));
            }
            else
            {
                var group = (OptionPath)item;
                var members = groups[group];
                var remark = _groupRemark(group);
                var inner = Bindings(members, 0, members.Count, group.Length, depth + 1);
                var set = AttrSetExpression(default, _t.OpenBraceLine, List(inner), _t.CloseBraceAt(depth));
                bindings.Add(Binding(group, prefixLength, set, remark, depth, BlankBefore(first, depth, remark)));
            }
            first = false;
        }
        return bindings;
    }

    private static bool BlankBefore(bool first, int depth, Remark? remark) => !first && (depth == 1 || remark is { Leading.Count: > 0 });

    private static bool SamePrefix(OptionPath path, OptionPath group, int length)
    {
        for (int i = length - 1; i >= 0; i--)
            if (!string.Equals(path.Segments[i], group.Segments[i], StringComparison.Ordinal)) return false;
        return true;
    }

    // The length of the shortest nested group strictly inside the path and longer than the prefix, or 0.
    private static int GroupLength(OptionPath path, int prefixLength)
    {
        for (int length = prefixLength + 1; length < path.Length; length++)
            if (OptionPaths.IsNestedGroup(path, length)) return length;
        return 0;
    }

    private AttrPathValueSyntax LeafBinding(OptionPath path, int prefixLength, NixValue value, Remark? remark, int depth, bool blankBefore) =>
        Binding(path, prefixLength, Expression(value, depth, _t.None, _t.None), remark, depth, blankBefore);

    private AttrPathValueSyntax Binding(OptionPath path, int prefixLength, ExpressionSyntax value, Remark? remark, int depth, bool blankBefore)
    {
        var semicolon = remark?.Trailing is { } trailing
            ? Token(_t.None, NixSyntaxKind.SemicolonToken, TriviaList(_t.SpaceTrivia, Comment(Remark.ToCommentText(trailing)), _t.EndOfLineTrivia))
            : _t.SemicolonLine;
        return AttrPathValue(AttrPathOf(path, prefixLength, Leading(remark, depth, blankBefore)), _t.EqualsToken, value, semicolon);
    }

    // A blank line if asked, each comment line at the indentation, then the indentation.
    private SyntaxTriviaList Leading(Remark? remark, int depth, bool blankBefore)
    {
        if (!blankBefore && remark is not { Leading.Count: > 0 }) return _t.Indent(depth);
        var trivia = new List<SyntaxTrivia>();
        if (blankBefore) trivia.Add(_t.EndOfLineTrivia);
        if (remark is not null)
        {
            foreach (var line in remark.Leading)
            {
                if (depth > 0) trivia.Add(Whitespace(_t.IndentText(depth)));
                trivia.Add(Comment(Remark.ToCommentText(line)));
                trivia.Add(_t.EndOfLineTrivia);
            }
        }
        if (depth > 0) trivia.Add(Whitespace(_t.IndentText(depth)));
        return TriviaList(trivia);
    }

    private AttrPathSyntax AttrPathOf(OptionPath path, int from, SyntaxTriviaList leading)
    {
        int count = path.Length - from;
        if (count == 1) return AttrPath(SeparatedList<AttrNameSyntax>([AttrName(path.Segments[from], leading, _t.Space)]));
        var items = new List<SyntaxNodeOrToken>(2 * count - 1);
        for (int i = from; i < path.Length; i++)
        {
            if (i > from) items.Add(_t.Dot);
            items.Add(AttrName(path.Segments[i], i == from ? leading : _t.None, i == path.Length - 1 ? _t.Space : _t.None));
        }
        return AttrPath(SeparatedList<AttrNameSyntax>(items));
    }

    private AttrNameSyntax AttrName(string name, SyntaxTriviaList leading, SyntaxTriviaList trailing)
    {
        if (OptionPath.IsIdentifier(name)) return IdentifierAttrName(Token(leading, NixSyntaxKind.IdentifierToken, name, trailing));
        var open = leading.Count == 1 && leading[0].ToString().All(c => c == ' ') ? _t.OpenQuoteAt(leading[0].ToString().Length / 2) : Token(leading, NixSyntaxKind.DoubleQuoteToken, _t.None);
        var close = trailing.Count == 0 ? _t.Quote : _t.QuoteSpace;
        return StringAttrName(StringExpression(NixSyntaxKind.StringExpression, open, List<InterpolatedPartSyntax>([StringText(Token(NixSyntaxKind.StringTextToken, EscapeStringText(name)))]), close));
    }

    /// <summary>A value as an expression whose first token carries <paramref name="leading"/> and last token <paramref name="trailing"/>.</summary>
    private ExpressionSyntax Expression(NixValue value, int depth, SyntaxTriviaList leading, SyntaxTriviaList trailing)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (value)
        {
            case NixBool b:
                return IdentifierName(Token(leading, NixSyntaxKind.IdentifierToken, b.Value ? "true" : "false", trailing));
            case NixNull:
                return IdentifierName(Token(leading, NixSyntaxKind.IdentifierToken, "null", trailing));
            case NixInt n when n.Value >= 0:
                return LiteralExpression(NixSyntaxKind.IntegerLiteralExpression, Token(leading, NixSyntaxKind.IntegerLiteralToken, n.Value.ToString(CultureInfo.InvariantCulture), trailing));
            case NixInt n:
                if (n.Value == long.MinValue) throw new ArgumentOutOfRangeException(nameof(value), "Nix cannot write the smallest 64-bit integer as a literal.");
                return UnaryExpression(NixSyntaxKind.NegateExpression, Token(leading, NixSyntaxKind.MinusToken, _t.None),
                    LiteralExpression(NixSyntaxKind.IntegerLiteralExpression, Token(_t.None, NixSyntaxKind.IntegerLiteralToken, (-n.Value).ToString(CultureInfo.InvariantCulture), trailing)));
            case NixString s when s.Indented && CanIndent(s):
                return IndentedString(s, depth, leading, trailing);
            case NixString s:
                return DoubleQuotedString(s, leading, trailing);
            case NixList list:
                return ListValue(list, depth, leading, trailing);
            case NixAttrs attrs:
                return Attrs(attrs, depth, leading, trailing);
            case NixWith with:
                return WithExpression(Token(leading, NixSyntaxKind.WithKeyword, _t.Space), with.Namespace.Syntax,
                    Token(_t.None, NixSyntaxKind.SemicolonToken, _t.Space), Expression(with.Body, depth, _t.None, trailing));
            case NixPriority priority:
                var function = SelectExpression(IdentifierName(Token(leading, NixSyntaxKind.IdentifierToken, "lib", _t.None)), _t.Dot,
                    AttrPath(SeparatedList<AttrNameSyntax>([IdentifierAttrName(Token(_t.None, NixSyntaxKind.IdentifierToken,
                        priority.Priority.FunctionName() ?? throw new ArgumentException("A priority wrapper needs mkForce or mkDefault.", nameof(value)), _t.Space))])),
                    default, null);
                return ApplyExpression(function, Argument(priority.Value, depth, trailing));
            case NixExpression expression:
                ExpressionSyntax node = expression.Syntax;
                if (leading.Count > 0) node = node.WithLeadingTrivia(leading);
                if (trailing.Count > 0) node = node.WithTrailingTrivia(trailing);
                return node;
            default:
                throw new ArgumentException($"Cannot print a {value.GetType().Name}.", nameof(value));
        }
    }

    // A function argument or list element: parenthesized unless it is a simple term.
    private ExpressionSyntax Argument(NixValue value, int depth, SyntaxTriviaList trailing, SyntaxTriviaList leading = default)
    {
        if (IsAtomic(value)) return Expression(value, depth, leading, trailing);
        return ParenthesizedExpression(Token(leading, NixSyntaxKind.OpenParenToken, _t.None), Expression(value, depth, _t.None, _t.None),
            Token(_t.None, NixSyntaxKind.CloseParenToken, trailing));
    }

    private static bool IsAtomic(NixValue value) => value switch
    {
        NixInt n => n.Value >= 0,
        NixWith or NixPriority => false,
        NixExpression e => e.IsAtomic,
        _ => true,
    };

    private ExpressionSyntax ListValue(NixList list, int depth, SyntaxTriviaList leading, SyntaxTriviaList trailing)
    {
        var items = list.Items;
        if (items.Count == 0)
            return ListExpression(Token(leading, NixSyntaxKind.OpenBracketToken, _t.Space), default, Token(_t.None, NixSyntaxKind.CloseBracketToken, trailing));
        if (items.Count == 1 && items[0].Comment is null && IsInline(items[0].Value))
            return ListExpression(Token(leading, NixSyntaxKind.OpenBracketToken, _t.Space),
                List<ExpressionSyntax>(new[] { Argument(items[0].Value, depth, _t.Space) }), Token(_t.None, NixSyntaxKind.CloseBracketToken, trailing));
        var elements = new List<ExpressionSyntax>(items.Count);
        foreach (var item in items)
        {
            var after = item.Comment is null ? _t.EndOfLine : TriviaList(_t.SpaceTrivia, Comment(Remark.ToCommentText(item.Comment)), _t.EndOfLineTrivia);
            elements.Add(Argument(item.Value, depth + 1, after, _t.Indent(depth + 1)));
        }
        var open = leading.Count == 0 ? _t.OpenBracketLine : Token(leading, NixSyntaxKind.OpenBracketToken, _t.EndOfLine);
        var close = trailing.Count == 0 ? _t.CloseBracketAt(depth) : Token(_t.Indent(depth), NixSyntaxKind.CloseBracketToken, trailing);
        return ListExpression(open, List(elements), close);
    }

    private static bool IsInline(NixValue value) => value switch
    {
        NixList or NixWith or NixPriority => false,
        NixAttrs a => a.Bindings.Count == 0,
        NixString s => !(s.Indented && CanIndent(s)),
        NixExpression e => !e.Text.Contains('\n'),
        _ => true,
    };

    private ExpressionSyntax Attrs(NixAttrs attrs, int depth, SyntaxTriviaList leading, SyntaxTriviaList trailing)
    {
        if (attrs.Bindings.Count == 0)
            return AttrSetExpression(default, Token(leading, NixSyntaxKind.OpenBraceToken, _t.Space), default, Token(_t.None, NixSyntaxKind.CloseBraceToken, trailing));
        var bindings = new List<BindingSyntax>(attrs.Bindings.Count);
        bool first = true;
        foreach (var binding in attrs.Bindings)
        {
            bindings.Add(LeafBinding(binding.Path, 0, binding.Value, binding.Remark, depth + 1, !first && binding.Remark is { Leading.Count: > 0 }));
            first = false;
        }
        return AttrSetExpression(default, Token(leading, NixSyntaxKind.OpenBraceToken, _t.EndOfLine), List(bindings),
            Token(_t.Indent(depth), NixSyntaxKind.CloseBraceToken, trailing));
    }

    private ExpressionSyntax DoubleQuotedString(NixString s, SyntaxTriviaList leading, SyntaxTriviaList trailing)
    {
        var parts = new List<InterpolatedPartSyntax>(s.Parts.Count);
        for (int i = 0; i < s.Parts.Count; i++)
        {
            if (s.Parts[i] is TextPart text)
                parts.Add(StringText(Token(NixSyntaxKind.StringTextToken, EscapeStringText(text.Text, beforeInterpolation: i + 1 < s.Parts.Count))));
            else
                parts.Add(Interpolation(((InterpolationPart)s.Parts[i]).Expression));
        }
        var open = leading.Count == 0 ? _t.Quote : Token(leading, NixSyntaxKind.DoubleQuoteToken, _t.None);
        var close = trailing.Count == 0 ? _t.Quote : Token(_t.None, NixSyntaxKind.DoubleQuoteToken, trailing);
        return StringExpression(NixSyntaxKind.StringExpression, open, List(parts), close);
    }

    private InterpolationSyntax Interpolation(NixExpression expression) =>
        SyntaxFactory.Interpolation(Token(NixSyntaxKind.DollarOpenBraceToken), expression.Syntax, Token(NixSyntaxKind.CloseBraceToken));

    /// <summary>
    /// Whether an indented string prints back to the same value: it ends with a line end, has no carriage
    /// return, and its least indented line has no indentation (Nix strips the common indentation).
    /// </summary>
    /// <param name="s">The string.</param>
    /// <returns>Whether it can print as <c>''…''</c>.</returns>
    public static bool CanIndent(NixString s)
    {
        if (s.Parts.Count == 0 || s.Parts[^1] is not TextPart { Text: var last } || !last.EndsWith('\n')) return false;
        int minIndent = int.MaxValue;
        bool atLineStart = true;
        int spaces = 0;
        foreach (var part in s.Parts)
        {
            if (part is InterpolationPart)
            {
                if (atLineStart) minIndent = Math.Min(minIndent, spaces);
                atLineStart = false;
                continue;
            }
            foreach (char c in ((TextPart)part).Text)
            {
                if (c == '\r') return false;
                if (c == '\n') { atLineStart = true; spaces = 0; continue; }
                if (!atLineStart) continue;
                if (c == ' ') { spaces++; continue; }
                minIndent = Math.Min(minIndent, spaces);
                atLineStart = false;
            }
        }
        return minIndent == 0;
    }

    private ExpressionSyntax IndentedString(NixString s, int depth, SyntaxTriviaList leading, SyntaxTriviaList trailing)
    {
        string indent = _t.IndentText(depth + 1);
        var parts = new List<InterpolatedPartSyntax>();
        bool atLineStart = true;
        for (int i = 0; i < s.Parts.Count; i++)
        {
            if (s.Parts[i] is InterpolationPart interpolation)
            {
                if (atLineStart) parts.Add(StringText(Token(NixSyntaxKind.IndentedStringTextToken, indent)));
                atLineStart = false;
                parts.Add(Interpolation(interpolation.Expression));
                continue;
            }
            var text = EscapeIndented(((TextPart)s.Parts[i]).Text, beforeInterpolation: i + 1 < s.Parts.Count);
            var builder = new StringBuilder(text.Length + 16);
            foreach (char c in text)
            {
                if (atLineStart && c != '\n') builder.Append(indent);
                builder.Append(c);
                atLineStart = c == '\n';
            }
            if (i == s.Parts.Count - 1) builder.Append(_t.IndentText(depth));
            parts.Add(StringText(Token(NixSyntaxKind.IndentedStringTextToken, builder.ToString())));
        }
        return StringExpression(NixSyntaxKind.IndentedStringExpression, Token(leading, NixSyntaxKind.OpenIndentedStringToken, "''\n", _t.None),
            List(parts), Token(_t.None, NixSyntaxKind.CloseIndentedStringToken, trailing));
    }

    private static string EscapeIndented(string text, bool beforeInterpolation)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                builder.Append("'''");
                i++;
            }
            else if (c == '\'' && i + 1 < text.Length && text[i + 1] == '$' && IsInterpolationStart(text, i + 1, beforeInterpolation))
                builder.Append("''\\'"); // a lone quote before the ''$ escape would read as the ''' escape
            else if (c == '$' && IsInterpolationStart(text, i, beforeInterpolation))
                builder.Append("''$");
            else builder.Append(c);
        }
        return builder.ToString();
    }

    // Whether the '$' at index i would start an interpolation: "${" in the text, or a last '$' before one.
    private static bool IsInterpolationStart(string text, int i, bool beforeInterpolation) =>
        (i + 1 < text.Length && text[i + 1] == '{') || (i + 1 == text.Length && beforeInterpolation);
}
