using Nix.Syntax.Text;

namespace Nix.Syntax.Formatting.Model;

/// <summary>
/// Follows <c>/*nixfmt:disable*/</c> … <c>/*nixfmt:enable*/</c> regions in source order. A region runs from
/// the start of the disable line to the end of the enable line and is printed exactly as written.
/// </summary>
internal sealed class DirectiveTracker(SourceText source)
{
    /// <summary>Where the open region starts (the start of its disable line), or null.</summary>
    public int? OpenRegionStart { get; private set; }

    /// <summary>What a directive comment becomes, given the regions seen so far.</summary>
    public Trivium Resolve(bool isDisable, int start, int end)
    {
        var text = source.Text;
        int lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] != '\n') lineStart--;
        // A directive after code on its line is an ordinary comment.
        for (int i = lineStart; i < start; i++)
            if (text[i] is not (' ' or '\t'))
                return new Trivium(TriviumKind.LineComment, isDisable ? " nixfmt:disable" : " nixfmt:enable");
        if (isDisable)
        {
            OpenRegionStart ??= lineStart;
            return new Trivium(TriviumKind.DisableDirective);
        }
        if (OpenRegionStart is not { } regionStart) return new Trivium(TriviumKind.EnableDirective, Text: null);
        OpenRegionStart = null;
        return new Trivium(TriviumKind.EnableDirective, text[regionStart..end]);
    }

    /// <summary>The region left open at the end of the file, as trivia, or null.</summary>
    public Trivium? CloseAtEndOfFile() =>
        OpenRegionStart is { } start ? new Trivium(TriviumKind.DisabledToEndOfFile, source.Text[start..]) : null;
}
