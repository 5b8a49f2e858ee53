using K3s.Modules.Values;
using Nix.Syntax;

namespace K3s.Modules.Tests.Emit;

/// <summary>
/// Large modules go through the emitter's green fast paths (unchecked by the public factory): the tree they make
/// must be the tree the parser makes of its text, and the text must read back to the same module.
/// </summary>
public sealed class LargeModuleEmitTests
{
    [Fact]
    public void ManySysctlsEmitTheTreeTheParserReads()
    {
        var sysctls = Enumerable.Range(0, 5_000)
            .Select(i => new Sysctl(i % 7 == 0 ? $"net.odd \"key\" ${{x}}.{i}" : $"net.ipv4.k{i}", i % 3 == 0 ? new SysctlText($"v{i}") : new SysctlInteger(i)))
            .ToEquatableList();
        AssertEmitsAsParsed(new K3sNodeModule { Sysctls = sysctls });
    }

    [Fact]
    public void ManyNestedContainerdSettingsEmitTheTreeTheParserReads()
    {
        var bindings = Enumerable.Range(0, 5_000)
            .Select(i => new NixBinding(ContainerdSettings.Plugin(ContainerdSettings.LegacyCriPlugin, "containerd", "runtimes", "r" + (i / 64), "options", i % 64 == 5 ? "if" : "k" + (i % 64)),
                i % 2 == 0 ? new NixBool(true) : NixString.Of("x" + i)))
            .ToEquatableList();
        AssertEmitsAsParsed(new K3sNodeModule { Containerd = new Containerd { Settings = new NixAttrs(bindings) } });
    }

    [Fact]
    public void SysctlsPrintedFromTheModulePrintAsTheirLeafDefinitions()
    {
        // The emitter prints a module's sysctls from the model as one section; the general path groups one
        // definition per key. Both must give the same text, between other sections and settings.
        var module = new K3sNodeModule
        {
            KernelModules = [new KernelModule("br_netfilter", null)],
            Sysctls = [new Sysctl("net.ipv4.ip_forward", 1), new Sysctl("vm.min_free_kbytes", -5), new Sysctl("kernel.x", "a \"b\" ${c}")],
            OtherSettings = new NixAttrs([new NixBinding(OptionPath.Of("services", "zerotierone", "enable"), new NixBool(true))]),
        };
        var fromSection = module.ToNixText();
        var fromLeaves = Modules.Emit.ModuleEmitter.Emit(module.ToDefinitions()).ToFullString();
        Assert.Equal(fromLeaves, fromSection);
        Assert.Contains("  boot.kernel.sysctl = {\n    \"net.ipv4.ip_forward\" = 1;\n", fromSection);
    }

    [Fact]
    public void SettingsPrintedFromTheModulePrintAsTheirLeafDefinitions()
    {
        // Containerd, kubelet and kube-proxy settings print from the model as one section each; the general path
        // gives one definition per leaf. Comments, priorities, lists and empty sets must print the same either way.
        var settings = new NixAttrs([
            new NixBinding(OptionPath.Of("version"), new NixInt(2)),
            new NixBinding(ContainerdSettings.Plugin(ContainerdSettings.LegacyCriPlugin, "cni", "bin_dir"), new NixPriority(Priority.Force, NixString.Of("/opt/cni/bin")),
                new Remark(["k3s ships its own CNI plugins"], "forced")),
            new NixBinding(OptionPath.Of("plugins", "x", "list"), NixList.Of(NixString.Of("a"), new NixInt(-3))),
            new NixBinding(OptionPath.Of("plugins", "x", "empty"), NixAttrs.Empty, new Remark(["nothing yet"], null)),
        ]);
        var module = new K3sNodeModule
        {
            Containerd = new Containerd { Enable = true, Settings = settings },
            K3s = new K3sService { Enable = true, ExtraKubeletConfig = new NixAttrs([new NixBinding(OptionPath.Of("maxPods"), new NixInt(250))]) },
        };
        var fromSection = module.ToNixText();
        var fromLeaves = Modules.Emit.ModuleEmitter.Emit(module.ToDefinitions()).ToFullString();
        Assert.Equal(fromLeaves, fromSection);
        Assert.Contains("      version = 2;\n\n      # k3s ships its own CNI plugins\n      plugins.\"io.containerd.grpc.v1.cri\".cni.bin_dir = lib.mkForce \"/opt/cni/bin\"; # forced\n", fromSection);
        Assert.Equal(module, K3sNodeModule.Parse(fromSection));
    }

    private static void AssertEmitsAsParsed(K3sNodeModule module)
    {
        var emitted = module.ToSyntaxTree();
        var text = emitted.ToFullString();
        var parsed = NixSyntaxTree.ParseText(text);
        Assert.Empty(parsed.GetDiagnostics());
        Assert.True(parsed.GetRoot().IsEquivalentTo(emitted));
        Assert.Equal(module, K3sNodeModule.Parse(text));
    }
}
