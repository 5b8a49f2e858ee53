namespace Nix.Syntax.Diagnostics;

/// <summary>The fixed part of a kind of diagnostic: id, title, message format and default severity.</summary>
/// <param name="Id">The stable id, such as <c>NIX1001</c>.</param>
/// <param name="Title">A short title.</param>
/// <param name="MessageFormat">The message, with <see cref="string.Format(string, object?[])"/> placeholders.</param>
/// <param name="DefaultSeverity">The severity.</param>
public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, DiagnosticSeverity DefaultSeverity);
