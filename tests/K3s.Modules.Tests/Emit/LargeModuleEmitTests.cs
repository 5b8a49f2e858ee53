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
