namespace Nix.Syntax.Formatting.Model;

// The formatter's own view of a Nix expression. It follows what the layout rules need to see rather than the
// syntax tree's shape: terms (things a list can hold) against other expressions, a selection with all its
// selectors, strings as lines of parts, comments on tokens or as items of their own between bindings.

/// <summary>Any expression.</summary>
internal abstract class FExpr
{
}

/// <summary>A term: what can stand in a list without parentheses.</summary>
internal abstract class FTerm : FExpr
{
}

/// <summary>An identifier, number, search path or URI.</summary>
internal sealed class FToken(FormatToken token, NixSyntaxKind kind) : FTerm
{
    public FormatToken Token { get; } = token;
    public NixSyntaxKind Kind { get; } = kind;
}

/// <summary>A part of a string or path: text as written, or an interpolation.</summary>
internal abstract class FStringPart
{
}

internal sealed class FTextPart(string text) : FStringPart
{
    public string Text { get; } = text;
}

internal sealed class FInterpolation(FExpr expression, List<Trivium> finalTrivia) : FStringPart
{
    public FExpr Expression { get; } = expression;
    public List<Trivium> FinalTrivia { get; } = finalTrivia;
}

/// <summary>A <c>"…"</c> string (lines split at written line breaks), whose token carries the comments.</summary>
internal sealed class FSimpleString(FormatToken token, List<List<FStringPart>> lines) : FTerm
{
    public FormatToken Token { get; } = token;
    public List<List<FStringPart>> Lines { get; } = lines;
}

/// <summary>A <c>''…''</c> string as lines with the common indentation removed.</summary>
internal sealed class FIndentedString(FormatToken token, List<List<FStringPart>> lines) : FTerm
{
    public FormatToken Token { get; } = token;
    public List<List<FStringPart>> Lines { get; } = lines;
}

internal sealed class FPath(FormatToken token, List<FStringPart> parts) : FTerm
{
    public FormatToken Token { get; } = token;
    public List<FStringPart> Parts { get; } = parts;
}

/// <summary>An entry of a list, set or <c>let</c>: an item, or comments standing on their own.</summary>
internal sealed class FItem<T>(T? value, List<Trivium>? comments) where T : class
{
    public T? Value { get; } = value;
    public List<Trivium>? Comments { get; } = comments;
    public bool IsComments => Comments is not null;
}

internal sealed class FList(FormatToken open, List<FItem<FTerm>> items, FormatToken close) : FTerm
{
    public FormatToken Open { get; set; } = open;
    public List<FItem<FTerm>> Items { get; } = items;
    public FormatToken Close { get; set; } = close;
}

/// <summary>An attribute set, <c>rec</c> set, or legacy <c>let { }</c> (the keyword in <see cref="Keyword"/>).</summary>
internal sealed class FSet(FormatToken? keyword, FormatToken open, List<FItem<FBinder>> items, FormatToken close) : FTerm
{
    public FormatToken? Keyword { get; } = keyword;
    public FormatToken Open { get; set; } = open;
    public List<FItem<FBinder>> Items { get; } = items;
    public FormatToken Close { get; set; } = close;
}

/// <summary>An attribute name: identifier, <c>${…}</c> or string, with its token (for trivia).</summary>
internal sealed class FSimpleSelector(FormatToken token, FInterpolation? interpolation, List<List<FStringPart>>? stringLines)
{
    public FormatToken Token { get; } = token;
    public FInterpolation? Interpolation { get; } = interpolation;
    public List<List<FStringPart>>? StringLines { get; } = stringLines;
    public bool IsIdentifier => Interpolation is null && StringLines is null;
}

internal sealed class FSelector(FormatToken? dot, FSimpleSelector name)
{
    public FormatToken? Dot { get; } = dot;
    public FSimpleSelector Name { get; } = name;
}

internal sealed class FSelection(FTerm term, List<FSelector> selectors, FormatToken? orKeyword, FTerm? defaultValue) : FTerm
{
    public FTerm Term { get; } = term;
    public List<FSelector> Selectors { get; } = selectors;
    public FormatToken? OrKeyword { get; } = orKeyword;
    public FTerm? Default { get; } = defaultValue;
}

internal sealed class FParenthesized(FormatToken open, FExpr expression, FormatToken close) : FTerm
{
    public FormatToken Open { get; set; } = open;
    public FExpr Expression { get; } = expression;
    public FormatToken Close { get; set; } = close;
}

internal abstract class FBinder
{
}

internal sealed class FInherit(FormatToken keyword, FParenthesized? source, List<FSimpleSelector> names, FormatToken semicolon) : FBinder
{
    public FormatToken Keyword { get; } = keyword;
    public FParenthesized? Source { get; } = source;
    public List<FSimpleSelector> Names { get; } = names;
    public FormatToken Semicolon { get; } = semicolon;
}

internal sealed class FAssignment(List<FSelector> path, FormatToken equals, FExpr value, FormatToken semicolon) : FBinder
{
    public List<FSelector> Path { get; } = path;
    public FormatToken EqualsToken { get; } = equals;
    public FExpr Value { get; } = value;
    public FormatToken Semicolon { get; } = semicolon;
}

internal sealed class FWith(FormatToken keyword, FExpr scope, FormatToken semicolon, FExpr body) : FExpr
{
    public FormatToken Keyword { get; } = keyword;
    public FExpr Scope { get; } = scope;
    public FormatToken Semicolon { get; } = semicolon;
    public FExpr Body { get; } = body;
}

internal sealed class FLet(FormatToken let, List<FItem<FBinder>> items, FormatToken inKeyword, FExpr body) : FExpr
{
    public FormatToken LetKeyword { get; } = let;
    public List<FItem<FBinder>> Items { get; } = items;
    public FormatToken InKeyword { get; } = inKeyword;
    public FExpr Body { get; } = body;
}

internal sealed class FAssert(FormatToken keyword, FExpr condition, FormatToken semicolon, FExpr body) : FExpr
{
    public FormatToken Keyword { get; } = keyword;
    public FExpr Condition { get; } = condition;
    public FormatToken Semicolon { get; } = semicolon;
    public FExpr Body { get; } = body;
}

internal sealed class FIf(FormatToken ifKeyword, FExpr condition, FormatToken thenKeyword, FExpr whenTrue, FormatToken elseKeyword, FExpr whenFalse) : FExpr
{
    public FormatToken IfKeyword { get; set; } = ifKeyword;
    public FExpr Condition { get; } = condition;
    public FormatToken ThenKeyword { get; } = thenKeyword;
    public FExpr WhenTrue { get; } = whenTrue;
    public FormatToken ElseKeyword { get; } = elseKeyword;
    public FExpr WhenFalse { get; } = whenFalse;
}

internal abstract class FParameter
{
}

internal sealed class FIdParameter(FormatToken name) : FParameter
{
    public FormatToken Name { get; } = name;
}

/// <summary>One formal: a name with an optional default and comma, or the ellipsis (<see cref="Name"/> is <c>...</c>).</summary>
internal sealed class FParamAttr(FormatToken name, FormatToken? question, FExpr? defaultValue, FormatToken? comma, bool isEllipsis)
{
    public FormatToken Name { get; set; } = name;
    public FormatToken? Question { get; } = question;
    public FExpr? Default { get; } = defaultValue;
    public FormatToken? Comma { get; set; } = comma;
    public bool IsEllipsis { get; } = isEllipsis;
}

internal sealed class FSetParameter(FormatToken open, List<FParamAttr> attrs, FormatToken close) : FParameter
{
    public FormatToken Open { get; } = open;
    public List<FParamAttr> Attrs { get; } = attrs;
    public FormatToken Close { get; } = close;
}

internal sealed class FContextParameter(FParameter first, FormatToken at, FParameter second) : FParameter
{
    public FParameter First { get; } = first;
    public FormatToken At { get; } = at;
    public FParameter Second { get; } = second;
}

internal sealed class FAbstraction(FParameter parameter, FormatToken colon, FExpr body) : FExpr
{
    public FParameter Parameter { get; } = parameter;
    public FormatToken Colon { get; } = colon;
    public FExpr Body { get; } = body;
}

internal sealed class FApplication(FExpr function, FExpr argument) : FExpr
{
    public FExpr Function { get; } = function;
    public FExpr Argument { get; } = argument;
}

internal sealed class FOperation(FExpr left, FormatToken op, FExpr right) : FExpr
{
    public FExpr Left { get; } = left;
    public FormatToken Operator { get; } = op;
    public FExpr Right { get; } = right;
}

internal sealed class FMemberCheck(FExpr expression, FormatToken question, List<FSelector> path) : FExpr
{
    public FExpr Expression { get; } = expression;
    public FormatToken Question { get; } = question;
    public List<FSelector> Path { get; } = path;
}

/// <summary><c>-e</c> or <c>!e</c>.</summary>
internal sealed class FPrefix(FormatToken op, FExpr operand) : FExpr
{
    public FormatToken Operator { get; } = op;
    public FExpr Operand { get; } = operand;
}
