using Nix.Syntax;
using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>
/// A NixOS module for one k3s node: every section of the design document, typed, plus any other settings
/// (<see cref="OtherSettings"/>), the comments of its bindings (<see cref="Remarks"/>) and the priorities of
/// forced or defaulted options (<see cref="Priorities"/>). It is a value: two modules with the same content
/// are equal.
/// </summary>
public sealed record K3sNodeModule
{
    /// <summary><c>boot.kernelModules</c>.</summary>
    public EquatableList<KernelModule> KernelModules { get; init; } = [];

    /// <summary><c>boot.kernel.sysctl</c>, in order.</summary>
    public EquatableList<Sysctl> Sysctls { get; init; } = [];

    /// <summary><c>networking.firewall</c>.</summary>
    public Firewall Firewall { get; init; } = new();

    /// <summary><c>virtualisation.containerd</c>.</summary>
    public Containerd Containerd { get; init; } = new();

    /// <summary><c>system.activationScripts.NAME.text</c>, in order.</summary>
    public EquatableList<ActivationScript> ActivationScripts { get; init; } = [];

    /// <summary><c>services.k3s</c>.</summary>
    public K3sService K3s { get; init; } = new();

    /// <summary><c>environment.persistence."ROOT".directories</c>, or null.</summary>
    public Persistence? Persistence { get; init; }

    /// <summary><c>environment.systemPackages = with pkgs; [ … ]</c>: package attribute names.</summary>
    public EquatableList<string> SystemPackages { get; init; } = [];

    /// <summary>
    /// Any other NixOS settings, as leaf bindings with full paths (such as <c>services.zerotierone.enable</c>),
    /// printed after the typed sections.
    /// </summary>
    public NixAttrs OtherSettings { get; init; } = NixAttrs.Empty;

    /// <summary>
    /// Comments of bindings, by the binding's full path as printed (<see cref="OptionPath.ToString"/>), such as
    /// <c>networking.firewall</c> or <c>services.k3s.clusterInit</c>. Comments of list entries live in the
    /// entries (<see cref="KernelModule.Purpose"/>, <see cref="FirewallPort.Description"/>, …).
    /// </summary>
    public EquatableMap<Remark> Remarks { get; init; } = EquatableMap<Remark>.Empty;

    /// <summary>Priorities other than normal, by full option path, printed as <c>lib.mkForce</c> / <c>lib.mkDefault</c>.</summary>
    public EquatableMap<Priority> Priorities { get; init; } = EquatableMap<Priority>.Empty;

    /// <summary>This module with a comment on the binding at <paramref name="path"/>.</summary>
    /// <param name="path">The binding's full path, such as <c>services.k3s</c>.</param>
    /// <param name="remark">The comments.</param>
    /// <returns>The new module.</returns>
    public K3sNodeModule WithRemark(string path, Remark remark) =>
        this with { Remarks = Remarks.SetItem(OptionPath.Parse(path).ToString(), remark) };

    /// <summary>This module with the option at <paramref name="path"/> set with a priority.</summary>
    /// <param name="path">The option's full path, such as <c>networking.firewall.enable</c>.</param>
    /// <param name="priority">The priority.</param>
    /// <returns>The new module.</returns>
    public K3sNodeModule WithPriority(string path, Priority priority) =>
        this with { Priorities = Priorities.SetItem(OptionPath.Parse(path).ToString(), priority) };

    /// <summary>The module as the flat list of definitions it makes, in print order.</summary>
    /// <returns>The definitions.</returns>
    public IReadOnlyList<Definition> ToDefinitions() => ModuleWriter.Write(this);

    /// <summary>
    /// The module as a NixOS module file, <c>{ config, lib, pkgs, ... }: { … }</c>, built with
    /// <see cref="SyntaxFactory"/> in nixfmt's layout, with its comments.
    /// </summary>
    /// <returns>The root of the new tree.</returns>
    public SourceFileSyntax ToSyntaxTree() => Emit.ModuleEmitter.Emit(this);

    /// <summary>The module's text: <see cref="ToSyntaxTree"/> printed.</summary>
    /// <returns>Nix source.</returns>
    public string ToNixText() => ToSyntaxTree().ToFullString();

    /// <summary>
    /// Reads a module back from a syntax tree. Exact for every module this library emits:
    /// <c>FromSyntax(m.ToSyntaxTree()) == m</c>. Bindings it does not know go to <see cref="OtherSettings"/>.
    /// </summary>
    /// <param name="root">The file's root, or the module's expression (a module function or a bare attribute set).</param>
    /// <returns>The module.</returns>
    /// <remarks>
    /// One reader serves every shape: the tree is read as by <see cref="FromHost"/> on a host of this one file
    /// (<c>let</c>, <c>with</c>, <c>imports</c>, <c>config =</c> wrappers, <c>mkIf</c>, flake-parts or den keys
    /// included), each value written at its binding read exactly as written. A tree built in code (not parsed)
    /// is read from its printed text; a tree with syntax errors is read as far as it goes.
    /// </remarks>
    public static K3sNodeModule FromSyntax(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return FromHost(new Reading.HostConfiguration([Reading.ModuleReader.ReadModule(root)]));
    }

    /// <summary>
    /// Reads a host's hand-written modules (any style the general reader knows: <c>config =</c> wrappers,
    /// <c>imports</c>, flake-parts, den, let, <c>with lib</c>, mkForce/mkDefault, mkIf) into the model, without
    /// evaluating Nix. Values known statically are typed; whatever is not (unknown values, conditional
    /// definitions, strings or lists with holes, a declared option's default) is kept as a
    /// <see cref="NixExpression"/> of its source text, with a remark for conditions and defaults.
    /// Several definitions of one list at one priority are concatenated; other repeated definitions are kept,
    /// the first bound to the typed section and the rest in <see cref="OtherSettings"/>. Expressions kept this way
    /// know where they are written (<see cref="NixExpression.Location"/>). <c>extraFlags</c> written as one string
    /// (<c>"--a --b"</c>, <c>toString [ … ]</c>, <c>concatStringsSep " " [ … ]</c>) is split into its flags. Why a typed
    /// option was left in <see cref="OtherSettings"/> is told by <see cref="ModuleReadIssues.Find"/>; to write a changed
    /// model back into the files, see <see cref="Editing.K3sModuleDocument"/>.
    /// </summary>
    /// <param name="host">The host, from <see cref="Reading.HostReader"/>.</param>
    /// <returns>The module.</returns>
    public static K3sNodeModule FromHost(Reading.HostConfiguration host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return ModuleBinder.Bind(HostModuleMapper.Map(host));
    }

    /// <summary>Reads files (and what they import) as one host and maps it as in <see cref="FromHost"/>.</summary>
    /// <param name="paths">Module files; framework files (flake-parts, den) are read together.</param>
    /// <returns>The module.</returns>
    public static K3sNodeModule ReadFiles(params string[] paths)
    {
        var files = Reading.HostReader.ReadAll(paths);
        var hosts = Reading.HostReader.Group(files);
        return FromHost(new Reading.HostConfiguration(hosts.SelectMany(h => h.Files).Distinct().ToList()));
    }

    /// <summary>Parses <paramref name="text"/> and reads it as in <see cref="FromSyntax"/>.</summary>
    /// <param name="text">Nix source of a module.</param>
    /// <returns>The module.</returns>
    public static K3sNodeModule Parse(string text) => FromSyntax(NixSyntaxTree.ParseText(text).GetRoot());
}
