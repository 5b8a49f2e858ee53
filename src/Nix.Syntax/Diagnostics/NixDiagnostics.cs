namespace Nix.Syntax.Diagnostics;

/// <summary>
/// Every diagnostic the parser reports. NIX1xxx are lexical and syntax errors: Nix's own parser rejects the
/// same input. NIX2xxx are warnings about input Nix accepts. NIX3xxx come from the binder: errors Nix's parser
/// reports beyond its grammar (duplicate attributes and formals, misplaced dynamic attributes).
/// </summary>
public static class NixDiagnostics
{
    /// <summary>A token where the grammar allows none of its kind.</summary>
    public static readonly DiagnosticDescriptor UnexpectedToken = new("NIX1001", "Unexpected token", "Unexpected {0}; expected {1}", DiagnosticSeverity.Error);

    /// <summary>A token the grammar requires is not there.</summary>
    public static readonly DiagnosticDescriptor MissingToken = new("NIX1002", "Missing token", "Expected {0} before {1}", DiagnosticSeverity.Error);

    /// <summary>A string, indented string or interpolation runs to the end of the file.</summary>
    public static readonly DiagnosticDescriptor Unterminated = new("NIX1003", "Unterminated construct", "Unterminated {0}: the file ends before its closing {1}", DiagnosticSeverity.Error);

    /// <summary>A character that cannot start any token.</summary>
    public static readonly DiagnosticDescriptor InvalidCharacter = new("NIX1004", "Invalid character", "Invalid character {0}", DiagnosticSeverity.Error);

    /// <summary>Input nested deeper than the parser follows.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = new("NIX1005", "Nesting too deep", "Expressions are nested more than {0} levels deep; the rest of the file is kept as skipped text", DiagnosticSeverity.Error);

    /// <summary>A path that ends with <c>/</c>.</summary>
    public static readonly DiagnosticDescriptor PathTrailingSlash = new("NIX1006", "Path has a trailing slash", "Path '{0}' has a trailing slash", DiagnosticSeverity.Error);

    /// <summary>An integer literal beyond the range of a 64-bit signed integer.</summary>
    public static readonly DiagnosticDescriptor InvalidInteger = new("NIX1007", "Invalid integer", "Invalid integer '{0}': larger than 9223372036854775807", DiagnosticSeverity.Error);

    /// <summary>A float literal beyond the range of a double.</summary>
    public static readonly DiagnosticDescriptor InvalidFloat = new("NIX1008", "Invalid float", "Invalid float '{0}': out of range", DiagnosticSeverity.Error);

    /// <summary>Two comparisons chained without parentheses.</summary>
    public static readonly DiagnosticDescriptor NonAssociativeOperator = new("NIX1009", "Operator is not associative", "Operator '{0}' cannot follow '{1}' without parentheses: comparisons do not chain", DiagnosticSeverity.Error);

    /// <summary><c>|&gt;</c> and <c>&lt;|</c> mixed without parentheses.</summary>
    public static readonly DiagnosticDescriptor MixedPipes = new("NIX1010", "Pipe operators mixed", "'|>' and '<|' cannot be mixed without parentheses", DiagnosticSeverity.Error);

    /// <summary>A byte order mark, which Nix does not accept.</summary>
    public static readonly DiagnosticDescriptor ByteOrderMark = new("NIX1011", "Byte order mark", "The file starts with a byte order mark (U+FEFF), which Nix does not accept", DiagnosticSeverity.Error);

    /// <summary>Bytes that are not UTF-8, replaced by U+FFFD when read.</summary>
    public static readonly DiagnosticDescriptor InvalidUtf8 = new("NIX1012", "Invalid UTF-8", "The file is not valid UTF-8 (first bad byte at offset {0}); invalid bytes were read as U+FFFD", DiagnosticSeverity.Error);

    /// <summary>A NUL character, which Nix rejects in strings and everywhere else.</summary>
    public static readonly DiagnosticDescriptor NulCharacter = new("NIX1013", "NUL character", "A NUL character is not allowed in Nix source", DiagnosticSeverity.Error);

    /// <summary>The "cursed" <c>or</c>: <c>f or</c> applies <c>f</c> to a variable named <c>or</c>.</summary>
    public static readonly DiagnosticDescriptor OrAsIdentifier = new("NIX2001", "'or' used as a variable", "'or' is used as a variable here ('{0} or' applies {0} to a variable named 'or'); Nix 2.25 and later warn about this", DiagnosticSeverity.Warning);

    /// <summary>Pipe operators need an experimental feature in Nix.</summary>
    public static readonly DiagnosticDescriptor PipeOperatorExperimental = new("NIX2002", "Pipe operators are experimental", "'{0}' needs Nix's experimental feature 'pipe-operators' (Nix 2.24 and later)", DiagnosticSeverity.Warning);

    /// <summary>An attribute defined twice in one set or <c>let</c>, where Nix does not merge the two.</summary>
    public static readonly DiagnosticDescriptor DuplicateAttribute = new("NIX3001", "Attribute already defined", "Attribute '{0}' already defined at {1}", DiagnosticSeverity.Error);

    /// <summary>A lambda's formal (or its <c>@</c> alias) named twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateFormal = new("NIX3002", "Duplicate formal argument", "Duplicate formal function argument '{0}'", DiagnosticSeverity.Error);

    /// <summary>A <c>let</c> binding whose name is computed, which Nix does not allow.</summary>
    public static readonly DiagnosticDescriptor DynamicAttributeInLet = new("NIX3003", "Dynamic attribute in let", "Dynamic attributes not allowed in let", DiagnosticSeverity.Error);

    /// <summary>An <c>inherit</c> of a computed name, which Nix does not allow.</summary>
    public static readonly DiagnosticDescriptor DynamicAttributeInInherit = new("NIX3004", "Dynamic attribute in inherit", "Dynamic attributes not allowed in inherit", DiagnosticSeverity.Error);

    /// <summary>All descriptors, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        UnexpectedToken, MissingToken, Unterminated, InvalidCharacter, NestingTooDeep, PathTrailingSlash, InvalidInteger,
        InvalidFloat, NonAssociativeOperator, MixedPipes, ByteOrderMark, InvalidUtf8, NulCharacter, OrAsIdentifier,
        PipeOperatorExperimental, DuplicateAttribute, DuplicateFormal, DynamicAttributeInLet, DynamicAttributeInInherit,
    ];
}
