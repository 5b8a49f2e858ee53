using Nix.Syntax.Semantics;

namespace Nix.Syntax;

public abstract partial class AttrNameSyntax
{
    /// <summary>
    /// The name as Nix's parser knows it, or null when only evaluation can tell: <c>a</c> and <c>or</c> are
    /// themselves; <c>"a b"</c> is its cooked value unless it interpolates (<c>"${"a"}"</c> is dynamic);
    /// <c>${e}</c> is static exactly when <c>e</c> is a string constant, such as <c>${"a"}</c>.
    /// </summary>
    public string? GetStaticName() => this switch
    {
        IdentifierAttrNameSyntax identifier => identifier.Identifier.IsMissing ? null : identifier.Identifier.Text,
        StringAttrNameSyntax quoted => quoted.String.IsIndented ? ConstantString.Of(quoted.String) : quoted.String.GetValueText(),
        DynamicAttrNameSyntax dynamic => ConstantString.Of(dynamic.Interpolation.Expression),
        _ => null,
    };
}
