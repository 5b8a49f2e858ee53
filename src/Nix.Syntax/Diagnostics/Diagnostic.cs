namespace Nix.Syntax.Diagnostics;

/// <summary>A problem found in source text: an id such as <c>NIX1001</c>, a severity, a message and a location.</summary>
public sealed class Diagnostic : IEquatable<Diagnostic>
{
    /// <summary>Creates a diagnostic.</summary>
    public Diagnostic(string id, DiagnosticSeverity severity, string message, Location location)
    {
        Id = id;
        Severity = severity;
        Message = message;
        Location = location;
    }

    /// <summary>The stable id, such as <c>NIX1001</c>.</summary>
    public string Id { get; }

    /// <summary>How serious it is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The message, naming what was found and what was expected.</summary>
    public string Message { get; }

    /// <summary>Where it is.</summary>
    public Location Location { get; }

    /// <summary>Creates a diagnostic from a descriptor and message arguments.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] args) =>
        new(descriptor.Id, descriptor.DefaultSeverity, args.Length == 0 ? descriptor.MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, args), location);

    /// <inheritdoc/>
    public bool Equals(Diagnostic? other) =>
        other is not null && other.Id == Id && other.Severity == Severity && other.Message == Message && other.Location.Equals(Location);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Diagnostic);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Message, Location);

    /// <summary><c>path(line,col): error NIX1001: message</c>.</summary>
    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
