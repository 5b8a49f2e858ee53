using Nix.Syntax.Text;

namespace Nix.Syntax.Formatting.Model;

/// <summary>
/// Builds the formatter's model of a parsed file. Tokens are read in source order; the trivia after each token
/// is split into the comment ending its line and the rest, which waits ("pending") until the next token takes
/// it as leading trivia, or, between bindings and list items, becomes an item of its own.
/// </summary>
internal sealed class FormatModelBuilder
{
    private readonly SourceText _source;
    private readonly List<SyntaxToken> _tokens;
    private readonly Dictionary<SyntaxToken, int> _index = new();
    private readonly DirectiveTracker _directives;
    private List<Trivium> _pending = [];

    private FormatModelBuilder(SourceFileSyntax root)
    {
        _source = root.SyntaxTree?.Text ?? new SourceText(root.ToFullString());
        _tokens = root.DescendantTokens().ToList();
        for (int i = 0; i < _tokens.Count; i++) _index[_tokens[i]] = i;
        _directives = new DirectiveTracker(_source);
    }

    /// <summary>The model of a file: its expression and the trivia after its last token.</summary>
    public static (FExpr Expression, List<Trivium> FinalTrivia) Build(SourceFileSyntax root)
    {
        var builder = new FormatModelBuilder(root);
        var first = builder._tokens[0];
        builder._pending = TriviaReader.Leading(TriviaReader.Read(first.LeadingTrivia, builder._source, first), builder._directives);
        while (builder._pending.Count > 0 && builder._pending[0].Kind == TriviumKind.EmptyLine) builder._pending.RemoveAt(0);
        var expression = builder.Expr(root.Expression);
        var final = builder.TakePending();
        if (builder._directives.CloseAtEndOfFile() is { } region) final.Add(region);
        return (expression, final);
    }

    private List<Trivium> TakePending()
    {
        var taken = _pending;
        _pending = [];
        return taken;
    }

    private int LineOf(SyntaxToken token) => _source.GetLinePosition(token.SpanStart).Line;

    /// <summary>Reads the trivia after <paramref name="token"/>: its end-of-line comment, and what becomes pending.</summary>
    private string? After(SyntaxToken token)
    {
        var i = _index[token];
        var next = i + 1 < _tokens.Count ? _tokens[i + 1] : default;
        var trivia = token.TrailingTrivia.Concat(next.LeadingTrivia);
        var raw = TriviaReader.Read(trivia, _source, next);
        var column = next.Kind == NixSyntaxKind.None ? 0 : _source.GetLinePosition(next.SpanStart).Character;
        var (trailing, leading) = TriviaReader.Split(raw, column, _directives);
        _pending.AddRange(leading);
        return trailing;
    }

    private FormatToken Lex(SyntaxToken token, string? text = null)
    {
        var leading = TakePending();
        var line = LineOf(token);
        var trailing = After(token);
        return new FormatToken(leading, text ?? token.Text, line, trailing);
    }

    /// <summary>Comments waiting before an item become an item of their own.</summary>
    private void FlushComments<T>(List<FItem<T>> items) where T : class
    {
        if (_pending.Count > 0) items.Add(new FItem<T>(null, TakePending()));
    }

    private FExpr Expr(ExpressionSyntax node)
    {
        switch (node)
        {
            case WithExpressionSyntax with:
                return new FWith(Lex(with.WithKeyword), Expr(with.Namespace), Lex(with.SemicolonToken), Expr(with.Body));
            case AssertExpressionSyntax assert:
                return new FAssert(Lex(assert.AssertKeyword), Expr(assert.Condition), Lex(assert.SemicolonToken), Expr(assert.Body));
            case LetExpressionSyntax let:
            {
                var keyword = Lex(let.LetKeyword);
                var items = Binders(let.Bindings);
                return new FLet(keyword, items, Lex(let.InKeyword), Expr(let.Body));
            }
            case IfExpressionSyntax @if:
                return new FIf(Lex(@if.IfKeyword), Expr(@if.Condition), Lex(@if.ThenKeyword), Expr(@if.WhenTrue),
                    Lex(@if.ElseKeyword), Expr(@if.WhenFalse));
            case LambdaExpressionSyntax lambda:
            {
                var parameter = Parameter(lambda.Parameter);
                return new FAbstraction(parameter, Lex(lambda.ColonToken), Expr(lambda.Body));
            }
            case ApplyExpressionSyntax apply:
                return new FApplication(Expr(apply.Function), Expr(apply.Argument));
            case BinaryExpressionSyntax binary:
            {
                var left = Expr(binary.Left);
                var op = Lex(binary.OperatorToken);
                var right = Expr(binary.Right);
                // Addition is kept as a right-leaning chain, as the layout rules look at its first operand.
                if (binary.Kind == NixSyntaxKind.AddExpression && left is FOperation { Operator.Text: "+" } inner)
                    return new FOperation(inner.Left, inner.Operator, new FOperation(inner.Right, op, right));
                return new FOperation(left, op, right);
            }
            case HasAttrExpressionSyntax has:
            {
                var expression = Expr(has.Expression);
                var question = Lex(has.QuestionToken);
                return new FMemberCheck(expression, question, Selectors(has.AttrPath, null));
            }
            case UnaryExpressionSyntax unary:
                return new FPrefix(Lex(unary.OperatorToken), Expr(unary.Operand));
            default:
                return Term(node);
        }
    }

    private FTerm Term(ExpressionSyntax node)
    {
        switch (node)
        {
            case IdentifierNameSyntax identifier:
                return new FToken(Lex(identifier.Identifier), NixSyntaxKind.IdentifierToken);
            case LiteralExpressionSyntax { Kind: NixSyntaxKind.UriExpression } uri:
            {
                var token = Lex(uri.Token, "");
                return new FSimpleString(token, [[new FTextPart(uri.Token.Text)]]);
            }
            case LiteralExpressionSyntax literal:
                return new FToken(Lex(literal.Token), literal.Token.Kind);
            case PathExpressionSyntax path:
            {
                var leading = TakePending();
                var parts = Parts(path.Parts);
                var last = path.GetLastToken();
                var token = new FormatToken(leading, "", LineOf(path.GetFirstToken()), After(last));
                return new FPath(token, NormalizeLine(parts));
            }
            case StringExpressionSyntax str:
                return String(str);
            case ParenthesizedExpressionSyntax paren:
            {
                var open = Lex(paren.OpenParenToken);
                var inner = Expr(paren.Expression);
                return new FParenthesized(open, inner, Lex(paren.CloseParenToken));
            }
            case ListExpressionSyntax list:
            {
                var open = Lex(list.OpenBracketToken);
                var items = new List<FItem<FTerm>>();
                foreach (var element in list.Elements)
                {
                    FlushComments(items);
                    items.Add(new FItem<FTerm>(Term(element), null));
                }
                FlushComments(items);
                return new FList(open, items, Lex(list.CloseBracketToken));
            }
            case AttrSetExpressionSyntax set:
            {
                var rec = set.RecKeyword.Kind == NixSyntaxKind.None ? null : Lex(set.RecKeyword);
                var open = Lex(set.OpenBraceToken);
                var items = Binders(set.Bindings);
                return new FSet(rec, open, items, Lex(set.CloseBraceToken));
            }
            case LegacyLetExpressionSyntax legacy:
            {
                var let = Lex(legacy.LetKeyword);
                var open = Lex(legacy.OpenBraceToken);
                var items = Binders(legacy.Bindings);
                return new FSet(let, open, items, Lex(legacy.CloseBraceToken));
            }
            case SelectExpressionSyntax select:
            {
                var term = Term(select.Expression);
                var dot = Lex(select.DotToken);
                var selectors = Selectors(select.AttrPath, dot);
                if (select.OrKeyword.Kind == NixSyntaxKind.None) return new FSelection(term, selectors, null, null);
                var or = Lex(select.OrKeyword);
                return new FSelection(term, selectors, or, Term(select.DefaultValue!));
            }
            default:
                // Anything else in term position has parentheses in any valid tree; keep it as a term anyway.
                return new FParenthesized(new FormatToken([], "", 0, null), Expr(node), new FormatToken([], "", 0, null));
        }
    }

    private List<FItem<FBinder>> Binders(SyntaxList<BindingSyntax> bindings)
    {
        var items = new List<FItem<FBinder>>();
        foreach (var binding in bindings)
        {
            FlushComments(items);
            items.Add(new FItem<FBinder>(Binder(binding), null));
        }
        FlushComments(items);
        return items;
    }

    private FBinder Binder(BindingSyntax binding)
    {
        switch (binding)
        {
            case AttrPathValueSyntax assignment:
            {
                var path = Selectors(assignment.AttrPath, null);
                var equals = Lex(assignment.EqualsToken);
                var value = Expr(assignment.Value);
                return new FAssignment(path, equals, value, Lex(assignment.SemicolonToken));
            }
            case InheritSyntax inherit:
            {
                var keyword = Lex(inherit.InheritKeyword);
                FParenthesized? source = null;
                if (inherit.Source is not null)
                {
                    var open = Lex(inherit.OpenParenToken);
                    var inner = Expr(inherit.Source);
                    source = new FParenthesized(open, inner, Lex(inherit.CloseParenToken));
                }
                var names = inherit.Attributes.Select(SimpleSelector).ToList();
                return new FInherit(keyword, source, names, Lex(inherit.SemicolonToken));
            }
            default:
                throw new InvalidOperationException($"Unexpected binding {binding.Kind}.");
        }
    }

    /// <summary>The selectors of a path; the first gets <paramref name="firstDot"/> (already read), the others their dots.</summary>
    private List<FSelector> Selectors(AttrPathSyntax path, FormatToken? firstDot)
    {
        var result = new List<FSelector>();
        var names = path.Names;
        for (int i = 0; i < names.Count; i++)
        {
            var dot = i == 0 ? firstDot : Lex(names.GetSeparator(i - 1));
            result.Add(new FSelector(dot, SimpleSelector(names[i])));
        }
        return result;
    }

    private FSimpleSelector SimpleSelector(AttrNameSyntax name)
    {
        switch (name)
        {
            case IdentifierAttrNameSyntax identifier:
                return new FSimpleSelector(Lex(identifier.Identifier), null, null);
            case DynamicAttrNameSyntax dynamic:
            {
                var leading = TakePending();
                var interpolation = Interpolation(dynamic.Interpolation);
                var token = new FormatToken(leading, "", LineOf(dynamic.GetFirstToken()), After(dynamic.GetLastToken()));
                return new FSimpleSelector(token, interpolation, null);
            }
            case StringAttrNameSyntax str:
            {
                var s = String(str.String);
                return s switch
                {
                    FSimpleString simple => new FSimpleSelector(simple.Token, null, simple.Lines),
                    FIndentedString indented => new FSimpleSelector(indented.Token, null, indented.Lines),
                    _ => throw new InvalidOperationException(),
                };
            }
            default:
                throw new InvalidOperationException($"Unexpected attribute name {name.Kind}.");
        }
    }

    private FParameter Parameter(ParameterSyntax parameter)
    {
        switch (parameter)
        {
            case IdentifierParameterSyntax identifier:
                return new FIdParameter(Lex(identifier.Identifier));
            case FormalsParameterSyntax formals:
            {
                if (formals.LeadingAliasIdentifier.Kind != NixSyntaxKind.None)
                {
                    var alias = new FIdParameter(Lex(formals.LeadingAliasIdentifier));
                    var at = Lex(formals.LeadingAtToken);
                    return new FContextParameter(alias, at, FormalSet(formals.FormalSet));
                }
                var set = FormalSet(formals.FormalSet);
                if (formals.TrailingAtToken.Kind == NixSyntaxKind.None) return set;
                var trailingAt = Lex(formals.TrailingAtToken);
                return new FContextParameter(set, trailingAt, new FIdParameter(Lex(formals.TrailingAliasIdentifier)));
            }
            default:
                throw new InvalidOperationException($"Unexpected parameter {parameter.Kind}.");
        }
    }

    private FSetParameter FormalSet(FormalSetSyntax set)
    {
        var open = Lex(set.OpenBraceToken);
        var attrs = new List<FParamAttr>();
        var formals = set.Formals;
        for (int i = 0; i < formals.Count; i++)
        {
            var formal = formals[i];
            var name = Lex(formal.Identifier);
            FormatToken? question = null;
            FExpr? value = null;
            if (formal.Default is { } d)
            {
                question = Lex(d.QuestionToken);
                value = Expr(d.Value);
            }
            var comma = i < formals.SeparatorCount ? Lex(formals.GetSeparator(i)) : null;
            attrs.Add(new FParamAttr(name, question, value, comma, false));
        }
        if (set.EllipsisToken.Kind != NixSyntaxKind.None)
            attrs.Add(new FParamAttr(Lex(set.EllipsisToken), null, null, null, true));
        return new FSetParameter(open, attrs, Lex(set.CloseBraceToken));
    }

    private FInterpolation Interpolation(InterpolationSyntax interpolation)
    {
        // The inside of ${ } is a file of its own: its leading trivia goes to its first token, what is left
        // before the } is its final trivia, and the trivia pending outside waits until after it.
        var saved = TakePending();
        var open = interpolation.DollarOpenBraceToken;
        var first = interpolation.Expression.GetFirstToken();
        _pending = TriviaReader.Leading(TriviaReader.Read(open.TrailingTrivia.Concat(first.LeadingTrivia), _source, first), _directives);
        var expression = Expr(interpolation.Expression);
        var final = TakePending();
        _pending = saved;
        return new FInterpolation(expression, final);
    }

    private List<FStringPart> Parts(SyntaxList<InterpolatedPartSyntax> parts)
    {
        var result = new List<FStringPart>();
        foreach (var part in parts)
        {
            if (part is StringTextSyntax text) result.Add(new FTextPart(text.TextToken.Text));
            else if (part is InterpolationSyntax interpolation) result.Add(Interpolation(interpolation));
        }
        return result;
    }

    private FTerm String(StringExpressionSyntax str)
    {
        var leading = TakePending();
        var line = LineOf(str.OpenQuoteToken);
        var parts = Parts(str.Parts);
        var token = new FormatToken(leading, "", line, After(str.CloseQuoteToken));
        if (!str.IsIndented) return new FSimpleString(token, SplitLines(parts).Select(NormalizeLine).ToList());
        // The opening token of an indented string may hold the line break after the quotes.
        var afterQuotes = str.OpenQuoteToken.Text[2..];
        if (afterQuotes.Length > 0) parts.Insert(0, new FTextPart(afterQuotes));
        var lines = IndentedLines(parts);
        // A one-line indented string without quotes or backslashes reads better as a plain string.
        if (lines.Count <= 1 && !lines.Any(l => l.Any(p => p is FTextPart t && (t.Text.Contains('"') || t.Text.Contains('\\')))))
            return new FSimpleString(token, lines.Select(l => l.Select(ToSimpleEscapes).ToList()).ToList());
        return new FIndentedString(token, lines);
    }

    private static FStringPart ToSimpleEscapes(FStringPart part)
    {
        if (part is not FTextPart text) return part;
        var t = text.Text;
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < t.Length;)
        {
            if (string.CompareOrdinal(t, i, "''$", 0, 3) == 0) { sb.Append("\\$"); i += 3; }
            else if (string.CompareOrdinal(t, i, "'''", 0, 3) == 0) { sb.Append("''"); i += 3; }
            else { sb.Append(t[i]); i++; }
        }
        return new FTextPart(sb.ToString());
    }

    private static List<List<FStringPart>> SplitLines(List<FStringPart> parts)
    {
        var lines = new List<List<FStringPart>> { new() };
        foreach (var part in parts)
        {
            if (part is FTextPart text)
            {
                var pieces = text.Text.Split('\n');
                for (int i = 0; i < pieces.Length; i++)
                {
                    if (i > 0) lines.Add([]);
                    lines[^1].Add(new FTextPart(pieces[i]));
                }
            }
            else lines[^1].Add(part);
        }
        return lines;
    }

    internal static List<FStringPart> NormalizeLine(List<FStringPart> line)
    {
        var result = new List<FStringPart>();
        foreach (var part in line)
        {
            if (part is FTextPart { Text.Length: 0 }) continue;
            if (part is FTextPart t && result.Count > 0 && result[^1] is FTextPart prev) result[^1] = new FTextPart(prev.Text + t.Text);
            else result.Add(part);
        }
        return result;
    }

    private static bool IsSpaces(string text) => text.All(c => c == ' ');

    private static bool IsEmptyLine(List<FStringPart> line) =>
        line.Count == 0 || (line.Count == 1 && line[0] is FTextPart t && IsSpaces(t.Text));

    private static List<List<FStringPart>> IndentedLines(List<FStringPart> parts)
    {
        var lines = SplitLines(parts).Select(NormalizeLine).ToList();
        // The first line goes when it is blank (and not the only one); a blank last line becomes empty.
        var first = NormalizeLine(lines[0]);
        if (IsEmptyLine(first) && lines.Count > 1) lines.RemoveAt(0);
        else lines[0] = first;
        var last = NormalizeLine(lines[^1]);
        lines[^1] = IsEmptyLine(last) ? [] : last;
        string? common = null;
        foreach (var line in lines)
        {
            if (IsEmptyLine(line)) continue;
            var head = line[0] is FTextPart t ? t.Text : "";
            common = common is null ? head : CommonPrefix(common, head);
        }
        if (common is null) return lines.Select(_ => new List<FStringPart>()).ToList();
        var indentation = new string(common.TakeWhile(c => c == ' ').ToArray());
        var result = new List<List<FStringPart>>();
        foreach (var line in lines)
        {
            var stripped = new List<FStringPart>(line);
            if (stripped.Count > 0 && stripped[0] is FTextPart head)
                stripped[0] = new FTextPart(head.Text.StartsWith(indentation, StringComparison.Ordinal) ? head.Text[indentation.Length..] : "");
            result.Add(NormalizeLine(stripped));
        }
        return result;
    }

    private static string CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return a[..n];
    }
}
