namespace Nix.Syntax.Generator;

/// <summary>How names in NixSyntax.xml become C# names.</summary>
internal static class Names
{
    private static readonly HashSet<string> s_keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    ];

    /// <summary>
    /// Names a field may not take: members every node already has (on <c>SyntaxNode</c> or in the generated
    /// class), and the names of parameters and locals of the generated code (in PascalCase).
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedMemberNames = new HashSet<string>
    {
        "Kind", "Parent", "SyntaxTree", "Position", "FullSpan", "Span", "SpanStart", "IsMissing", "ContainsErrors",
        "Green", "Accept", "Update", "ToString", "ToFullString", "WriteTo", "GetLocation", "GetType", "Equals",
        "GetHashCode", "ChildParent", "Items", "Item", "Separator", "Visitor", "NodesAndSeparators", "HadTrailingSeparator",
    };

    /// <summary><c>BinaryExpressionSyntax</c> → <c>BinaryExpression</c>.</summary>
    public static string WithoutSyntaxSuffix(string name) =>
        name.EndsWith("Syntax", StringComparison.Ordinal) && name.Length > "Syntax".Length ? name[..^"Syntax".Length] : name;

    /// <summary><c>OperatorToken</c> → <c>operatorToken</c>; <c>Default</c> → <c>@default</c>.</summary>
    public static string ToParameterName(string name)
    {
        string camel = char.ToLowerInvariant(name[0]) + name[1..];
        return s_keywords.Contains(camel) ? "@" + camel : camel;
    }

    /// <summary>The English article for a name: <c>an</c> before a vowel, else <c>a</c>.</summary>
    public static string Article(string name) => "AEIOUaeiou".Contains(name[0]) ? "an" : "a";

    /// <summary>Whether <paramref name="name"/> is a valid C# identifier made of ASCII letters and digits.</summary>
    public static bool IsIdentifier(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);
}
