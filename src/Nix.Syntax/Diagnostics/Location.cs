using Nix.Syntax.Text;

namespace Nix.Syntax.Diagnostics;

/// <summary>A place in a source file: its path, a span, and the line and column of that span.</summary>
public sealed class Location : IEquatable<Location>
{
    private readonly SourceText? _text;

    /// <summary>Creates a location of <paramref name="span"/> in <paramref name="text"/>.</summary>
    public Location(string? path, SourceText? text, TextSpan span)
    {
        Path = path;
        _text = text;
        SourceSpan = span;
    }

    /// <summary>The file's path, or null for text parsed without one.</summary>
    public string? Path { get; }

    /// <summary>The span in UTF-16 code units.</summary>
    public TextSpan SourceSpan { get; }

    /// <summary>The zero-based line positions of the span, with the path.</summary>
    public FileLinePositionSpan GetLineSpan() =>
        new(Path, _text?.GetLinePositionSpan(SourceSpan) ?? default);

    /// <summary>The one-based line of the start.</summary>
    public int Line => GetLineSpan().StartLinePosition.Line + 1;

    /// <summary>The one-based column (in UTF-16 units) of the start.</summary>
    public int Column => GetLineSpan().StartLinePosition.Character + 1;

    /// <inheritdoc/>
    public bool Equals(Location? other) => other is not null && other.Path == Path && other.SourceSpan == SourceSpan;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, SourceSpan);

    /// <summary><c>path(line,column)</c>, one-based.</summary>
    public override string ToString() => $"{Path ?? "<text>"}({Line},{Column})";
}
