using Antlr4.Runtime;
using Nix.Syntax.Parsing;

namespace Nix.Syntax.Parsing.Generated;

/// <summary>The parts of Nix's flex lexer that an ANTLR grammar cannot say (see grammar/NixLexer.g4).</summary>
internal partial class NixLexer
{
    /// <summary>Flex keeps INITIAL at the bottom of its state stack and never pops it: a stray <c>}</c> stays in DEFAULT.</summary>
    public override int PopMode() => ModeStack.Count == 0 ? CurrentMode : base.PopMode();

    /// <summary>
    /// Flex's zero-width PATH_END: an interpolated path ends, without a token, at the first character that
    /// can neither continue its text nor open another interpolation; that character is lexed again outside.
    /// </summary>
    public override IToken NextToken()
    {
        if (CurrentMode == PATH_MODE)
        {
            int c = InputStream.LA(1);
            bool continues = NixLexerFacts.IsPathChar(c) || c == '/' || (c == '$' && InputStream.LA(2) == '{');
            if (!continues) PopMode();
        }
        return base.NextToken();
    }
}
