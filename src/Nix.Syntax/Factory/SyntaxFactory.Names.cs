namespace Nix.Syntax;

// Names: identifiers, variables and attribute names, quoted exactly when Nix needs it.
public static partial class SyntaxFactory
{
    /// <summary>An identifier token, checked against Nix's <c>ID</c> rule <c>[a-zA-Z_][a-zA-Z0-9_'-]*</c>.</summary>
    /// <param name="name">The identifier, such as <c>k3s-token</c> or <c>a'</c>.</param>
    /// <returns>The token, without trivia.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not an identifier, or is a keyword (<c>or</c> included).</exception>
    public static SyntaxToken Identifier(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsIdentifier(name))
            throw new ArgumentException($"\"{name}\" is not a Nix identifier.", nameof(name));
        if (SyntaxFacts.GetKeywordKind(name) != NixSyntaxKind.None)
            throw new ArgumentException($"\"{name}\" is a keyword, not an identifier.", nameof(name));
        return Token(NixSyntaxKind.IdentifierToken, name);
    }

    /// <summary>A variable reference such as <c>pkgs</c> or <c>true</c>.</summary>
    /// <param name="name">The variable's name; keywords (including <c>or</c>, which Nix cannot bind) are rejected.</param>
    /// <returns>The expression.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not an identifier.</exception>
    public static IdentifierNameSyntax IdentifierName(string name) => IdentifierName(Identifier(name));

    /// <summary>
    /// One attribute name: an identifier when the name lexes as one (<c>k3s-token</c>, <c>a'</c>, <c>_x</c>, <c>or</c>),
    /// else a quoted string (<c>"k3s.io/role"</c>, <c>"lxc*"</c>, <c>"if"</c>, <c>"1x"</c>, <c>"-x"</c>, <c>""</c>).
    /// </summary>
    /// <param name="name">The name's value.</param>
    /// <returns>The attribute name.</returns>
    public static AttrNameSyntax AttrName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name == "or") return IdentifierAttrName(Token(NixSyntaxKind.OrKeyword));
        if (NeedsQuotes(name)) return StringAttrName(StringLiteral(name));
        return IdentifierAttrName(Token(NixSyntaxKind.IdentifierToken, name));
    }

    /// <summary>Whether an attribute name must be written as a string: it is not an identifier, or it is a keyword other than <c>or</c>.</summary>
    /// <param name="name">The name's value.</param>
    /// <returns>True when <see cref="AttrName(string)"/> quotes it.</returns>
    public static bool NeedsQuotes(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name == "or") return false;
        return !IsIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != NixSyntaxKind.None;
    }

    /// <summary>A dotted attribute path from the names' values, each quoted as <see cref="AttrName(string)"/> decides.</summary>
    /// <param name="names">One name or more, such as <c>"services", "k3s", "enable"</c>.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentException"><paramref name="names"/> is empty.</exception>
    public static AttrPathSyntax AttrPath(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return AttrPath(names.Select(AttrName));
    }

    /// <summary>A dotted attribute path from attribute names.</summary>
    /// <param name="names">One name or more.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentException"><paramref name="names"/> is empty.</exception>
    public static AttrPathSyntax AttrPath(IEnumerable<AttrNameSyntax> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var list = names.ToList();
        if (list.Count == 0) throw new ArgumentException("An attribute path has at least one name.", nameof(names));
        var separators = Enumerable.Range(0, list.Count - 1).Select(_ => Token(NixSyntaxKind.DotToken));
        return AttrPath(SeparatedList(list, separators));
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_')) return false;
        foreach (char c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '\'' or '-')) return false;
        return true;
    }
}
