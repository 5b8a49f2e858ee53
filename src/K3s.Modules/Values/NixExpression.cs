using System.Text;
using Nix.Syntax;

namespace K3s.Modules.Values;

/// <summary>
/// A value that is Nix code rather than data, such as <c>config.age.secrets.k3s-token.path</c> or
/// <c>pkgs.k3s_1_31</c>: the escape hatch for anything the typed model does not cover. The text is parsed
/// with Nix.Syntax when the value is made; it must be one expression with no diagnostics. Two expressions are
/// equal when their text (without surrounding whitespace) is equal.
/// </summary>
public sealed record NixExpression : NixValue
{
    private NixExpression(string text, ExpressionSyntax syntax)
    {
        Text = text;
        Syntax = syntax;
    }

    /// <summary>The expression's source text, without leading and trailing whitespace or comments.</summary>
    public string Text { get; }

    /// <summary>The parsed expression (its green tree is reused when the module is emitted).</summary>
    public ExpressionSyntax Syntax { get; }

    // The node the expression was read from, in its file's tree; null when it was made from text.
    private SyntaxNode? _source;

    /// <summary>
    /// Where the expression was read from (file path, span, line and column) when it comes from a parsed file, such
    /// as a value the reader could not know statically; null for expressions made in code. Not part of equality.
    /// </summary>
    public Reading.SourceLocation? Location => _source is null ? null : Reading.SourceLocation.Of(_source);

    /// <summary>Parses <paramref name="text"/> as one Nix expression.</summary>
    /// <param name="text">Nix source, such as <c>lib.getExe pkgs.rsync</c>.</param>
    /// <returns>The expression.</returns>
    /// <exception cref="FormatException">The text has syntax errors.</exception>
    public static NixExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tree = NixSyntaxTree.ParseText(text);
        var diagnostic = tree.GetDiagnostics().FirstOrDefault();
        if (diagnostic is not null) throw new FormatException($"'{text}' is not a Nix expression: {diagnostic}");
        var syntax = ((SourceFileSyntax)tree.GetRoot()).Expression;
        return new(syntax.ToString(), syntax.WithoutTrivia());
    }

    /// <summary>An expression from a node of a parsed tree.</summary>
    /// <param name="syntax">The node.</param>
    /// <returns>The expression; its text is the node's text without outer trivia, its <see cref="Location"/> the node's.</returns>
    public static NixExpression FromSyntax(ExpressionSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        return new(syntax.ToString(), syntax.WithoutTrivia()) { _source = syntax.SyntaxTree is null ? null : syntax };
    }

    /// <summary>A select from a variable: <c>Reference("config", "age", "secrets", "k3s-token", "path")</c>.</summary>
    /// <param name="root">The variable, such as <c>config</c> or <c>pkgs</c>.</param>
    /// <param name="path">The attribute names; names that are not identifiers are quoted.</param>
    /// <returns>The expression.</returns>
    public static NixExpression Reference(string root, params string[] path) =>
        Parse(path.Length == 0 ? root : root + "." + OptionPath.Of(path));

    /// <summary>A package from <c>pkgs</c>: <c>pkgs.name</c>.</summary>
    /// <param name="name">The attribute name, such as <c>k3s_1_31</c>.</param>
    /// <returns>The expression.</returns>
    public static NixExpression Package(string name) => Reference("pkgs", name);

    /// <summary>The path of an agenix secret: <c>config.age.secrets.NAME.path</c>.</summary>
    /// <param name="name">The secret's name.</param>
    /// <returns>The expression.</returns>
    public static NixExpression AgenixSecret(string name) => Reference("config", "age", "secrets", name, "path");

    /// <summary>The path of a sops-nix secret: <c>config.sops.secrets.NAME.path</c>.</summary>
    /// <param name="name">The secret's name.</param>
    /// <returns>The expression.</returns>
    public static NixExpression SopsSecret(string name) => Reference("config", "sops", "secrets", name, "path");

    /// <summary><c>lib.getExe pkgs.NAME</c>: the main program of a package.</summary>
    /// <param name="package">The package attribute name.</param>
    /// <returns>The expression.</returns>
    public static NixExpression GetExe(string package) => Parse("lib.getExe " + Package(package).Text);

    /// <summary>Whether the expression can stand as a function argument or list element without parentheses.</summary>
    public bool IsAtomic => Syntax.Kind is NixSyntaxKind.IdentifierExpression or NixSyntaxKind.SelectExpression
        or NixSyntaxKind.ParenthesizedExpression or NixSyntaxKind.ListExpression or NixSyntaxKind.AttrSetExpression
        or NixSyntaxKind.StringExpression or NixSyntaxKind.IndentedStringExpression or NixSyntaxKind.PathExpression
        or NixSyntaxKind.IntegerLiteralExpression or NixSyntaxKind.FloatLiteralExpression
        or NixSyntaxKind.UriExpression or NixSyntaxKind.SearchPathExpression;

    /// <inheritdoc/>
    public bool Equals(NixExpression? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>The value as Nix source (strings unescaped, for reading).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        PrintMembers(builder);
        return builder.ToString();
    }

    /// <inheritdoc/>
    protected override bool PrintMembers(StringBuilder builder)
    {
        builder.Append(Text);
        return true;
    }
}
