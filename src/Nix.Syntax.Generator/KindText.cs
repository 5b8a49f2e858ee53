namespace Nix.Syntax.Generator;

/// <summary>How lists of <c>NixSyntaxKind</c> names are written into code, doc comments and messages.</summary>
internal static class KindText
{
    /// <summary><c>NixSyntaxKind.A</c>.</summary>
    public static string Member(string kind) => "NixSyntaxKind." + kind;

    /// <summary><c>&lt;see cref="NixSyntaxKind.A"/&gt;, &lt;see cref="NixSyntaxKind.B"/&gt;</c>.</summary>
    public static string Crefs(IEnumerable<string> kinds) => string.Join(", ", kinds.Select(k => $"<see cref=\"{Member(k)}\"/>"));

    /// <summary>A pattern matching any of the kinds: <c>NixSyntaxKind.A</c>, or <c>(NixSyntaxKind.A or NixSyntaxKind.B)</c>.</summary>
    public static string Pattern(IReadOnlyList<string> kinds) =>
        kinds.Count == 1 ? Member(kinds[0]) : "(" + string.Join(" or ", kinds.Select(Member)) + ")";

    /// <summary>For messages: <c>A</c>, <c>A or B</c>, <c>A, B or C</c>.</summary>
    public static string Plain(IReadOnlyList<string> kinds) =>
        kinds.Count == 1 ? kinds[0] : string.Join(", ", kinds.Take(kinds.Count - 1)) + " or " + kinds[^1];
}
