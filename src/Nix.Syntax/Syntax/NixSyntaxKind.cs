namespace Nix.Syntax;

/// <summary>
/// The kind of every token, trivia and node in a Nix syntax tree.
/// Numbers are explicit and never change once released: tools store them.
/// Tokens end in <c>Token</c> or <c>Keyword</c>, trivia in <c>Trivia</c>, expression nodes in <c>Expression</c>.
/// </summary>
public enum NixSyntaxKind : ushort
{
    /// <summary>No kind: the kind of a default <see cref="SyntaxToken"/> (an absent optional token).</summary>
    None = 0,

    /// <summary>A list of nodes or tokens (the green form of <see cref="SyntaxList{TNode}"/>).</summary>
    List = 1,

    // ---- Tokens (100-199) ----
    /// <summary>The zero-width token at the end of the input; it carries the trivia left over.</summary>
    EndOfFileToken = 100,
    /// <summary>A character that cannot start any Nix token (<c>&amp;</c>, <c>$</c>, non-ASCII outside strings).</summary>
    BadToken = 101,
    /// <summary>An identifier: <c>[a-zA-Z_][a-zA-Z0-9_'-]*</c>, such as <c>x-1</c> or <c>a''</c>.</summary>
    IdentifierToken = 102,
    /// <summary>An integer literal: <c>[0-9]+</c>.</summary>
    IntegerLiteralToken = 103,
    /// <summary>A float literal such as <c>1.5</c>, <c>.5</c>, <c>1.</c> or <c>1.e5</c>.</summary>
    FloatLiteralToken = 104,
    /// <summary>A relative or absolute path (<c>./a</c>, <c>a/b</c>, <c>/etc</c>), or the head of an interpolated one.</summary>
    PathToken = 105,
    /// <summary>A home path (<c>~/a</c>), or the head of an interpolated one.</summary>
    HomePathToken = 106,
    /// <summary>A search path: <c>&lt;nixpkgs/lib&gt;</c>.</summary>
    SearchPathToken = 107,
    /// <summary>A URI literal: <c>https://example.org/x</c>; <c>x:x</c> is one too.</summary>
    UriToken = 108,
    /// <summary>Literal text inside a <c>"…"</c> string, escapes kept as written.</summary>
    StringTextToken = 109,
    /// <summary>Literal text inside a <c>''…''</c> string, escapes kept as written.</summary>
    IndentedStringTextToken = 110,
    /// <summary>Literal text of an interpolated path after its first interpolation.</summary>
    PathTextToken = 111,

    /// <summary><c>{</c></summary>
    OpenBraceToken = 120,
    /// <summary><c>}</c></summary>
    CloseBraceToken = 121,
    /// <summary><c>[</c></summary>
    OpenBracketToken = 122,
    /// <summary><c>]</c></summary>
    CloseBracketToken = 123,
    /// <summary><c>(</c></summary>
    OpenParenToken = 124,
    /// <summary><c>)</c></summary>
    CloseParenToken = 125,
    /// <summary><c>;</c></summary>
    SemicolonToken = 126,
    /// <summary><c>:</c></summary>
    ColonToken = 127,
    /// <summary><c>,</c></summary>
    CommaToken = 128,
    /// <summary><c>=</c></summary>
    EqualsToken = 129,
    /// <summary><c>.</c></summary>
    DotToken = 130,
    /// <summary><c>?</c></summary>
    QuestionToken = 131,
    /// <summary><c>@</c></summary>
    AtToken = 132,
    /// <summary><c>+</c></summary>
    PlusToken = 133,
    /// <summary><c>-</c></summary>
    MinusToken = 134,
    /// <summary><c>*</c></summary>
    AsteriskToken = 135,
    /// <summary><c>/</c></summary>
    SlashToken = 136,
    /// <summary><c>!</c></summary>
    ExclamationToken = 137,
    /// <summary><c>&lt;</c></summary>
    LessThanToken = 138,
    /// <summary><c>&gt;</c></summary>
    GreaterThanToken = 139,
    /// <summary><c>...</c></summary>
    EllipsisToken = 140,
    /// <summary><c>==</c></summary>
    EqualsEqualsToken = 141,
    /// <summary><c>!=</c></summary>
    ExclamationEqualsToken = 142,
    /// <summary><c>&lt;=</c></summary>
    LessThanEqualsToken = 143,
    /// <summary><c>&gt;=</c></summary>
    GreaterThanEqualsToken = 144,
    /// <summary><c>&amp;&amp;</c></summary>
    AmpersandAmpersandToken = 145,
    /// <summary><c>||</c></summary>
    BarBarToken = 146,
    /// <summary><c>-&gt;</c> (implication)</summary>
    MinusGreaterThanToken = 147,
    /// <summary><c>//</c> (update)</summary>
    SlashSlashToken = 148,
    /// <summary><c>++</c> (list concatenation)</summary>
    PlusPlusToken = 149,
    /// <summary><c>|&gt;</c> (pipe into, experimental in Nix)</summary>
    BarGreaterThanToken = 150,
    /// <summary><c>&lt;|</c> (pipe from, experimental in Nix)</summary>
    LessThanBarToken = 151,
    /// <summary><c>${</c> opening an interpolation.</summary>
    DollarOpenBraceToken = 152,
    /// <summary><c>"</c> opening or closing a string.</summary>
    DoubleQuoteToken = 153,
    /// <summary><c>''</c> opening an indented string (with the spaces and line end that directly follow, as Nix's lexer takes them).</summary>
    OpenIndentedStringToken = 154,
    /// <summary><c>''</c> closing an indented string.</summary>
    CloseIndentedStringToken = 155,

    // ---- Keywords (200-229) ----
    /// <summary><c>if</c></summary>
    IfKeyword = 200,
    /// <summary><c>then</c></summary>
    ThenKeyword = 201,
    /// <summary><c>else</c></summary>
    ElseKeyword = 202,
    /// <summary><c>assert</c></summary>
    AssertKeyword = 203,
    /// <summary><c>with</c></summary>
    WithKeyword = 204,
    /// <summary><c>let</c></summary>
    LetKeyword = 205,
    /// <summary><c>in</c></summary>
    InKeyword = 206,
    /// <summary><c>rec</c></summary>
    RecKeyword = 207,
    /// <summary><c>inherit</c></summary>
    InheritKeyword = 208,
    /// <summary><c>or</c>: a keyword in <c>a.b or c</c>, but also an attribute name and (cursed) a variable.</summary>
    OrKeyword = 209,

    // ---- Trivia (300-329) ----
    /// <summary>Spaces and tabs.</summary>
    WhitespaceTrivia = 300,
    /// <summary>A line end: <c>\n</c>, <c>\r\n</c> or <c>\r</c>.</summary>
    EndOfLineTrivia = 301,
    /// <summary>A <c># …</c> comment, up to but not including the line end.</summary>
    SingleLineCommentTrivia = 302,
    /// <summary>A <c>/* … */</c> comment.</summary>
    MultiLineCommentTrivia = 303,
    /// <summary>A <c>/** … */</c> documentation comment (RFC 145).</summary>
    DocumentationCommentTrivia = 304,
    /// <summary>Tokens the parser skipped while recovering from a syntax error, kept as text.</summary>
    SkippedTokensTrivia = 305,
    /// <summary>A UTF-8 byte order mark (U+FEFF) at the start of a file; Nix itself rejects it.</summary>
    ByteOrderMarkTrivia = 306,

    // ---- Nodes (400-) ----
    /// <summary>The root: one expression and the end-of-file token.</summary>
    SourceFile = 400,

    /// <summary>A variable reference: <c>x</c>, <c>true</c>, <c>null</c> (these are not keywords in Nix).</summary>
    IdentifierExpression = 410,
    /// <summary><c>42</c></summary>
    IntegerLiteralExpression = 411,
    /// <summary><c>1.5</c></summary>
    FloatLiteralExpression = 412,
    /// <summary><c>https://example.org</c></summary>
    UriExpression = 413,
    /// <summary><c>&lt;nixpkgs&gt;</c></summary>
    SearchPathExpression = 414,
    /// <summary><c>./a</c>, <c>/a</c>, <c>~/a</c>, <c>./a-${x}.nix</c></summary>
    PathExpression = 415,
    /// <summary><c>"…"</c></summary>
    StringExpression = 416,
    /// <summary><c>''…''</c></summary>
    IndentedStringExpression = 417,
    /// <summary><c>( e )</c></summary>
    ParenthesizedExpression = 418,
    /// <summary><c>[ a b ]</c></summary>
    ListExpression = 419,
    /// <summary><c>{ a = 1; }</c> or <c>rec { … }</c></summary>
    AttrSetExpression = 420,
    /// <summary>The legacy <c>let { …; body = e; }</c></summary>
    LegacyLetExpression = 421,
    /// <summary><c>let a = 1; in e</c></summary>
    LetExpression = 422,
    /// <summary><c>with e; body</c></summary>
    WithExpression = 423,
    /// <summary><c>assert e; body</c></summary>
    AssertExpression = 424,
    /// <summary><c>if c then a else b</c></summary>
    IfExpression = 425,
    /// <summary><c>x: body</c> or <c>{ a, b ? 1, ... } @ args: body</c></summary>
    LambdaExpression = 426,
    /// <summary><c>f x</c></summary>
    ApplyExpression = 427,
    /// <summary><c>e.a.b</c> or <c>e.a.b or d</c></summary>
    SelectExpression = 428,
    /// <summary><c>e ? a.b</c></summary>
    HasAttrExpression = 429,
    /// <summary><c>-e</c></summary>
    NegateExpression = 430,
    /// <summary><c>!e</c></summary>
    LogicalNotExpression = 431,
    /// <summary><c>a + b</c></summary>
    AddExpression = 440,
    /// <summary><c>a - b</c></summary>
    SubtractExpression = 441,
    /// <summary><c>a * b</c></summary>
    MultiplyExpression = 442,
    /// <summary><c>a / b</c></summary>
    DivideExpression = 443,
    /// <summary><c>a ++ b</c></summary>
    ConcatExpression = 444,
    /// <summary><c>a // b</c></summary>
    UpdateExpression = 445,
    /// <summary><c>a &lt; b</c></summary>
    LessThanExpression = 446,
    /// <summary><c>a &lt;= b</c></summary>
    LessThanOrEqualExpression = 447,
    /// <summary><c>a &gt; b</c></summary>
    GreaterThanExpression = 448,
    /// <summary><c>a &gt;= b</c></summary>
    GreaterThanOrEqualExpression = 449,
    /// <summary><c>a == b</c></summary>
    EqualsExpression = 450,
    /// <summary><c>a != b</c></summary>
    NotEqualsExpression = 451,
    /// <summary><c>a &amp;&amp; b</c></summary>
    LogicalAndExpression = 452,
    /// <summary><c>a || b</c></summary>
    LogicalOrExpression = 453,
    /// <summary><c>a -&gt; b</c></summary>
    ImplicationExpression = 454,
    /// <summary><c>a |&gt; f</c></summary>
    PipeIntoExpression = 455,
    /// <summary><c>f &lt;| a</c></summary>
    PipeFromExpression = 456,

    /// <summary>A binding <c>a.b = e;</c></summary>
    AttrPathValue = 470,
    /// <summary><c>inherit a b;</c> or <c>inherit (e) a b;</c></summary>
    Inherit = 471,
    /// <summary>The dotted attribute path <c>a.b."c".${d}</c></summary>
    AttrPath = 472,
    /// <summary>An attribute name that is an identifier (or <c>or</c>).</summary>
    IdentifierAttrName = 473,
    /// <summary>An attribute name that is a string: <c>"a b"</c>.</summary>
    StringAttrName = 474,
    /// <summary>An attribute name that is an interpolation: <c>${e}</c>.</summary>
    DynamicAttrName = 475,
    /// <summary>Literal text inside a string, indented string or path.</summary>
    StringText = 476,
    /// <summary><c>${ e }</c> inside a string, indented string, path or attribute name.</summary>
    Interpolation = 477,
    /// <summary>The parameter of <c>x: body</c>.</summary>
    IdentifierParameter = 478,
    /// <summary>The parameter of <c>{ a, b ? 1, ... }: body</c>, with an optional <c>@</c> alias on either side.</summary>
    FormalsParameter = 479,
    /// <summary><c>{ a, b ? 1, ... }</c></summary>
    FormalSet = 480,
    /// <summary>One formal: <c>a</c> or <c>b ? 1</c>.</summary>
    Formal = 481,
    /// <summary>The <c>? default</c> of a formal.</summary>
    FormalDefault = 482,
}
