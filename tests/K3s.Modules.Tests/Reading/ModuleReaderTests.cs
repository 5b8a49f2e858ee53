using K3s.Modules.Reading;
using OptionPath = K3s.Modules.Values.OptionPath;

namespace K3s.Modules.Tests.Reading;

public sealed class ModuleReaderTests
{
    private static OptionDefinition Single(ModuleFile file, string path) =>
        Assert.Single(file.Definitions, d => d.Path.Equals(OptionPath.Parse(path)));

    [Fact]
    public void DottedNestedAndQuotedPathsNormalise()
    {
        var file = ModuleReader.ReadText("""
            { lib, ... }:
            {
              services.k3s = { enable = true; role = "server"; };
              services.k3s.nodeName = "a";
              boot.kernel.sysctl."net.ipv4.ip_forward" = 1;
              virtualisation.containerd.settings.plugins."io.containerd.grpc.v1.cri".cni.bin_dir = "/opt";
              virtualisation.containerd.settings.plugins."io.containerd.grpc.v1.cri".cni.conf_dir = "/etc";
            }
            """, "/x/a.nix");
        Assert.Equal(new NixBool(true), Single(file, "services.k3s.enable").Value with { Syntax = null });
        Assert.Equal("a", Assert.IsType<NixString>(Single(file, "services.k3s.nodeName").Value).Value);
        var sysctl = Single(file, "boot.kernel.sysctl.\"net.ipv4.ip_forward\"");
        Assert.Equal(4, sysctl.Path.Length);
        Assert.Equal(1, Assert.IsType<NixInteger>(sysctl.Value).Value);
        Assert.Equal("/etc", Assert.IsType<NixString>(Single(file, "virtualisation.containerd.settings.plugins.\"io.containerd.grpc.v1.cri\".cni.conf_dir").Value).Value);
    }

    [Fact]
    public void PrioritiesAndConditionsAreRecorded()
    {
        var file = ModuleReader.ReadText("""
            { config, lib, pkgs, ... }:
            let inherit (lib) mkForce; c = config.x.enable; in
            with lib;
            {
              networking.firewall.enable = mkForce false;
              services.k3s.role = mkDefault "agent";
              services.k3s.nodeName = lib.mkOverride 10 "n";
              services.k3s.clusterInit = mkIf c true;
              services.k3s.serverAddr = mkIf (!c) "https://a:6443";
            }
            """);
        Assert.Equal(OptionPriority.Force, Single(file, "networking.firewall.enable").Priority);
        Assert.Equal(OptionPriority.Default, Single(file, "services.k3s.role").Priority);
        Assert.Equal(10, Single(file, "services.k3s.nodeName").Priority);
        var init = Single(file, "services.k3s.clusterInit");
        var addr = Single(file, "services.k3s.serverAddr");
        Assert.Equal("c", Assert.Single(init.Condition.Atoms).Text);
        Assert.True(init.Condition.ContradictsWith(addr.Condition));
    }

    [Fact]
    public void ExtraFlagsAsStringBuildersBecomeStrings()
    {
        var file = ModuleReader.ReadText("""
            { lib, ... }:
            let flags = [ "--a" "--b=1" ]; in
            {
              services.k3s.extraFlags = toString [ "--x" "--y" ];
              services.k3s.nodeLabel = [ (lib.concatStringsSep " " flags) ];
            }
            """);
        Assert.Equal("--x --y", Assert.IsType<NixString>(Single(file, "services.k3s.extraFlags").Value).Value);
        var label = Assert.IsType<NixList>(Single(file, "services.k3s.nodeLabel").Value);
        Assert.Equal("--a --b=1", Assert.IsType<NixString>(Assert.Single(label.Elements)).Value);
    }

    [Fact]
    public void UnknownValuesKeepTheirLocation()
    {
        var file = ModuleReader.ReadText("{ host, ... }: { services.k3s.nodeIP = host.ip; services.k3s.nodeName = \"n-${host.name}\"; }", "/x/h.nix");
        var ip = Single(file, "services.k3s.nodeIP");
        Assert.False(ip.Value.IsKnown);
        Assert.Equal("host.ip", ip.Value.Syntax!.ToString());
        Assert.Equal(1, ip.Location!.StartLine);
        var name = Assert.IsType<NixStringPattern>(Single(file, "services.k3s.nodeName").Value);
        Assert.Equal("n-", name.KnownPrefix);
    }

    [Fact]
    public void OwnOptionDefaultsResolveAndAreMarked()
    {
        var file = ModuleReader.ReadFile(FixturePaths.Of("vanixiets-style", "k3s-server.nix"));
        var module = Assert.Single(file.Modules);
        Assert.Equal(ModuleKind.FlakeParts, module.Kind);
        var init = Single(file, "services.k3s.clusterInit");
        Assert.True(Assert.IsType<NixBool>(init.Value).Value);
        Assert.True(init.IsFromOptionDefault);
        Assert.Equal("cfg.enable", Assert.Single(init.Condition.Atoms).Text);
        var flags = Assert.IsType<NixList>(Single(file, "services.k3s.extraFlags").Value);
        var server = flags.ElementsWithConditions().Last();
        Assert.Equal("cfg.serverAddr != null", Assert.Single(server.Condition.Atoms).Text);
        Assert.Contains(module.Declarations, d => d.Path.ToString() == "k3s-node.clusterInit");
    }

    [Fact]
    public void DenAspectModulesAreFoundAndFrameworkKeysAreNot()
    {
        var file = ModuleReader.ReadFile(FixturePaths.Of("sini-style", "k3s.nix"));
        Assert.True(file.IsFrameworkFile);
        var module = Assert.Single(file.Modules);
        Assert.Equal(ModuleKind.DenAspect, module.Kind);
        Assert.DoesNotContain(file.Definitions, d => d.Path.StartsWith("settings"));
        var flags = Single(file, "services.k3s.extraFlags");
        Assert.Equal(OptionPriority.Force, flags.Priority);
        var pattern = Assert.IsType<NixStringPattern>(flags.Value);
        Assert.StartsWith("--container-runtime-endpoint=/run/containerd/containerd.sock --node-ip=", pattern.KnownPrefix);
        var addr = Single(file, "services.k3s.serverAddr");
        Assert.True(Assert.Single(addr.Condition.Atoms).Negated);
        Assert.Contains(file.FrameworkDefinitions, d => d.Path.Last == "directories");
    }

    [Fact]
    public void HostReaderFollowsImports()
    {
        var hosts = HostReader.Read(FixturePaths.Directory("hetzkube-style"));
        var host = Assert.Single(hosts);
        Assert.Equal(3, host.Files.Count);
        var firewall = Assert.Single(host.Get("networking.firewall.enable"));
        Assert.EndsWith("networking.nix", firewall.FilePath);
        Assert.Equal(OptionPriority.Force, firewall.Priority);
        var packages = Assert.IsType<NixList>(Assert.Single(host.Get("environment.systemPackages")).Value);
        Assert.Contains(packages.Elements, e => e is NixPackage { AttributePath: "cilium-cli" });
    }

    [Fact]
    public void SyntaxErrorsGiveNoModules()
    {
        var file = ModuleReader.ReadText("{ services.k3s.enable = ; }");
        Assert.True(file.HasErrors);
        Assert.Empty(file.Modules);
    }
}
