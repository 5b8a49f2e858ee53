using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>Turns a <see cref="K3sNodeModule"/> into its leaf definitions, section by section, in print order.</summary>
internal sealed class ModuleWriter
{
    private readonly K3sNodeModule _module;
    private readonly bool _sections;
    private readonly List<Definition> _definitions = [];

    private ModuleWriter(K3sNodeModule module, bool sections)
    {
        _module = module;
        _sections = sections;
    }

    public static IReadOnlyList<Definition> Write(K3sNodeModule module) => Write(module, sections: false);

    /// <summary>
    /// The definitions; with <paramref name="sections"/> (for the emitter only), the sysctls are one definition
    /// of a <see cref="Emit.SysctlSection"/> when nothing else (a comment, a priority, another setting under
    /// <c>boot.kernel.sysctl</c>) needs them as separate leaves, and each free-form settings set (containerd,
    /// kubelet, kube-proxy) is one <see cref="Emit.SettingsSection"/> under the same kind of condition.
    /// </summary>
    public static IReadOnlyList<Definition> Write(K3sNodeModule module, bool sections)
    {
        var writer = new ModuleWriter(module, sections);
        writer.WriteAll();
        return writer._definitions;
    }

    private void WriteAll()
    {
        var m = _module;
        if (m.KernelModules.Count > 0)
            Add(OptionPaths.KernelModules, new NixList(m.KernelModules.Select(k => new NixListItem(NixString.Of(k.Name), k.Purpose)).ToEquatableList()));
        if (_sections && m.Sysctls.Count > 0 && m.Remarks.Count == 0 && m.Priorities.Count == 0
            && !m.OtherSettings.Bindings.Any(b => b.Path.StartsWith(OptionPaths.Sysctl) || OptionPaths.Sysctl.StartsWith(b.Path)))
            _definitions.Add(new Definition(OptionPaths.Sysctl, new Emit.SysctlSection(m.Sysctls)));
        else foreach (var sysctl in m.Sysctls)
            Add(OptionPaths.Sysctl.Append(sysctl.Key), sysctl.Value switch
            {
                SysctlInteger i => new NixInt(i.Value),
                SysctlText t => NixString.Of(t.Value),
                _ => throw new InvalidOperationException(),
            });
        WriteFirewall(m.Firewall);
        WriteContainerd(m.Containerd);
        foreach (var script in m.ActivationScripts)
            Add(OptionPaths.ActivationScripts.Append(script.Name, "text"), script.Text);
        WriteK3s(m.K3s);
        if (m.Persistence is { } persistence)
            Add(OptionPaths.Persistence.Append(persistence.Root, "directories"), Strings(persistence.Directories));
        if (m.SystemPackages.Count > 0)
            Add(OptionPaths.SystemPackages, new NixWith(NixExpression.Parse("pkgs"),
                new NixList(m.SystemPackages.Select(p => new NixListItem(NixExpression.Parse(p))).ToEquatableList())));
        foreach (var binding in m.OtherSettings.Bindings) AddLeaves(binding.Path, binding.Value, binding.Remark);
    }

    private void WriteFirewall(Firewall f)
    {
        var p = OptionPaths.Firewall;
        Add(p.Append("enable"), f.Enable);
        if (f.AllowedTcpPorts.Count > 0) Add(p.Append("allowedTCPPorts"), Ports(f.AllowedTcpPorts));
        if (f.AllowedUdpPorts.Count > 0) Add(p.Append("allowedUDPPorts"), Ports(f.AllowedUdpPorts));
        if (f.TrustedInterfaces.Count > 0) Add(p.Append("trustedInterfaces"), Strings(f.TrustedInterfaces));
    }

    private void WriteContainerd(Containerd c)
    {
        var p = OptionPaths.Containerd;
        Add(p.Append("enable"), c.Enable);
        AddSettings(p.Append("settings"), c.Settings);
    }

    // A free-form settings set: one section for the emitter when nothing needs its bindings as separate leaves
    // (no comment on the set itself, no other setting under it, no binding whose value is a set to split), else
    // one leaf definition per binding.
    private void AddSettings(OptionPath path, NixAttrs settings)
    {
        if (_sections && settings.Bindings.Count > 0 && !_module.Remarks.ContainsKey(path.ToString())
            && !HasNestedSet(settings.Bindings)
            && !_module.OtherSettings.Bindings.Any(b => b.Path.StartsWith(path) || path.StartsWith(b.Path)))
        {
            _definitions.Add(new Definition(path, new Emit.SettingsSection(settings.Bindings)));
            return;
        }
        foreach (var binding in settings.Bindings) AddLeaves(path.Append(binding.Path), binding.Value, binding.Remark);
    }

    // Whether a binding's value is a non-empty set, whose leaves print as bindings of their own (a loop, not LINQ:
    // a generated containerd tree may hold a million bindings).
    private static bool HasNestedSet(EquatableList<NixBinding> bindings)
    {
        for (int i = 0; i < bindings.Count; i++)
            if (bindings[i].Value is NixAttrs { Bindings.Count: > 0 }) return true;
        return false;
    }

    private void WriteK3s(K3sService s)
    {
        var p = OptionPaths.K3s;
        Add(p.Append("enable"), s.Enable);
        Add(p.Append("package"), s.Package);
        Add(p.Append("role"), s.Role is { } role ? NixString.Of(role == K3sRole.Server ? "server" : "agent") : null);
        Add(p.Append("serverAddr"), s.ServerAddr);
        Add(p.Append("clusterInit"), s.ClusterInit);
        Add(p.Append("token"), s.Token);
        Add(p.Append("tokenFile"), s.TokenFile);
        Add(p.Append("agentToken"), s.AgentToken);
        Add(p.Append("agentTokenFile"), s.AgentTokenFile);
        Add(p.Append("configPath"), s.ConfigPath);
        Add(p.Append("environmentFile"), s.EnvironmentFile);
        if (s.Disable.Count > 0)
            Add(p.Append("disable"), new NixList(s.Disable.Select(d => new NixListItem(NixString.Of(d.Name), d.Reason)).ToEquatableList()));
        Add(p.Append("disableAgent"), s.DisableAgent);
        if (s.ExtraFlags.Count > 0)
            Add(p.Append("extraFlags"), new NixList(s.ExtraFlags.Select(f => new NixListItem(f.Value, f.Comment)).ToEquatableList()));
        Add(p.Append("nodeName"), s.NodeName);
        if (s.NodeLabel.Count > 0) Add(p.Append("nodeLabel"), Strings(s.NodeLabel));
        if (s.NodeTaint.Count > 0) Add(p.Append("nodeTaint"), Strings(s.NodeTaint));
        Add(p.Append("nodeIP"), s.NodeIP);
        Add(p.Append("nodeExternalIP"), s.NodeExternalIP);
        Add(p.Append("selinux"), s.Selinux);
        var g = p.Append("gracefulNodeShutdown");
        Add(g.Append("enable"), s.GracefulNodeShutdown.Enable);
        Add(g.Append("shutdownGracePeriod"), Duration(s.GracefulNodeShutdown.ShutdownGracePeriod));
        Add(g.Append("shutdownGracePeriodCriticalPods"), Duration(s.GracefulNodeShutdown.ShutdownGracePeriodCriticalPods));
        AddSettings(p.Append("extraKubeletConfig"), s.ExtraKubeletConfig);
        AddSettings(p.Append("extraKubeProxyConfig"), s.ExtraKubeProxyConfig);
        Add(p.Append("containerdConfigTemplate"), s.ContainerdConfigTemplate);
        if (s.Images.Count > 0) Add(p.Append("images"), new NixList(s.Images.Select(i => new NixListItem(i)).ToEquatableList()));
        foreach (var (name, manifest) in s.Manifests)
        {
            var m = p.Append("manifests", name);
            Add(m.Append("enable"), manifest.Enable);
            Add(m.Append("target"), manifest.Target);
            AddValue(m.Append("content"), manifest.Content);
            AddValue(m.Append("source"), manifest.Source);
        }
        foreach (var (name, chart) in s.Charts) AddValue(p.Append("charts", name), chart);
        foreach (var (name, chart) in s.AutoDeployCharts)
        {
            var c = p.Append("autoDeployCharts", name);
            Add(c.Append("enable"), chart.Enable);
            Add(c.Append("repo"), chart.Repo);
            Add(c.Append("name"), chart.Name);
            Add(c.Append("version"), chart.Version);
            Add(c.Append("hash"), chart.Hash);
            AddValue(c.Append("package"), chart.Package);
            Add(c.Append("targetNamespace"), chart.TargetNamespace);
            Add(c.Append("createNamespace"), chart.CreateNamespace);
            AddValue(c.Append("values"), chart.Values);
            AddValue(c.Append("extraDeploy"), chart.ExtraDeploy);
            AddValue(c.Append("extraFieldDefinitions"), chart.ExtraFieldDefinitions);
        }
    }

    private static NixString? Duration(GoDuration? duration) => duration is null ? null : NixString.Of(duration.Text);

    private static NixList Strings(EquatableList<string> items) => new(items.Select(i => new NixListItem(NixString.Of(i))).ToEquatableList());

    private static NixList Ports(EquatableList<FirewallPort> ports) =>
        new(ports.Select(p => new NixListItem(new NixInt(p.Number), p.Description)).ToEquatableList());

    private void Add(OptionPath path, bool? value)
    {
        if (value is { } b) Add(path, new NixBool(b));
    }

    private void Add(OptionPath path, NixValue? value)
    {
        if (value is null) return;
        // The printed path is the key of both maps; most modules (and every large sysctl list without comments) need neither.
        if (_module.Priorities.Count == 0 && _module.Remarks.Count == 0)
        {
            _definitions.Add(new Definition(path, value));
            return;
        }
        var key = path.ToString();
        if (_module.Priorities.TryGetValue(key, out var priority) && priority != Priority.Normal) value = new NixPriority(priority, value);
        _definitions.Add(new Definition(path, value, _module.Remarks.TryGetValue(key, out var remark) ? remark : null));
    }

    // A value of a free-form option: an attribute set is split into leaves so that it merges like NixOS does.
    // The leaves' comments stay in the set's bindings; a value that is not a set is an ordinary option.
    private void AddValue(OptionPath path, NixValue? value)
    {
        if (value is null) return;
        if (value is NixAttrs { Bindings.Count: > 0 } attrs)
            foreach (var binding in attrs.Bindings) AddLeaves(path.Append(binding.Path), binding.Value, binding.Remark);
        else Add(path, value);
    }

    private void AddLeaves(OptionPath path, NixValue value, Remark? remark)
    {
        if (value is NixAttrs { Bindings.Count: > 0 } attrs)
        {
            foreach (var binding in attrs.Bindings) AddLeaves(path.Append(binding.Path), binding.Value, binding.Remark);
            return;
        }
        _definitions.Add(new Definition(path, value, remark));
    }
}
