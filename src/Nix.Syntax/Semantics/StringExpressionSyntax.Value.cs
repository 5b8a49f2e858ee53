using System.Text;
using Nix.Syntax.Semantics;

namespace Nix.Syntax;

public sealed partial class StringExpressionSyntax
{
    /// <summary>Whether this is an indented string <c>''…''</c>.</summary>
    public bool IsIndented => Kind == NixSyntaxKind.IndentedStringExpression;

    /// <summary>Whether the string has at least one interpolation <c>${…}</c>.</summary>
    public bool HasInterpolations
    {
        get
        {
            foreach (var part in Parts)
                if (part is InterpolationSyntax) return true;
            return false;
        }
    }

    /// <summary>
    /// The string's value exactly as Nix computes it (escapes resolved; for <c>''…''</c>, indentation
    /// stripped), or null when it has interpolations, whose values only evaluation knows.
    /// </summary>
    public string? GetValueText()
    {
        if (HasInterpolations) return null;
        var parts = GetCookedParts();
        return parts.Count == 0 ? string.Empty : parts[0].Text;
    }

    /// <summary>
    /// The value as a sequence of cooked literal text and interpolations, in order. Adjacent text is merged
    /// and empty text left out, so an empty string has no parts and text never follows text.
    /// </summary>
    public IReadOnlyList<CookedStringPart> GetCookedParts()
    {
        var pieces = IsIndented ? IndentationStripper.Strip(LexIndentedPieces()) : DoubleQuotedPieces();
        var result = new List<CookedStringPart>();
        var text = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (piece.Interpolation is null)
            {
                text.Append(piece.Text);
                continue;
            }
            if (text.Length > 0) result.Add(CookedStringPart.ForText(text.ToString()));
            text.Clear();
            result.Add(CookedStringPart.ForInterpolation(piece.Interpolation));
        }
        if (text.Length > 0) result.Add(CookedStringPart.ForText(text.ToString()));
        return result;
    }

    /// <summary>The pieces Nix's lexer makes of an indented string, before stripping.</summary>
    internal List<IndentedStringPiece> LexIndentedPieces()
    {
        var pieces = new List<IndentedStringPiece>();
        foreach (var (raw, interpolation) in RawSegments())
        {
            if (raw.Length > 0) IndentedStringLexer.Lex(raw, pieces);
            if (interpolation is not null) pieces.Add(new IndentedStringPiece(null, false, interpolation));
        }
        return pieces;
    }

    private List<IndentedStringPiece> DoubleQuotedPieces()
    {
        var pieces = new List<IndentedStringPiece>();
        foreach (var (raw, interpolation) in RawSegments())
        {
            pieces.Add(new IndentedStringPiece(StringEscapes.Unescape(raw), false, null));
            if (interpolation is not null) pieces.Add(new IndentedStringPiece(null, false, interpolation));
        }
        return pieces;
    }

    /// <summary>
    /// The raw text before each interpolation, with that interpolation, then the text after the last one
    /// (with none). Text parts next to each other are joined: Nix's lexer sees them as one run.
    /// </summary>
    private IEnumerable<(string Raw, InterpolationSyntax? Interpolation)> RawSegments()
    {
        var raw = new StringBuilder();
        foreach (var part in Parts)
        {
            if (part is StringTextSyntax text)
            {
                raw.Append(text.TextToken.Text);
                continue;
            }
            yield return (raw.ToString(), (InterpolationSyntax)part);
            raw.Clear();
        }
        yield return (raw.ToString(), null);
    }
}
