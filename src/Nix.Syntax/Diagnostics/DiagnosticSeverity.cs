namespace Nix.Syntax.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Not shown by default.</summary>
    Hidden = 0,
    /// <summary>Information: nothing is wrong.</summary>
    Info = 1,
    /// <summary>Suspicious, but Nix accepts it.</summary>
    Warning = 2,
    /// <summary>Nix rejects it.</summary>
    Error = 3,
}
