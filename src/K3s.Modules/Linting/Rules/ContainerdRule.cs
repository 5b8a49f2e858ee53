using K3s.Modules.Reading;
using Nix.Syntax.Diagnostics;
using OptionPath = K3s.Modules.Values.OptionPath;

namespace K3s.Modules.Linting.Rules;

/// <summary>K3S024: containerd settings k3s ignores or containerd drops.</summary>
internal sealed class ContainerdRule() : LintRule("K3S024")
{
    private const string Legacy = LegacyCriKeyMove.Legacy;
    private static readonly OptionPath Containerd = OptionPaths.Containerd;
    private static readonly OptionPath Plugins = HostFacts.PathOf("virtualisation.containerd.settings.plugins");

    public override void Analyze(HostFacts host, FindingSink sink)
    {
        var definitions = host.Host.Under(Containerd).ToList();
        if (definitions.Count == 0) return;
        var endpoint = host.Flags.Named("container-runtime-endpoint").FirstOrDefault();
        var enabled = host.Host.GetEffective(HostFacts.PathOf("virtualisation.containerd.enable"));

        // (a) k3s runs its embedded containerd unless told otherwise.
        if (host.HasK3s && endpoint is null && !host.Flags.HasUnknownFlags)
        {
            var first = definitions.FirstOrDefault(d => d.Path.StartsWith(Plugins)) ?? definitions[0];
            bool on = enabled.Value is NixBool { Value: true };
            sink.Report(DiagnosticSeverity.Warning,
                $"virtualisation.containerd is configured but k3s has no --container-runtime-endpoint, so k3s runs its embedded containerd and ignores these settings"
                + (on ? "" : " (virtualisation.containerd.enable is not even set)") + "; use services.k3s.containerdConfigTemplate or point k3s at the external socket",
                first);
        }

        var versionValue = host.Host.GetEffective(HostFacts.PathOf("virtualisation.containerd.settings.version")).Value;
        long? version = versionValue is NixInteger v ? v.Value : versionValue is null ? 2 : null; // nixpkgs writes version = 2
        // The CRI streaming-server keys stay under the legacy id in containerd 2.x; every other key moved.
        var legacy = definitions.Where(d => d.Path.StartsWith(Plugins) && d.Path.Length > 4 && d.Path[4] == Legacy
            && LegacyCriKeyMove.MovesElsewhere(d.Path.Segments.Skip(5).ToList())).ToList();
        var native = definitions.Where(d => d.Path.StartsWith(Plugins) && d.Path.Length > 4 && d.Path[4].StartsWith("io.containerd.cri.v1.", StringComparison.Ordinal)).ToList();

        // (b) an external runtime needs the systemd cgroup driver where containerd reads it.
        if (host.HasK3s && endpoint is not null && enabled.Value is not NixBool { Value: false } && version is 2 or 3)
        {
            var id = version == 3 ? "io.containerd.cri.v1.runtime" : Legacy;
            var path = Plugins.Append(id).Append(HostFacts.PathOf("containerd.runtimes.runc.options.SystemdCgroup"));
            if (host.Host.GetEffective(path).Value is not NixBool { Value: true })
            {
                bool driver = host.Flags.Named("kubelet-arg").Any(f => (f.Value ?? "").Contains("cgroup-driver=systemd", StringComparison.Ordinal));
                sink.Report(DiagnosticSeverity.Warning,
                    $"k3s uses the external containerd ({endpoint.DisplayValue}) but SystemdCgroup = true is not set under plugins.\"{id}\" (config version {version})"
                    + (driver ? "" : " and the kubelet has no cgroup-driver=systemd, so both stay on cgroupfs"),
                    RuleHelpers.NodeOf(endpoint), endpoint.Definition.Location);
            }
        }

        // (c) legacy and native plugin ids mixed.
        if (legacy.Count > 0 && version == 3)
            sink.Report(DiagnosticSeverity.Warning,
                $"config version 3 ignores the legacy plugin id \"{Legacy}\": {string.Join(", ", legacy.Select(d => d.Path.RelativeTo(Plugins.Append(Legacy)).ToString()).Distinct())} take no effect; use io.containerd.cri.v1.runtime/images",
                legacy[0], LegacyCriKeyMove.Fix(host.Host, legacy, Plugins));
        else if (legacy.Count > 0 && native.Count > 0 && version == 2)
            sink.Report(DiagnosticSeverity.Warning,
                $"legacy \"{Legacy}\" keys mixed with native io.containerd.cri.v1.* blocks under version 2: the migration copies a legacy key only where the native block lacks it, so legacy settings such as {legacy[0].Path.RelativeTo(Plugins.Append(Legacy))} may be dropped",
                legacy[0], LegacyCriKeyMove.Fix(host.Host, legacy, Plugins));

        // (d) removed or renamed keys.
        foreach (var d in definitions.Where(d => d.Path.StartsWith(Plugins)))
        {
            if (d.Path.Last == "disable_cgroup")
                sink.Report(DiagnosticSeverity.Warning, "disable_cgroup was removed in containerd 2.0", d);
            else if (d.Path.Last == "bin_dir" && d.Path.Segments.Contains("cni") && version != 3)
                sink.Report(DiagnosticSeverity.Info, "cni.bin_dir is deprecated since containerd 2.1; use bin_dirs", d, FixBinDirs(d));
            else if (d.Path.Last == "sandbox_image" && version == 3)
                sink.Report(DiagnosticSeverity.Warning, "sandbox_image is a version-2 key; under version 3 use io.containerd.cri.v1.images pinned_images.sandbox", d);
            else if (d.Path.Last == "sandbox_image")
                sink.Report(DiagnosticSeverity.Info, "sandbox_image is deprecated in containerd 2.x; the migration moves it to pinned_images.sandbox of io.containerd.cri.v1.images", d);
        }
    }

    /// <summary>Rewrites <c>bin_dir = X;</c> to <c>bin_dirs = [ X ];</c> when the binding ends in bin_dir.</summary>
    private static LintFix? FixBinDirs(OptionDefinition d)
    {
        if (d.Binding is not Nix.Syntax.AttrPathValueSyntax binding || binding.SyntaxTree is not { } tree) return null;
        var names = binding.AttrPath.Names;
        var last = names[names.Count - 1];
        if (last.GetStaticName() != "bin_dir" || last.ToString().Trim() != "bin_dir") return null;
        var value = tree.Text.Text.Substring(binding.Value.SpanStart, binding.Value.Span.Length);
        return FixFactory.Create("replace cni.bin_dir with bin_dirs", tree, FixFactory.Replace(last, "bin_dirs"), FixFactory.Replace(binding.Value, "[ " + value + " ]"));
    }
}
