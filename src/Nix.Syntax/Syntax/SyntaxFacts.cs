namespace Nix.Syntax;

/// <summary>Facts about kinds: fixed token texts, keywords, and which kinds are tokens, trivia or expressions.</summary>
public static partial class SyntaxFacts
{
    /// <summary>The fixed text of a punctuation or keyword kind, or null for kinds whose text varies.</summary>
    public static string? GetText(NixSyntaxKind kind) => kind switch
    {
        NixSyntaxKind.OpenBraceToken => "{",
        NixSyntaxKind.CloseBraceToken => "}",
        NixSyntaxKind.OpenBracketToken => "[",
        NixSyntaxKind.CloseBracketToken => "]",
        NixSyntaxKind.OpenParenToken => "(",
        NixSyntaxKind.CloseParenToken => ")",
        NixSyntaxKind.SemicolonToken => ";",
        NixSyntaxKind.ColonToken => ":",
        NixSyntaxKind.CommaToken => ",",
        NixSyntaxKind.EqualsToken => "=",
        NixSyntaxKind.DotToken => ".",
        NixSyntaxKind.QuestionToken => "?",
        NixSyntaxKind.AtToken => "@",
        NixSyntaxKind.PlusToken => "+",
        NixSyntaxKind.MinusToken => "-",
        NixSyntaxKind.AsteriskToken => "*",
        NixSyntaxKind.SlashToken => "/",
        NixSyntaxKind.ExclamationToken => "!",
        NixSyntaxKind.LessThanToken => "<",
        NixSyntaxKind.GreaterThanToken => ">",
        NixSyntaxKind.EllipsisToken => "...",
        NixSyntaxKind.EqualsEqualsToken => "==",
        NixSyntaxKind.ExclamationEqualsToken => "!=",
        NixSyntaxKind.LessThanEqualsToken => "<=",
        NixSyntaxKind.GreaterThanEqualsToken => ">=",
        NixSyntaxKind.AmpersandAmpersandToken => "&&",
        NixSyntaxKind.BarBarToken => "||",
        NixSyntaxKind.MinusGreaterThanToken => "->",
        NixSyntaxKind.SlashSlashToken => "//",
        NixSyntaxKind.PlusPlusToken => "++",
        NixSyntaxKind.BarGreaterThanToken => "|>",
        NixSyntaxKind.LessThanBarToken => "<|",
        NixSyntaxKind.DollarOpenBraceToken => "${",
        NixSyntaxKind.DoubleQuoteToken => "\"",
        NixSyntaxKind.CloseIndentedStringToken => "''",
        NixSyntaxKind.IfKeyword => "if",
        NixSyntaxKind.ThenKeyword => "then",
        NixSyntaxKind.ElseKeyword => "else",
        NixSyntaxKind.AssertKeyword => "assert",
        NixSyntaxKind.WithKeyword => "with",
        NixSyntaxKind.LetKeyword => "let",
        NixSyntaxKind.InKeyword => "in",
        NixSyntaxKind.RecKeyword => "rec",
        NixSyntaxKind.InheritKeyword => "inherit",
        NixSyntaxKind.OrKeyword => "or",
        _ => null,
    };

    /// <summary>Whether the kind is a token (keywords included).</summary>
    public static bool IsToken(NixSyntaxKind kind) => (ushort)kind is >= 100 and < 300;

    /// <summary>Whether the kind is a keyword.</summary>
    public static bool IsKeyword(NixSyntaxKind kind) => (ushort)kind is >= 200 and < 230;

    /// <summary>Whether the kind is trivia.</summary>
    public static bool IsTrivia(NixSyntaxKind kind) => (ushort)kind is >= 300 and < 400;

    /// <summary>Whether the kind is a comment trivia (line, block or documentation comment).</summary>
    public static bool IsComment(NixSyntaxKind kind) =>
        kind is NixSyntaxKind.SingleLineCommentTrivia or NixSyntaxKind.MultiLineCommentTrivia or NixSyntaxKind.DocumentationCommentTrivia;

    /// <summary>Whether the kind is an expression node.</summary>
    public static bool IsExpression(NixSyntaxKind kind) => (ushort)kind is >= 410 and < 470;

    /// <summary>The keyword kind spelled <paramref name="text"/>, or <see cref="NixSyntaxKind.None"/>.</summary>
    public static NixSyntaxKind GetKeywordKind(string text) => text switch
    {
        "if" => NixSyntaxKind.IfKeyword,
        "then" => NixSyntaxKind.ThenKeyword,
        "else" => NixSyntaxKind.ElseKeyword,
        "assert" => NixSyntaxKind.AssertKeyword,
        "with" => NixSyntaxKind.WithKeyword,
        "let" => NixSyntaxKind.LetKeyword,
        "in" => NixSyntaxKind.InKeyword,
        "rec" => NixSyntaxKind.RecKeyword,
        "inherit" => NixSyntaxKind.InheritKeyword,
        "or" => NixSyntaxKind.OrKeyword,
        _ => NixSyntaxKind.None,
    };

    /// <summary>The binary expression kind of an operator token kind, or <see cref="NixSyntaxKind.None"/>.</summary>
    public static NixSyntaxKind GetBinaryExpressionKind(NixSyntaxKind operatorKind) => operatorKind switch
    {
        NixSyntaxKind.PlusToken => NixSyntaxKind.AddExpression,
        NixSyntaxKind.MinusToken => NixSyntaxKind.SubtractExpression,
        NixSyntaxKind.AsteriskToken => NixSyntaxKind.MultiplyExpression,
        NixSyntaxKind.SlashToken => NixSyntaxKind.DivideExpression,
        NixSyntaxKind.PlusPlusToken => NixSyntaxKind.ConcatExpression,
        NixSyntaxKind.SlashSlashToken => NixSyntaxKind.UpdateExpression,
        NixSyntaxKind.LessThanToken => NixSyntaxKind.LessThanExpression,
        NixSyntaxKind.LessThanEqualsToken => NixSyntaxKind.LessThanOrEqualExpression,
        NixSyntaxKind.GreaterThanToken => NixSyntaxKind.GreaterThanExpression,
        NixSyntaxKind.GreaterThanEqualsToken => NixSyntaxKind.GreaterThanOrEqualExpression,
        NixSyntaxKind.EqualsEqualsToken => NixSyntaxKind.EqualsExpression,
        NixSyntaxKind.ExclamationEqualsToken => NixSyntaxKind.NotEqualsExpression,
        NixSyntaxKind.AmpersandAmpersandToken => NixSyntaxKind.LogicalAndExpression,
        NixSyntaxKind.BarBarToken => NixSyntaxKind.LogicalOrExpression,
        NixSyntaxKind.MinusGreaterThanToken => NixSyntaxKind.ImplicationExpression,
        NixSyntaxKind.BarGreaterThanToken => NixSyntaxKind.PipeIntoExpression,
        NixSyntaxKind.LessThanBarToken => NixSyntaxKind.PipeFromExpression,
        _ => NixSyntaxKind.None,
    };

    /// <summary>The operator token kind of a binary expression kind, or <see cref="NixSyntaxKind.None"/>.</summary>
    public static NixSyntaxKind GetBinaryOperatorKind(NixSyntaxKind expressionKind)
    {
        foreach (var op in BinaryOperatorTokens)
            if (GetBinaryExpressionKind(op) == expressionKind) return op;
        return NixSyntaxKind.None;
    }

    private static readonly NixSyntaxKind[] BinaryOperatorTokens =
    [
        NixSyntaxKind.PlusToken, NixSyntaxKind.MinusToken, NixSyntaxKind.AsteriskToken, NixSyntaxKind.SlashToken,
        NixSyntaxKind.PlusPlusToken, NixSyntaxKind.SlashSlashToken, NixSyntaxKind.LessThanToken, NixSyntaxKind.LessThanEqualsToken,
        NixSyntaxKind.GreaterThanToken, NixSyntaxKind.GreaterThanEqualsToken, NixSyntaxKind.EqualsEqualsToken,
        NixSyntaxKind.ExclamationEqualsToken, NixSyntaxKind.AmpersandAmpersandToken, NixSyntaxKind.BarBarToken,
        NixSyntaxKind.MinusGreaterThanToken, NixSyntaxKind.BarGreaterThanToken, NixSyntaxKind.LessThanBarToken,
    ];
}
