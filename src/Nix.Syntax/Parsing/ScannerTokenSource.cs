using Antlr4.Runtime;

namespace Nix.Syntax.Parsing;

/// <summary>
/// What ANTLR's parser asks of a token source (a name for messages); the tokens themselves come from the
/// token pass's arrays. It makes no tokens.
/// </summary>
internal sealed class ScannerTokenSource : ITokenSource
{
    public int Line => 0;

    public int Column => 0;

    public ICharStream InputStream => null!;

    public string SourceName => "nix";

    public ITokenFactory TokenFactory
    {
        get => CommonTokenFactory.Default;
        set { }
    }

    public IToken NextToken() => throw new NotSupportedException("Tokens come from the token pass.");
}
