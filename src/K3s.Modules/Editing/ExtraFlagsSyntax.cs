using System.Text;
using K3s.Modules.Values;
using Nix.Syntax;

namespace K3s.Modules.Editing;

/// <summary>
/// The written forms of <c>services.k3s.extraFlags</c> as one string that can still be edited flag by flag: a plain
/// string literal (<c>"--a --b"</c>), and a list joined with spaces (<c>toString [ … ]</c>,
/// <c>concatStringsSep " " [ … ]</c>) whose elements are one flag each.
/// </summary>
internal static class ExtraFlagsSyntax
{
    /// <summary>The option's path.</summary>
    public static OptionPath Path { get; } = OptionPaths.K3s.Append("extraFlags");

    /// <summary>The list of <c>toString [ … ]</c> or <c>concatStringsSep " " [ … ]</c>, when each element is one word.</summary>
    public static ListExpressionSyntax? JoinedList(ExpressionSyntax value)
    {
        value = BindingPlacement.Unparenthesized(value);
        if (value is not ApplyExpressionSyntax { Argument: var argument } apply) return null;
        var list = BindingPlacement.Unparenthesized(argument) as ListExpressionSyntax;
        bool joined = Name(apply.Function) is "toString"
            || (BindingPlacement.Unparenthesized(apply.Function) is ApplyExpressionSyntax inner && Name(inner.Function) is "concatStringsSep"
                && inner.Argument is StringExpressionSyntax separator && ValueSyntaxReader.String(separator) is { IsPlain: true } s && s.PlainText == " ");
        if (!joined || list is null) return null;
        foreach (var element in list.Elements)
            if (element is not StringExpressionSyntax str || ValueSyntaxReader.String(str) is not { } cooked || cooked.Parts.Any(p => p is TextPart t && t.Text.Any(char.IsWhiteSpace)))
                return null;
        return list;
    }

    /// <summary>A plain string literal (no interpolation, not indented).</summary>
    public static StringExpressionSyntax? PlainString(ExpressionSyntax value) =>
        BindingPlacement.Unparenthesized(value) is StringExpressionSyntax { Kind: NixSyntaxKind.StringExpression } s && ValueSyntaxReader.String(s) is { IsPlain: true } ? s : null;

    /// <summary>Whether a flag can be an element of a joined list (one word, no comment).</summary>
    public static bool IsOneWord(NixListItem item) =>
        item.Comment is null && item.Value is NixString { Indented: false } s && !s.Parts.Any(p => p is TextPart t && t.Text.Any(char.IsWhiteSpace));

    /// <summary>
    /// The string's new text: the old text with the added flags after it when flags were only appended, else the
    /// flags joined with spaces; words with spaces are single-quoted as systemd reads them. Null when a flag is not
    /// plain text or cannot be quoted.
    /// </summary>
    public static string? Text(string oldText, NixList before, NixList after)
    {
        bool appended = after.Items.Count >= before.Items.Count && after.Items.Take(before.Items.Count).SequenceEqual(before.Items);
        var builder = new StringBuilder(appended ? oldText : string.Empty);
        foreach (var item in appended ? after.Items.Skip(before.Items.Count) : after.Items)
        {
            if (item.Comment is not null || item.Value is not NixString { Indented: false, IsPlain: true } flag) return null;
            var word = flag.PlainText;
            if (word.Length == 0 || word.Any(c => char.IsWhiteSpace(c) || c is '"' or '\\'))
            {
                if (word.Contains('\'', StringComparison.Ordinal)) return null;
                word = "'" + word + "'";
            }
            if (builder.Length > 0 && !char.IsWhiteSpace(builder[^1])) builder.Append(' ');
            builder.Append(word);
        }
        return builder.ToString();
    }

    private static string Name(ExpressionSyntax function)
    {
        var text = BindingPlacement.Unparenthesized(function).ToString();
        return text[(text.LastIndexOf('.') + 1)..];
    }
}
