using System.Text;

namespace K3s.Modules.Reading;

/// <summary>One part of a <see cref="NixStringPattern"/>: known text or a hole.</summary>
/// <param name="Text">The known text, or null for a hole.</param>
/// <param name="Hole">The unknown value filling the hole, or null for text.</param>
public sealed record StringPatternPart(string? Text, UnknownValue? Hole)
{
    /// <summary>Whether this part is known text.</summary>
    public bool IsText => Text is not null;
}

/// <summary>
/// A string whose value is partly known, such as <c>"--tls-san=${config.networking.fqdn}"</c>: known text
/// with holes where only evaluation knows the value.
/// </summary>
/// <param name="Parts">Text and holes in order; adjacent texts are merged.</param>
public sealed record NixStringPattern(IReadOnlyList<StringPatternPart> Parts) : NixValue
{
    /// <inheritdoc/>
    public override bool IsKnown => false;

    /// <summary>The text with each hole written as <c>${…}</c> (its expression when known).</summary>
    public override string Display
    {
        get
        {
            var sb = new StringBuilder("\"");
            foreach (var p in Parts) sb.Append(p.Text ?? "${" + (p.Hole!.Syntax?.ToString() ?? "…") + "}");
            return sb.Append('"').ToString();
        }
    }

    /// <summary>The known text before the first hole.</summary>
    public string KnownPrefix => Parts.Count > 0 && Parts[0].IsText ? Parts[0].Text! : string.Empty;
}
