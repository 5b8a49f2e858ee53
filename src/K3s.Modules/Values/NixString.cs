using System.Text;

namespace K3s.Modules.Values;

/// <summary>A piece of a string: literal text or an interpolated expression.</summary>
public abstract record StringPart
{
    private protected StringPart()
    {
    }
}

/// <summary>Literal text (unescaped: the characters of the value).</summary>
/// <param name="Text">The text.</param>
public sealed record TextPart(string Text) : StringPart;

/// <summary><c>${ expression }</c>.</summary>
/// <param name="Expression">The interpolated expression.</param>
public sealed record InterpolationPart(NixExpression Expression) : StringPart;

/// <summary>
/// A string, <c>"…"</c> or indented <c>''…''</c>, made of text and interpolations: for example
/// <c>"--tls-san=${config.networking.fqdn}"</c>. Adjacent text parts are merged, so equal strings compare equal.
/// </summary>
public sealed record NixString : NixValue
{
    /// <summary>Creates a string from its parts.</summary>
    /// <param name="parts">Text and interpolations; adjacent texts are joined, empty texts dropped.</param>
    /// <param name="indented">Whether it prints as an indented string <c>''…''</c>.</param>
    public NixString(IEnumerable<StringPart> parts, bool indented = false)
    {
        Parts = Normalize(parts);
        Indented = indented;
    }

    /// <summary>The parts, with no two texts adjacent and no empty text.</summary>
    public EquatableList<StringPart> Parts { get; }

    /// <summary>Whether it prints as an indented string.</summary>
    public bool Indented { get; }

    /// <summary>Whether there is no interpolation.</summary>
    public bool IsPlain => Parts.All(p => p is TextPart);

    /// <summary>The text, when <see cref="IsPlain"/>.</summary>
    public string PlainText => string.Concat(Parts.Select(p => p is TextPart t ? t.Text : throw new InvalidOperationException("The string has interpolations.")));

    /// <summary>A plain string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The string.</returns>
    public static NixString Of(string text) => new([new TextPart(text)]);

    /// <summary>
    /// A string from a C# interpolated-looking template: text with <c>${expression}</c> holes, each hole parsed as
    /// a Nix expression. <c>NixString.Interpolated("--tls-san=${config.networking.fqdn}")</c>.
    /// </summary>
    /// <param name="template">The string's content as Nix would write it between the quotes, unescaped.</param>
    /// <param name="indented">Whether it prints as an indented string.</param>
    /// <returns>The string.</returns>
    public static NixString Interpolated(string template, bool indented = false)
    {
        var parts = new List<StringPart>();
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf("${", i, StringComparison.Ordinal);
            if (open < 0) { parts.Add(new TextPart(template[i..])); break; }
            parts.Add(new TextPart(template[i..open]));
            int depth = 0, close = open + 2;
            for (; close < template.Length; close++)
            {
                if (template[close] == '{') depth++;
                else if (template[close] == '}' && depth-- == 0) break;
            }
            if (close >= template.Length) throw new FormatException($"Unclosed '${{' in '{template}'.");
            parts.Add(new InterpolationPart(NixExpression.Parse(template[(open + 2)..close])));
            i = close + 1;
        }
        return new(parts, indented);
    }

    /// <summary>This string printed as an indented string.</summary>
    /// <returns>The same parts, indented.</returns>
    public NixString AsIndented() => new(Parts, indented: true);

    /// <inheritdoc/>
    public bool Equals(NixString? other) => other is not null && Indented == other.Indented && Parts.Equals(other.Parts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Parts, Indented);

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
        builder.Append(Indented ? "''" : "\"");
        foreach (var part in Parts) builder.Append(part is TextPart t ? t.Text : "${" + ((InterpolationPart)part).Expression.Text + "}");
        builder.Append(Indented ? "''" : "\"");
        return true;
    }

    private static EquatableList<StringPart> Normalize(IEnumerable<StringPart> parts)
    {
        var result = new List<StringPart>();
        foreach (var part in parts)
        {
            if (part is TextPart text)
            {
                if (text.Text.Length == 0) continue;
                if (result.Count > 0 && result[^1] is TextPart previous) result[^1] = new TextPart(previous.Text + text.Text);
                else result.Add(text);
            }
            else result.Add(part ?? throw new ArgumentNullException(nameof(parts)));
        }
        return result.ToEquatableList();
    }
}
