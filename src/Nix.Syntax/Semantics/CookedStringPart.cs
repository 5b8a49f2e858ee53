namespace Nix.Syntax;

/// <summary>
/// A part of a string's value as Nix sees it: literal text with escapes resolved (and, in an indented
/// string, indentation stripped), or an interpolation whose value is computed at evaluation.
/// </summary>
public sealed class CookedStringPart
{
    private CookedStringPart(string? text, InterpolationSyntax? interpolation)
    {
        Text = text;
        Interpolation = interpolation;
    }

    /// <summary>The cooked literal text, or null for an interpolation.</summary>
    public string? Text { get; }

    /// <summary>The interpolation, or null for literal text.</summary>
    public InterpolationSyntax? Interpolation { get; }

    /// <summary>Whether this part is literal text.</summary>
    public bool IsText => Text is not null;

    internal static CookedStringPart ForText(string text) => new(text, null);

    internal static CookedStringPart ForInterpolation(InterpolationSyntax interpolation) => new(null, interpolation);

    /// <summary>The text, or <c>${…}</c> as written for an interpolation.</summary>
    public override string ToString() => Text ?? Interpolation!.ToString();
}
