using K3s.Modules.Reading;

namespace K3s.Modules;

/// <summary>What kind of value an option read from a host has that its typed section could not take.</summary>
public enum ModuleReadIssueKind
{
    /// <summary>The value is known, but not of the option's type (a string where a list is expected).</summary>
    TypeMismatch,

    /// <summary>The value, or a part of it, is known only to evaluation; it is kept as its source expression.</summary>
    Unknown,

    /// <summary>The value holds only under a condition (<c>mkIf</c>, <c>optionalAttrs</c>, <c>if</c>).</summary>
    Conditional,

    /// <summary>The value is a declared option's default, reached through <c>config.…</c>.</summary>
    OptionDefault,
}

/// <summary>
/// Why a typed option of <see cref="K3sNodeModule"/> was left unset while the host defines it: its definition is
/// kept in <see cref="K3sNodeModule.OtherSettings"/> as written, and this says why, and where.
/// </summary>
/// <param name="Path">The option's full path, such as <c>services.k3s.extraFlags</c>.</param>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Message">What was found and what the option takes.</param>
/// <param name="Location">Where the value is written, when known.</param>
public sealed record ModuleReadIssue(string Path, ModuleReadIssueKind Kind, string Message, SourceLocation? Location)
{
    /// <summary><c>file:line:column: path: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Location?.ToString() ?? "<unknown>"}: {Path}: {Message}";
}
