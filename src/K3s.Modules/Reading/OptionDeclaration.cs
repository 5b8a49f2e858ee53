using Nix.Syntax;
using K3s.Modules.Values;

namespace K3s.Modules.Reading;

/// <summary>An option a module declares itself with <c>lib.mkOption</c> or <c>lib.mkEnableOption</c>.</summary>
/// <param name="Path">The option path (after <c>options.</c>).</param>
/// <param name="Default">The declared default, or null when there is none.</param>
/// <param name="Syntax">The declaration expression.</param>
public sealed record OptionDeclaration(OptionPath Path, NixValue? Default, SyntaxNode? Syntax);
