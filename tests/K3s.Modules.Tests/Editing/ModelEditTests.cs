using K3s.Modules.Editing;
using K3s.Modules.Values;
using Nix.Syntax;

namespace K3s.Modules.Tests.Editing;

/// <summary>
/// A model read from a hand-written file, changed and written back: only the changed bytes differ, the result
/// parses, and reading it again gives the changed model.
/// </summary>
public sealed class ModelEditTests
{
    private const string Path = "/virtual/node.nix";

    // Applies the change; checks the edit succeeded, parses cleanly and reads back as the changed model.
    internal static string Edit(string text, Func<K3sNodeModule, K3sNodeModule> change)
    {
        var document = K3sModuleDocument.Parse(text, Path);
        var changed = change(document.Model);
        Assert.NotEqual(document.Model, changed);
        var result = document.Apply(changed);
        Assert.True(result.Succeeded, string.Join("\n", result.Refusals));
        var edited = Assert.Single(result.Changes).NewText;
        Assert.Empty(NixSyntaxTree.ParseText(edited).GetDiagnostics());
        Assert.Equal(changed, K3sModuleDocument.Parse(edited, Path).Model);
        return edited;
    }

    private static ModuleEditRefusal Refused(string text, Func<K3sNodeModule, K3sNodeModule> change)
    {
        var result = K3sModuleDocument.Parse(text, Path).Apply(change);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Refusals);
    }

    [Fact]
    public void AddingAKernelModuleAddsOneLineLikeItsNeighbours()
    {
        var edited = Edit(EditFixtures.Hetzkube, m => m with { KernelModules = m.KernelModules.Add("nf_conntrack") });
        Assert.Equal(EditFixtures.Hetzkube.Replace("# bridge netfilter for kube-proxy\n", "# bridge netfilter for kube-proxy\n      \"nf_conntrack\"\n"), edited);
    }

    [Fact]
    public void AddingAKernelModuleWithAPurposeWritesItsComment()
    {
        var edited = Edit(EditFixtures.Hetzkube, m => m with { KernelModules = m.KernelModules.Add(new KernelModule("ip_vs", "IPVS")) });
        Assert.Equal(EditFixtures.Hetzkube.Replace("# bridge netfilter for kube-proxy\n", "# bridge netfilter for kube-proxy\n      \"ip_vs\" # IPVS\n"), edited);
    }

    [Fact]
    public void RemovingAKernelModuleRemovesItsLineOnly()
    {
        var edited = Edit(EditFixtures.Hetzkube, m => m with { KernelModules = m.KernelModules.Skip(1).ToEquatableList() });
        Assert.Equal(EditFixtures.Hetzkube.Replace("      \"overlay\"\n", ""), edited);
    }

    [Fact]
    public void AddingAPortToAOneLineListKeepsItOnOneLine()
    {
        var edited = Edit(EditFixtures.Hetzkube, m => m with { Firewall = m.Firewall with { AllowedTcpPorts = m.Firewall.AllowedTcpPorts.Add(2379) } });
        Assert.Equal(EditFixtures.Hetzkube.Replace("[ 6443 10250 ]", "[ 6443 10250 2379 ]"), edited);
    }

    [Fact]
    public void InsertingAPortFirstAndRemovingAnotherEditsOnlyTheList()
    {
        var edited = Edit(EditFixtures.Hetzkube, m => m with { Firewall = m.Firewall with { AllowedTcpPorts = [22, 6443] } });
        Assert.Equal(EditFixtures.Hetzkube.Replace("[ 6443 10250 ]", "[ 22 6443 ]"), edited);
    }

    [Fact]
    public void AddingAndRemovingFlags()
    {
        var edited = Edit(EditFixtures.Hetzkube, m => m with
        {
            K3s = m.K3s with { ExtraFlags = [m.K3s.ExtraFlags[1], "--tls-san=${config.networking.fqdn}"] },
        });
        Assert.Equal(EditFixtures.Hetzkube
            .Replace("        \"--flannel-backend=none\"\n", "")
            .Replace("\"--disable-network-policy\"\n", "\"--disable-network-policy\"\n        \"--tls-san=${config.networking.fqdn}\"\n"), edited);
    }

    [Fact]
    public void AddingAPackageUnderWithPkgs()
    {
        var edited = Edit(EditFixtures.Hetzkube, m => m with { SystemPackages = m.SystemPackages.Add("kubernetes-helm") });
        Assert.Equal(EditFixtures.Hetzkube.Replace("[ kubectl k9s ]", "[ kubectl k9s kubernetes-helm ]"), edited);
    }

    [Fact]
    public void ReplacingTheRoleChangesOnlyTheString()
    {
        var edited = Edit(EditFixtures.Hetzkube, m => m with { K3s = m.K3s with { Role = K3sRole.Agent } });
        Assert.Equal(EditFixtures.Hetzkube.Replace("role = \"server\";", "role = \"agent\";"), edited);
    }

    [Fact]
    public void ReplacingAForcedValueKeepsTheMkForceAndTheComment()
    {
        var edited = Edit(EditFixtures.Hetzkube, m => m with { Firewall = m.Firewall with { Enable = true } });
        Assert.Equal(EditFixtures.Hetzkube.Replace("enable = lib.mkForce false;", "enable = lib.mkForce true;"), edited);
    }

    [Fact]
    public void DroppingTheForceReplacesTheWholeValue()
    {
        var edited = Edit(EditFixtures.Hetzkube, m => m with { Firewall = m.Firewall with { Enable = true }, Priorities = EquatableMap<Priority>.Create(m.Priorities.Where(p => p.Key != "networking.firewall.enable")) });
        Assert.Equal(EditFixtures.Hetzkube.Replace("enable = lib.mkForce false;", "enable = true;"), edited);
    }

    [Fact]
    public void ANewOptionGoesIntoTheSetOfItsSiblingsWithTheirIndentation()
    {
        var edited = Edit(EditFixtures.Hetzkube, m => m with { K3s = m.K3s with { ClusterInit = true } });
        Assert.Equal(EditFixtures.Hetzkube.Replace("        \"--disable-network-policy\"\n      ];\n", "        \"--disable-network-policy\"\n      ];\n      clusterInit = true;\n"), edited);
    }

    [Fact]
    public void ANewOptionWithAListValueIsPrintedAsTheEmitterPrintsIt()
    {
        var edited = Edit(EditFixtures.Hetzkube, m => m with { K3s = m.K3s with { Disable = [new DisabledComponent("traefik"), new DisabledComponent("servicelb")] } });
        Assert.Contains("      disable = [\n        \"traefik\"\n        \"servicelb\"\n      ];\n", edited, StringComparison.Ordinal);
        AssertOnlyInserted(EditFixtures.Hetzkube, edited);
    }

    [Fact]
    public void ANewOptionWithoutSiblingsGoesIntoTheConfigSet()
    {
        var edited = Edit(EditFixtures.Hetzkube, m => m with { Sysctls = [new Sysctl("net.ipv4.ip_forward", new SysctlInteger(1))] });
        Assert.Contains("\n    boot.kernel.sysctl.\"net.ipv4.ip_forward\" = 1;\n", edited, StringComparison.Ordinal);
        AssertOnlyInserted(EditFixtures.Hetzkube, edited);
    }

    [Fact]
    public void ANewOptionNextToDottedSiblingsIsDotted()
    {
        var edited = Edit(EditFixtures.Dotted, m => m with { K3s = m.K3s with { TokenFile = NixExpression.Parse("config.age.secrets.k3s-token.path") } });
        Assert.Equal(EditFixtures.Dotted.Replace("# first server\n", "# first server\n  services.k3s.tokenFile = config.age.secrets.k3s-token.path;\n"), edited);
    }

    [Fact]
    public void RemovingAnOptionRemovesItsLine()
    {
        var edited = Edit(EditFixtures.Hetzkube, m => m with { K3s = m.K3s with { Role = null } });
        Assert.Equal(EditFixtures.Hetzkube.Replace("      role = \"server\";\n", ""), edited);
    }

    [Fact]
    public void RemovingTheLastOptionOfASetRemovesTheSet()
    {
        var edited = Edit(EditFixtures.Sini, m => m with { Sysctls = [] });
        Assert.Equal(EditFixtures.Sini.Replace("        boot.kernel.sysctl = {\n          \"net.ipv4.ip_forward\" = 1;\n        };\n", ""), edited);
    }

    [Fact]
    public void SiniAspect_EditsInsideTheNixosKey()
    {
        var edited = Edit(EditFixtures.Sini, m => m with
        {
            K3s = m.K3s with { Disable = m.K3s.Disable.Add(new DisabledComponent("servicelb")), ServerAddr = NixString.Of("https://10.0.0.1:6443") },
            Firewall = m.Firewall with { TrustedInterfaces = m.Firewall.TrustedInterfaces.Add("lxc+") },
        });
        Assert.Equal(EditFixtures.Sini
            .Replace("[ \"traefik\" ]", "[ \"traefik\" \"servicelb\" ]")
            .Replace("[ \"cilium_host\" ]", "[ \"cilium_host\" \"lxc+\" ]")
            .Replace("            disable = [ \"traefik\" \"servicelb\" ];\n", "            disable = [ \"traefik\" \"servicelb\" ];\n            serverAddr = \"https://10.0.0.1:6443\";\n"), edited);
    }

    [Fact]
    public void SiniAspect_ReplacingAReferenceByAString()
    {
        var edited = Edit(EditFixtures.Sini, m => m with { K3s = m.K3s with { TokenFile = NixString.Of("/run/k3s-token") } });
        Assert.Equal(EditFixtures.Sini.Replace("config.age.secrets.k3s-token.path;", "\"/run/k3s-token\";"), edited);
    }

    [Fact]
    public void ValuesUnderMkIfAreRefusedWithTheirLocation()
    {
        var refusal = Refused(EditFixtures.Vanixiets, m => m with
        {
            OtherSettings = new NixAttrs(m.OtherSettings.Bindings.Where(b => b.Path.ToString() != "boot.kernelModules").ToEquatableList()),
        });
        Assert.Equal("boot.kernelModules", refusal.Path);
        Assert.Contains("cfg.enable", refusal.Reason, StringComparison.Ordinal);
        Assert.Equal(Path, refusal.Location!.Path);
        Assert.Equal(9, refusal.Location.StartLine);
    }

    [Fact]
    public void AddingNextToAConditionalSetIsRefused()
    {
        var refusal = Refused(EditFixtures.Vanixiets, m => m with { K3s = m.K3s with { Role = K3sRole.Agent } });
        Assert.Equal("services.k3s.role", refusal.Path);
    }

    [Fact]
    public void ListsBuiltByExpressionsAreRefused()
    {
        const string text = """
            { lib, ... }:
            let mods = [ "overlay" ]; in
            {
              boot.kernelModules = mods;
            }
            """;
        var refusal = Refused(text, m => m with { KernelModules = m.KernelModules.Add("bpf") });
        Assert.Contains("not written as literal elements", refusal.Reason, StringComparison.Ordinal);
        Assert.Equal(4, refusal.Location!.StartLine);
    }

    [Fact]
    public void ACommentOnASetIsRefusedNotDropped()
    {
        var refusal = Refused(EditFixtures.Hetzkube, m => m.WithRemark("services.k3s", Remark.Above("the k3s service")));
        Assert.Equal("services.k3s", refusal.Path);
        Assert.Contains("comments", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnchangedModelEditsNothing()
    {
        var document = K3sModuleDocument.Parse(EditFixtures.Hetzkube, Path);
        var result = document.Apply(document.Model);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void CrlfFilesGetCrlfLines()
    {
        var text = EditFixtures.Hetzkube.Replace("\n", "\r\n");
        var edited = Edit(text, m => m with { KernelModules = m.KernelModules.Add("nf_conntrack") });
        Assert.Equal(text.Replace("# bridge netfilter for kube-proxy\r\n", "# bridge netfilter for kube-proxy\r\n      \"nf_conntrack\"\r\n"), edited);
    }

    // The edit only inserted text: the original is the edited text minus one contiguous piece.
    internal static void AssertOnlyInserted(string original, string edited)
    {
        int prefix = 0;
        while (prefix < original.Length && original[prefix] == edited[prefix]) prefix++;
        Assert.True(edited.EndsWith(original[prefix..], StringComparison.Ordinal), "bytes after the insertion changed");
    }
}
