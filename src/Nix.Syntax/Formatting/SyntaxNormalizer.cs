using System.Text;
using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax.Formatting;

/// <summary>
/// Lays out a tree in the style of nixfmt (RFC 166), replacing all whitespace and line ends and keeping comments.
/// One pass over the tokens decides the break before each token from the nodes around it; a second rebuilds the green
/// tree with the new trivia. Both loops use explicit state, never recursion, so deep trees are safe.
/// </summary>
internal sealed class SyntaxNormalizer
{
    private const int LineWidth = 100;

    private readonly string _indentation;
    private readonly string _endOfLine;
    private readonly List<SyntaxToken> _tokens;
    private readonly Dictionary<SyntaxToken, ListExpressionSyntax> _listElementStarts = new();
    private readonly Dictionary<SyntaxNode, bool> _multilineLists = new(ReferenceEqualityComparer.Instance);
    private readonly List<GreenNode>[] _leading;
    private readonly List<GreenNode>[] _trailing;
    private int _indent;
    private int _column;

    private enum Break { None, Space, Newline }

    private SyntaxNormalizer(SyntaxNode root, string indentation, string endOfLine)
    {
        _indentation = indentation;
        _endOfLine = endOfLine;
        _tokens = root.DescendantTokens().ToList();
        _leading = new List<GreenNode>[_tokens.Count];
        _trailing = new List<GreenNode>[_tokens.Count];
        foreach (var node in root.DescendantNodes(includeSelf: true))
            if (node is ListExpressionSyntax list)
                foreach (var element in list.Elements)
                    _listElementStarts[element.GetFirstToken()] = list;
    }

    public static GreenNode Normalize(SyntaxNode root, string indentation, string endOfLine)
    {
        var normalizer = new SyntaxNormalizer(root, indentation, endOfLine);
        normalizer.Layout();
        return normalizer.Rebuild(root.Green);
    }

    private void Layout()
    {
        bool pendingNewline = false;
        for (int i = 0; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            _leading[i] = new List<GreenNode>();
            _trailing[i] = new List<GreenNode>();
            bool inLiteral = IsInsideLiteral(token);
            // Comments before a closing token stay at the indentation of the block they end.
            bool closes = Closes(token);
            var comments = inLiteral ? [] : token.LeadingTrivia.Where(IsKept).ToList();
            if (closes && comments.Count == 0) _indent--;
            if (i > 0)
            {
                var previous = _tokens[i - 1];
                var brk = pendingNewline || comments.Count > 0 ? Break.Newline : Between(previous, token);
                if (brk == Break.None && !inLiteral && TokenSeparation.NeedsSeparator(previous, token)) brk = Break.Space;
                EmitBreak(i, brk);
            }

            for (int c = 0; c < comments.Count; c++)
            {
                _leading[i].Add(comments[c].Node!);
                _leading[i].Add(GreenTrivia.Create(NixSyntaxKind.EndOfLineTrivia, _endOfLine));
                if (closes && c == comments.Count - 1) _indent--;
                AddIndentation(_leading[i]);
            }

            Advance(token.Text);
            pendingNewline = false;
            // Trivia after a token is outside the literal unless the next token is still inside it.
            bool nextInLiteral = i + 1 < _tokens.Count && IsInsideLiteral(_tokens[i + 1]);
            if (!nextInLiteral)
            {
                foreach (var comment in token.TrailingTrivia.Where(IsKept))
                {
                    _trailing[i].Add(GreenTrivia.Create(NixSyntaxKind.WhitespaceTrivia, " "));
                    _trailing[i].Add(comment.Node!);
                    pendingNewline = true;
                }
            }

            if (Opens(token)) _indent++;
        }

        // A line comment at the very end must not swallow whatever this node is later followed by.
        if (pendingNewline) _trailing[^1].Add(GreenTrivia.Create(NixSyntaxKind.EndOfLineTrivia, _endOfLine));
    }

    private void EmitBreak(int index, Break brk)
    {
        switch (brk)
        {
            case Break.Space:
                _trailing[index - 1].Add(GreenTrivia.Create(NixSyntaxKind.WhitespaceTrivia, " "));
                _column++;
                break;
            case Break.Newline:
                _trailing[index - 1].Add(GreenTrivia.Create(NixSyntaxKind.EndOfLineTrivia, _endOfLine));
                AddIndentation(_leading[index]);
                break;
        }
    }

    private void AddIndentation(List<GreenNode> trivia)
    {
        _column = _indent * _indentation.Length;
        if (_indent > 0 && _indentation.Length > 0)
            trivia.Add(GreenTrivia.Create(NixSyntaxKind.WhitespaceTrivia, string.Concat(Enumerable.Repeat(_indentation, _indent))));
    }

    private void Advance(string text)
    {
        int newline = text.LastIndexOf('\n');
        _column = newline >= 0 ? text.Length - newline - 1 : _column + text.Length;
    }

    private static bool IsKept(SyntaxTrivia trivia) =>
        SyntaxFacts.IsComment(trivia.Kind) || trivia.Kind is NixSyntaxKind.SkippedTokensTrivia or NixSyntaxKind.ByteOrderMarkTrivia;

    /// <summary>The break nixfmt's style puts between two tokens (before separation is checked).</summary>
    private Break Between(SyntaxToken previous, SyntaxToken next)
    {
        var p = previous.Kind;
        var n = next.Kind;
        if (n == NixSyntaxKind.EndOfFileToken) return Break.None;
        if (IsInsideLiteral(next) || (previous.Parent is InterpolationSyntax && p == NixSyntaxKind.DollarOpenBraceToken)
            || (next.Parent is InterpolationSyntax && n == NixSyntaxKind.CloseBraceToken))
            return Break.None;

        if (_listElementStarts.TryGetValue(next, out var owner) && next != owner.OpenBracketToken)
            return IsMultiline(owner) ? Break.Newline : Break.Space;

        switch (previous.Parent)
        {
            case AttrSetExpressionSyntax set when p == NixSyntaxKind.OpenBraceToken:
                return set.Bindings.Count > 0 ? Break.Newline : Break.Space;
            case LegacyLetExpressionSyntax legacy when p == NixSyntaxKind.OpenBraceToken:
                return legacy.Bindings.Count > 0 ? Break.Newline : Break.Space;
            case ListExpressionSyntax list when p == NixSyntaxKind.OpenBracketToken:
                return IsMultiline(list) ? Break.Newline : Break.Space;
            case LetExpressionSyntax let when p == NixSyntaxKind.LetKeyword:
                return let.Bindings.Count > 0 ? Break.Newline : Break.Space;
            case LetExpressionSyntax when p == NixSyntaxKind.InKeyword:
                return Break.Newline;
            case AttrPathValueSyntax or InheritSyntax when p == NixSyntaxKind.SemicolonToken:
                return Break.Newline;
            case AssertExpressionSyntax when p == NixSyntaxKind.SemicolonToken:
                return Break.Newline;
            case LambdaExpressionSyntax lambda when p == NixSyntaxKind.ColonToken:
                return lambda.Parameter is FormalsParameterSyntax ? Break.Newline : Break.Space;
            case UnaryExpressionSyntax:
                return Break.None;
        }

        if (next.Parent is ListExpressionSyntax closingList && n == NixSyntaxKind.CloseBracketToken)
            return IsMultiline(closingList) ? Break.Newline : Break.Space;

        if (p is NixSyntaxKind.OpenParenToken or NixSyntaxKind.DotToken or NixSyntaxKind.AtToken
            || n is NixSyntaxKind.CloseParenToken or NixSyntaxKind.SemicolonToken or NixSyntaxKind.CommaToken
                or NixSyntaxKind.DotToken or NixSyntaxKind.ColonToken or NixSyntaxKind.AtToken)
            return Break.None;
        return Break.Space;
    }

    /// <summary>Whether the token opens a block whose contents are indented.</summary>
    private bool Opens(SyntaxToken token) => IsBlockDelimiter(token, NixSyntaxKind.OpenBraceToken, NixSyntaxKind.LetKeyword, NixSyntaxKind.OpenBracketToken);

    /// <summary>Whether the token closes a block opened by <see cref="Opens"/>.</summary>
    private bool Closes(SyntaxToken token) => IsBlockDelimiter(token, NixSyntaxKind.CloseBraceToken, NixSyntaxKind.InKeyword, NixSyntaxKind.CloseBracketToken);

    /// <summary>Whether the token is the given delimiter of a non-empty attribute set or <c>let</c>, or of a multi-line list.</summary>
    private bool IsBlockDelimiter(SyntaxToken token, NixSyntaxKind brace, NixSyntaxKind let, NixSyntaxKind bracket) => token.Parent switch
    {
        AttrSetExpressionSyntax set => token.Kind == brace && set.Bindings.Count > 0,
        LegacyLetExpressionSyntax legacy => token.Kind == brace && legacy.Bindings.Count > 0,
        LetExpressionSyntax letExpression => token.Kind == let && letExpression.Bindings.Count > 0,
        ListExpressionSyntax list => token.Kind == bracket && IsMultiline(list),
        _ => false,
    };

    /// <summary>
    /// A list goes one element per line when more than one element is not trivial, when an element has to span
    /// lines, or when it does not fit in the line; decided once, at its <c>[</c>, from the column there.
    /// </summary>
    private bool IsMultiline(ListExpressionSyntax list)
    {
        if (_multilineLists.TryGetValue(list, out bool multiline)) return multiline;
        int nonTrivial = 0;
        foreach (var element in list.Elements)
            if (!IsTrivial(element)) nonTrivial++;
        multiline = list.Elements.Count > 0 && (nonTrivial > 1 || HasForcedBreak(list) || _column + FlatWidth(list) > LineWidth);
        _multilineLists[list] = multiline;
        return multiline;
    }

    private static bool IsTrivial(ExpressionSyntax element) => element switch
    {
        IdentifierNameSyntax or LiteralExpressionSyntax => true,
        PathExpressionSyntax path => path.Parts.All(part => part is StringTextSyntax),
        StringExpressionSyntax s => s.Parts.All(part => part is StringTextSyntax),
        SelectExpressionSyntax select => select.DefaultValue is null && IsTrivial(select.Expression)
            && select.AttrPath.Names.All(name => name is IdentifierAttrNameSyntax),
        _ => false,
    };

    private static bool HasForcedBreak(SyntaxNode node)
    {
        foreach (var item in node.DescendantNodesAndTokens())
        {
            if (item.AsNode() is { } child)
            {
                bool breaks = child switch
                {
                    AttrSetExpressionSyntax set => set.Bindings.Count > 0,
                    LegacyLetExpressionSyntax legacy => legacy.Bindings.Count > 0,
                    LetExpressionSyntax or AssertExpressionSyntax => true,
                    LambdaExpressionSyntax lambda => lambda.Parameter is FormalsParameterSyntax,
                    ListExpressionSyntax list => list.Elements.Count(e => !IsTrivial(e)) > 1,
                    _ => false,
                };
                if (breaks) return true;
            }
            else
            {
                var token = item.AsToken();
                if (token.Text.Contains('\n') || token.LeadingTrivia.Any(IsKept) || token.TrailingTrivia.Any(IsKept)) return true;
            }
        }

        return false;
    }

    private static int FlatWidth(SyntaxNode node)
    {
        int width = 0;
        foreach (var token in node.DescendantTokens()) width += token.Text.Length + 1;
        return width;
    }

    /// <summary>Whether the token is part of a string or path literal itself (not of an interpolated expression), where whitespace would be content or an error.</summary>
    private static bool IsInsideLiteral(SyntaxToken token)
    {
        var parent = token.Parent;
        return parent switch
        {
            StringExpressionSyntax s => token != s.OpenQuoteToken,
            StringTextSyntax text => text.Parent is StringExpressionSyntax || (text.Parent is PathExpressionSyntax path && path.Parts[0] != text),
            InterpolationSyntax interpolation => interpolation.Parent is StringExpressionSyntax or PathExpressionSyntax
                && token.Kind == NixSyntaxKind.DollarOpenBraceToken,
            _ => false,
        };
    }

    /// <summary>Rebuilds the green tree, giving each token (in document order) its new trivia.</summary>
    private GreenNode Rebuild(GreenNode root)
    {
        int next = 0;
        var results = new Stack<GreenNode?>();
        var stack = new Stack<(GreenNode Node, int Slot)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, slot) = stack.Pop();
            if (node is GreenToken token)
            {
                results.Push(WithTrivia(token, next++));
                continue;
            }

            if (slot < node.SlotCount)
            {
                stack.Push((node, slot + 1));
                var child = node.GetSlot(slot);
                if (child is null) results.Push(null);
                else stack.Push((child, 0));
                continue;
            }

            var children = new GreenNode?[node.SlotCount];
            for (int i = children.Length - 1; i >= 0; i--) children[i] = results.Pop();
            results.Push(node.IsList
                ? GreenList.Create(children.Select(c => c!).ToArray())
                : GreenSyntaxNode.Create(node.Kind, children));
        }

        return results.Pop()!;
    }

    private GreenToken WithTrivia(GreenToken token, int index)
    {
        var leading = TriviaNode(_leading[index]);
        var trailing = TriviaNode(_trailing[index]);
        return token.IsMissing
            ? GreenToken.CreateMissing(token.Kind, leading, trailing)
            : GreenToken.Create(token.Kind, token.Text, leading, trailing);
    }

    private static GreenNode? TriviaNode(List<GreenNode> trivia) => trivia.Count switch
    {
        0 => null,
        1 => trivia[0],
        _ => GreenList.Create(MergeWhitespace(trivia)),
    };

    private static List<GreenNode> MergeWhitespace(List<GreenNode> trivia)
    {
        var merged = new List<GreenNode>(trivia.Count);
        var pending = new StringBuilder();
        foreach (var item in trivia)
        {
            if (item.Kind == NixSyntaxKind.WhitespaceTrivia)
            {
                pending.Append(((GreenTrivia)item).Text);
                continue;
            }

            if (pending.Length > 0) { merged.Add(GreenTrivia.Create(NixSyntaxKind.WhitespaceTrivia, pending.ToString())); pending.Clear(); }
            merged.Add(item);
        }

        if (pending.Length > 0) merged.Add(GreenTrivia.Create(NixSyntaxKind.WhitespaceTrivia, pending.ToString()));
        return merged;
    }
}
