using K3s.Modules.Editing;
using K3s.Modules.Tests.Reading;
using K3s.Modules.Values;
using Nix.Syntax;

namespace K3s.Modules.Tests.Editing;

/// <summary>Edits of the multi-file reference fixtures: each change lands in the file that defines the value.</summary>
public sealed class FixtureEditTests
{
    private static K3sModuleDocument Load(string fixture) => K3sModuleDocument.Load(FixturePaths.Directory(fixture).ToArray());

    // The one changed file, checked: it parses, only its bytes around the edit differ, and the host reads back as changed.
    // The edit made no change and refused exactly one option, located in the named file.
    private static void AssertRefusedOnly(ModuleEditResult result, string path, string? reason, string file)
    {
        var refusal = Assert.Single(result.Refusals);
        Assert.Equal(path, refusal.Path);
        if (reason is not null) Assert.Contains(reason, refusal.Reason, StringComparison.Ordinal);
        Assert.EndsWith(file, refusal.Location!.Path, StringComparison.Ordinal);
        Assert.Empty(result.Changes);
    }

    private static string EditOneFile(string fixture, string fileName, Func<K3sNodeModule, K3sNodeModule> change, string before, string after)
    {
        var document = Load(fixture);
        var changed = change(document.Model);
        var result = document.Apply(changed);
        Assert.True(result.Succeeded, string.Join("\n", result.Refusals));
        var file = Assert.Single(result.Changes);
        Assert.Equal(fileName, Path.GetFileName(file.Path));
        var original = File.ReadAllText(file.Path!);
        Assert.Equal(original.Replace(before, after, StringComparison.Ordinal), file.NewText);
        Assert.Empty(NixSyntaxTree.ParseText(file.NewText).GetDiagnostics());
        var files = document.Files.Select(f => f.Path == file.Path ? global::K3s.Modules.Reading.ModuleReader.ReadText(file.NewText, f.Path) : f).ToList();
        Assert.Equal(changed, K3sNodeModule.FromHost(new global::K3s.Modules.Reading.HostConfiguration(files)));
        return file.NewText;
    }

    [Fact]
    public void Hetzkube_KernelModuleGoesToKubernetesNix()
    {
        EditOneFile("hetzkube-style", "kubernetes.nix", m => m with { KernelModules = m.KernelModules.Add("ip_vs") },
            "      \"nf_conntrack\"\n", "      \"nf_conntrack\"\n      \"ip_vs\"\n");
    }

    [Fact]
    public void Hetzkube_FirewallEnableIsChangedInNetworkingNix()
    {
        EditOneFile("hetzkube-style", "networking.nix", m => m with { Firewall = m.Firewall with { Enable = true } },
            "networking.firewall.enable = lib.mkForce false;", "networking.firewall.enable = lib.mkForce true;");
    }

    [Fact]
    public void Hetzkube_ContainerdSettingReplacedInItsQuotedPath()
    {
        EditOneFile("hetzkube-style", "kubernetes.nix", m => m with
        {
            Containerd = m.Containerd with
            {
                Settings = new NixAttrs(m.Containerd.Settings.Bindings.Select(b => b.Path.ToString().EndsWith("disable_hugetlb_controller", StringComparison.Ordinal)
                    ? b with { Value = new NixBool(false) } : b).ToEquatableList()),
            },
        }, "disable_hugetlb_controller = true;", "disable_hugetlb_controller = false;");
    }

    [Fact]
    public void Sini_UdpPortAddedToTheAspectsList()
    {
        EditOneFile("sini-style", "node.nix", m => m with { Firewall = m.Firewall with { AllowedUdpPorts = m.Firewall.AllowedUdpPorts.Add(4789) } },
            "[ 51820 8472 ]", "[ 51820 8472 4789 ]");
    }

    [Fact]
    public void Sini_FlagsBuiltInLetAreRefused()
    {
        var document = Load("sini-style");
        var result = document.Apply(m => m with { K3s = m.K3s with { ExtraFlags = m.K3s.ExtraFlags.Add("--debug") } });
        AssertRefusedOnly(result, "services.k3s.extraFlags", reason: null, file: "k3s.nix");
    }

    [Fact]
    public void Sini_RoleChangedInsideTheLeftSetOfAMerge()
    {
        EditOneFile("sini-style", "k3s.nix", m => m with { K3s = m.K3s with { Role = K3sRole.Agent } },
            "role = \"server\";", "role = \"agent\";");
    }

    [Fact]
    public void Sini_NoNewBindingNextToAMergedSet()
    {
        var result = Load("sini-style").Apply(m => m with { K3s = m.K3s with { NodeName = NixString.Of("lab-01") } });
        AssertRefusedOnly(result, "services.k3s.nodeName", "services.k3s is bound to an expression that is not a plain attribute set", "k3s.nix");
    }

    [Fact]
    public void Vanixiets_DefinitionsUnderMkIfAreRefused()
    {
        var document = Load("vanixiets-style");
        var result = document.Apply(m => m with { K3s = m.K3s with { Disable = [new DisabledComponent("local-storage")] } });
        AssertRefusedOnly(result, "services.k3s.disable", "only if cfg.enable", "k3s-server.nix");
    }

    [Fact]
    public void Vanixiets_PortAddedInTheFirewallModule()
    {
        EditOneFile("vanixiets-style", "firewall.nix", m => m with { Firewall = m.Firewall with { AllowedTcpPorts = m.Firewall.AllowedTcpPorts.Add(9100) } },
            "4240 4244 ]", "4240 4244 9100 ]");
    }

    [Fact]
    public void Vanixiets_UnconditionalKernelModuleInItsOwnModule()
    {
        EditOneFile("vanixiets-style", "kernel.nix", m => m with { KernelModules = m.KernelModules.Add("ip_vs") },
            "\"nf_conntrack\" ]", "\"nf_conntrack\" \"ip_vs\" ]");
    }
}
