using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Nix.Syntax;
using Nix.Syntax.InternalSyntax;
using static Nix.Syntax.SyntaxFactory;
using K3s.Modules.Values;

namespace K3s.Modules.Emit;

/// <summary>
/// Prints definitions as a NixOS module through <see cref="SyntaxFactory"/>, in nixfmt's layout: the header
/// <c>{ config, lib, pkgs, ... }:</c>, two-space indentation, one binding per line, multi-line lists one item
/// per line, comments on their own line above a binding or after it on its line. The sets listed in
/// <see cref="OptionPaths.NestedGroups"/> print nested; other paths print dotted.
/// </summary>
/// <remarks>
/// Bindings, attribute paths, names and simple values are built as green nodes through the factory's unchecked
/// fast paths (a module may hold a million bindings: no red wrapper or list copy per node), from pieces this
/// class knows to be valid; names repeated across bindings share one node. Rarer values go through the public
/// creators. Either way the result is one syntax tree, printed by the tree's own printer.
/// </remarks>
public sealed class ModuleEmitter
{
    // Sections of at least this many bindings make them lazily (BindingList).
    private const int LazyThreshold = 256;

    private readonly EmitTrivia _t = new();
    private readonly Lock _gate = new();

    // The last path AttrPathOf made, with its items: consecutive bindings of a large settings set share most of
    // their names, and comparing a name with the one before is cheaper than hashing it for the name cache.
    private (OptionPath? Path, int From, GreenNode? Leading, GreenNode[]? Items) _lastPath;
    private readonly AttrNameCache _names;

    // The last path LeafBindingWidth measured, with the width of each of its names (as _lastPath, for widths).
    private (OptionPath? Path, int From, int[]? Widths) _lastWidths;
    private readonly Func<OptionPath, Remark?> _groupRemark;

    private ModuleEmitter(Func<OptionPath, Remark?> groupRemark)
    {
        _groupRemark = groupRemark;
        _names = new AttrNameCache(_t);
    }

    /// <summary>The module file of <paramref name="module"/>.</summary>
    /// <param name="module">The module.</param>
    /// <returns>The root of a new syntax tree.</returns>
    public static SourceFileSyntax Emit(K3sNodeModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var remarks = module.Remarks;
        var definitions = ModuleWriter.Write(module, sections: true);
        return new ModuleEmitter(remarks.Count == 0 ? _ => null : path => remarks.TryGetValue(path.ToString(), out var r) ? r : null).File(definitions);
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
        var body = AsSyntax<ExpressionSyntax>(UncheckedNode(NixSyntaxKind.AttrSetExpression, null,
            GreenOf(Token(_t.EndOfLine, NixSyntaxKind.OpenBraceToken, _t.EndOfLine)),
            UncheckedList(Bindings(definitions, 0, definitions.Count, prefixLength: 0, depth: 1)),
            GreenOf(Token(_t.None, NixSyntaxKind.CloseBraceToken, _t.EndOfLine))));
        var lambda = LambdaExpression(FormalsParameter(default, default, formalSet, default, default),
            Token(_t.None, NixSyntaxKind.ColonToken, _t.EndOfLine), body);
        return SourceFile(lambda, Token(NixSyntaxKind.EndOfFileToken));
    }

    // The bindings of definitions[start..end), all under the same prefix of prefixLength names. Members of a
    // nested group are gathered where the group first appears, so that each group prints once.
    private GreenNode[] Bindings(IReadOnlyList<Definition> definitions, int start, int end, int prefixLength, int depth)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var groups = new Dictionary<OptionPath, List<Definition>>();
        var order = new List<object>(); // a Definition (leaf) or an OptionPath (group), in order of first appearance
        OptionPath? lastGroup = null;
        List<Definition>? lastMembers = null;
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
                lastMembers!.Add(definition);
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
            lastMembers = members;
        }
        // The binding list is sized once and becomes the green list as it is.
        var bindings = new GreenNode[order.Count];
        for (int i = 0; i < bindings.Length; i++)
        {
            if (order[i] is Definition leaf)
            {
                bindings[i] = LeafBinding(leaf.Path, prefixLength, leaf.Value, leaf.Remark, depth, BlankBefore(i == 0, depth, leaf.Remark));
            }
            else
            {
                var group = (OptionPath)order[i];
                var members = groups[group];
                var remark = _groupRemark(group);
                var inner = Bindings(members, 0, members.Count, group.Length, depth + 1);
                var set = UncheckedNode(NixSyntaxKind.AttrSetExpression, null, _t.OpenBraceLine, UncheckedList(inner), _t.CloseBraceAt(depth));
                bindings[i] = Binding(group, prefixLength, set, remark, depth, BlankBefore(i == 0, depth, remark));
            }
        }
        return bindings;
    }

    private static bool BlankBefore(bool first, int depth, Remark? remark) => !first && (depth == 1 || remark is { Leading.Count: > 0 });

    private static bool SamePrefix(OptionPath path, OptionPath group, int length)
    {
        for (int i = length - 1; i >= 0; i--)
            if (!string.Equals(path[i], group[i], StringComparison.Ordinal)) return false;
        return true;
    }

    // The length of the shortest nested group strictly inside the path and longer than the prefix, or 0.
    private static int GroupLength(OptionPath path, int prefixLength)
    {
        for (int length = prefixLength + 1; length < path.Length; length++)
            if (OptionPaths.IsNestedGroup(path, length)) return length;
        return 0;
    }

    private GreenNode LeafBinding(OptionPath path, int prefixLength, NixValue value, Remark? remark, int depth, bool blankBefore) =>
        Binding(path, prefixLength, Value(value, depth), remark, depth, blankBefore);

    private GreenNode Binding(OptionPath path, int prefixLength, GreenNode value, Remark? remark, int depth, bool blankBefore) =>
        UncheckedBinding(AttrPathOf(path, prefixLength, Leading(remark, depth, blankBefore)), _t.EqualsSign, value, Semicolon(remark));

    // The ';' and line end, with the trailing comment if any.
    private GreenToken Semicolon(Remark? remark) => remark?.Trailing is { } trailing
        ? GreenOf(Token(_t.None, NixSyntaxKind.SemicolonToken, TriviaList(_t.SpaceTrivia, Comment(Remark.ToCommentText(trailing)), _t.EndOfLineTrivia)))
        : _t.SemicolonLine;

    // A blank line if asked, each comment line at the indentation, then the indentation.
    private GreenNode? Leading(Remark? remark, int depth, bool blankBefore)
    {
        if (remark is not { Leading.Count: > 0 }) return blankBefore ? _t.BlankThenIndent(depth) : _t.IndentGreen(depth);
        var trivia = new List<SyntaxTrivia>();
        if (blankBefore) trivia.Add(_t.EndOfLineTrivia);
        foreach (var line in remark.Leading)
        {
            if (depth > 0) trivia.Add(Whitespace(_t.IndentText(depth)));
            trivia.Add(Comment(Remark.ToCommentText(line)));
            trivia.Add(_t.EndOfLineTrivia);
        }
        if (depth > 0) trivia.Add(Whitespace(_t.IndentText(depth)));
        return GreenOf(TriviaList(trivia));
    }

    // The names of path[from..], the first carrying the leading trivia and the last a space before the '='.
    private GreenNode AttrPathOf(OptionPath path, int from, GreenNode? leading)
    {
        int count = path.Length - from;
        if (count == 1) return UncheckedNodeOfOne(NixSyntaxKind.AttrPath, _names.Get(path[from], leading, trailingSpace: true));
        var items = new GreenNode[2 * count - 1];
        var (lastPath, lastFrom, lastLeading, lastItems) = _lastPath;
        int lastCount = lastItems is null ? 0 : (lastItems.Length + 1) / 2;
        for (int i = 0; i < count; i++)
        {
            if (i > 0) items[2 * i - 1] = _t.DotGreen;
            bool trailingSpace = i == count - 1;
            // The previous path's node when the name, its trivia and its place are the same (no hash, no lookup).
            if (i < lastCount && trailingSpace == (i == lastCount - 1) && (i > 0 || ReferenceEquals(leading, lastLeading))
                && string.Equals(path[from + i], lastPath![lastFrom + i], StringComparison.Ordinal))
                items[2 * i] = lastItems![2 * i];
            else
                items[2 * i] = _names.Get(path[from + i], i == 0 ? leading : null, trailingSpace);
        }
        _lastPath = (path, from, leading, items);
        return UncheckedNode(NixSyntaxKind.AttrPath, UncheckedList(items));
    }

    // A simple value as a green node without trivia, the rest through the public creators.
    private GreenNode Value(NixValue value, int depth) => value switch
    {
        NixBool b => b.Value ? s_true : s_false,
        NixNull => s_null,
        NixInt { Value: >= 0 } n => NaturalNumber(n.Value),
        NixString s when !(s.Indented && CanIndent(s)) => DoubleQuotedString(s, null, null),
        SysctlSection section => Sysctls(section.Sysctls, depth),
        SettingsSection section => Settings(section.Bindings, depth),
        _ => GreenOf(Expression(value, depth, _t.None, _t.None)),
    };

    // The nested set of the sysctls, as the group of their leaf definitions would print (one key a line, no comments).
    private GreenNode Sysctls(EquatableList<Sysctl> sysctls, int depth)
    {
        var indent = _t.IndentGreen(depth + 1);
        var openQuote = _t.OpenQuoteAfter(indent);
        // A sysctl's binding reads only immutable pieces (no name cache: keys do not repeat), so it needs no lock.
        var bindings = BindingList(sysctls.Count, threadSafe: true,
            i => AttrNameCache.Width(sysctls[i].Key, indent, trailingSpace: true) + _t.EqualsSign.FullWidth + SysctlValueWidth(sysctls[i].Value, depth + 1) + _t.SemicolonLine.FullWidth,
            i => UncheckedBinding(UncheckedNodeOfOne(NixSyntaxKind.AttrPath, _names.Create(sysctls[i].Key, indent, openQuote, trailingSpace: true)),
                _t.EqualsSign, SysctlValue(sysctls[i].Value, depth + 1), _t.SemicolonLine));
        return UncheckedNode(NixSyntaxKind.AttrSetExpression, null, _t.OpenBraceLine, bindings, _t.CloseBraceAt(depth));
    }

    private GreenNode SysctlValue(SysctlValue value, int depth) => value switch
    {
        SysctlInteger { Value: >= 0 } n => NaturalNumber(n.Value),
        SysctlInteger n => Value(new NixInt(n.Value), depth),
        SysctlText t => Value(NixString.Of(t.Value), depth),
        _ => throw new ArgumentException($"Cannot print a {value.GetType().Name}.", nameof(value)),
    };

    private int SysctlValueWidth(SysctlValue value, int depth) =>
        value is SysctlInteger { Value: >= 0 } n ? DigitCount(n.Value) : SysctlValue(value, depth).FullWidth;

    // The nested set of free-form settings, as the group of their leaf definitions would print: each binding with
    // its own path (relative to the set), its comments, and a blank line before a commented binding.
    private GreenNode Settings(EquatableList<NixBinding> settings, int depth)
    {
        var bindings = BindingList(settings.Count, threadSafe: false,
            i => LeafBindingWidth(settings[i].Path, 0, settings[i].Value, settings[i].Remark, depth + 1, BlankBefore(i == 0, depth + 1, settings[i].Remark)),
            i => LeafBinding(settings[i].Path, 0, settings[i].Value, settings[i].Remark, depth + 1, BlankBefore(i == 0, depth + 1, settings[i].Remark)));
        return UncheckedNode(NixSyntaxKind.AttrSetExpression, null, _t.OpenBraceLine, bindings, _t.CloseBraceAt(depth));
    }

    // A section's binding list: made at once when short, else lazily from the model (LazyBindings), so that a
    // large module's bindings are not all held until the print, where the collector would copy each of them twice.
    // threadSafe: whether create may run on several threads at once without the emitter's lock.
    private GreenList BindingList(int count, bool threadSafe, Func<int, int> width, Func<int, GreenNode> create)
    {
        if (count >= LazyThreshold) return UncheckedLazyList(new LazyBindings(count, width, create, threadSafe ? null : _gate));
        var bindings = new GreenNode[count];
        for (int i = 0; i < bindings.Length; i++) bindings[i] = create(i);
        return UncheckedList(bindings);
    }

    // The full width of LeafBinding's node, without making its path (names measured, not made) or a simple value.
    private int LeafBindingWidth(OptionPath path, int prefixLength, NixValue value, Remark? remark, int depth, bool blankBefore)
    {
        var leading = Leading(remark, depth, blankBefore);
        int last = path.Length - 1;
        int width = (last - prefixLength) * _t.DotGreen.FullWidth + (leading?.FullWidth ?? 0) + 1; // the space before '='
        var (lastPath, lastFrom, widths) = _lastWidths;
        if (widths is null || widths.Length < path.Length) (lastPath, widths) = (null, new int[Math.Max(path.Length, 8)]);
        for (int i = prefixLength; i <= last; i++)
        {
            // The previous path's measure when the name is the same (consecutive settings share most of their names).
            if (lastPath is null || i < lastFrom || i >= lastPath.Length || !string.Equals(path[i], lastPath[i], StringComparison.Ordinal))
                widths[i] = AttrNameCache.NameWidth(path[i]);
            width += widths[i];
        }
        _lastWidths = (path, prefixLength, widths);
        int valueWidth = value is NixInt { Value: >= 0 } n ? DigitCount(n.Value) : Value(value, depth).FullWidth;
        return width + _t.EqualsSign.FullWidth + valueWidth + Semicolon(remark).FullWidth;
    }

    private static int DigitCount(long value)
    {
        int digits = 1;
        while (value >= 10) { value /= 10; digits++; }
        return digits;
    }

    private static GreenNode NaturalNumber(long value) => UncheckedNode(NixSyntaxKind.IntegerLiteralExpression,
        UncheckedToken(null, NixSyntaxKind.IntegerLiteralToken, value.ToString(CultureInfo.InvariantCulture), null));

    private static readonly GreenNode s_true = GreenOf(True), s_false = GreenOf(False), s_null = GreenOf(Null);

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
                return AsSyntax<ExpressionSyntax>(DoubleQuotedString(s, GreenOf(leading), GreenOf(trailing)));
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
        var bindings = new GreenNode[attrs.Bindings.Count];
        for (int i = 0; i < bindings.Length; i++)
        {
            var binding = attrs.Bindings[i];
            bindings[i] = LeafBinding(binding.Path, 0, binding.Value, binding.Remark, depth + 1, i > 0 && binding.Remark is { Leading.Count: > 0 });
        }
        return AsSyntax<ExpressionSyntax>(UncheckedNode(NixSyntaxKind.AttrSetExpression, null, GreenOf(Token(leading, NixSyntaxKind.OpenBraceToken, _t.EndOfLine)),
            UncheckedList(bindings), GreenOf(Token(_t.Indent(depth), NixSyntaxKind.CloseBraceToken, trailing))));
    }

    private GreenNode DoubleQuotedString(NixString s, GreenNode? leading, GreenNode? trailing)
    {
        var parts = new GreenNode[s.Parts.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            if (s.Parts[i] is TextPart text)
                parts[i] = StringTextNode(NixSyntaxKind.StringTextToken, EscapeStringText(text.Text, beforeInterpolation: i + 1 < parts.Length));
            else
                parts[i] = GreenOf(Interpolation(((InterpolationPart)s.Parts[i]).Expression));
        }
        var open = leading is null ? _t.Quote : UncheckedToken(leading, NixSyntaxKind.DoubleQuoteToken, "\"", null);
        var close = trailing is null ? _t.Quote : UncheckedToken(null, NixSyntaxKind.DoubleQuoteToken, "\"", trailing);
        return UncheckedNode(NixSyntaxKind.StringExpression, open, UncheckedList(parts), close);
    }

    private static GreenNode StringTextNode(NixSyntaxKind kind, string text) => UncheckedNode(NixSyntaxKind.StringText, UncheckedToken(null, kind, text, null));

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
            var text = EscapeIndentedStringText(((TextPart)s.Parts[i]).Text, beforeInterpolation: i + 1 < s.Parts.Count);
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
}
