namespace K3s.Modules.Reading;

/// <summary>Where a NixOS module was found.</summary>
public enum ModuleKind
{
    /// <summary>The whole file is a NixOS module (an attribute set or a module function).</summary>
    File,

    /// <summary>The value of flake-parts' <c>flake.modules.nixos.&lt;name&gt;</c> or <c>flake.nixosModules.&lt;name&gt;</c>.</summary>
    FlakeParts,

    /// <summary>The <c>nixos</c> key of a den aspect (<c>den.aspects.&lt;name&gt;.nixos</c>).</summary>
    DenAspect,

    /// <summary>The <c>linux</c>/<c>nixos</c> key of a <c>features.&lt;name&gt;</c> or <c>provides.&lt;name&gt;</c> (older dendritic style).</summary>
    Feature,
}
