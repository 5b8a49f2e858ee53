using K3s.Modules.Reading;
using OptionPath = K3s.Modules.Values.OptionPath;

namespace K3s.Modules.Tests.Reading;

/// <summary>The module constructs the reader must understand, one by one.</summary>
public sealed class ModuleConstructTests
{
    private static IReadOnlyList<OptionDefinition> Defs(ModuleFile file, string path) =>
        file.Definitions.Where(d => d.Path.Equals(OptionPath.Parse(path))).ToList();

    [Fact]
    public void MkMergeAndUpdateKeepEveryDefinitionWithItsCondition()
    {
        var file = ModuleReader.ReadText("""
            { lib, config, ... }:
            {
              services.k3s = lib.mkMerge [
                { enable = true; }
                (lib.mkIf config.a { role = "agent"; })
              ];
              networking = { hostName = "x"; } // lib.optionalAttrs config.b { domain = "d"; };
            }
            """);
        Assert.True(Defs(file, "services.k3s.enable")[0].Condition.IsAlways);
        Assert.Equal("config.a", Defs(file, "services.k3s.role")[0].Condition.Atoms[0].Text);
        Assert.True(Defs(file, "networking.hostName")[0].Condition.IsAlways);
        Assert.Equal("config.b", Defs(file, "networking.domain")[0].Condition.Atoms[0].Text);
    }

    [Fact]
    public void WithLibAndInheritBringNamesIntoScope()
    {
        var file = ModuleReader.ReadText("""
            { lib, ... }:
            with lib;
            let inherit (lib) mkDefault; in
            { a.b = mkForce 1; a.c = mkDefault 2; a.d = lib.mkOverride 900 3; }
            """);
        Assert.Equal([50, 1000, 900], file.Definitions.Select(d => d.Priority));
    }

    [Fact]
    public void RepeatedKeysAndAttrsetLiteralsMerge()
    {
        var file = ModuleReader.ReadText("""
            {
              x = { a = 1; };
              x.b = 2;
              y."k.with.dots".c = 3;
              y."k.with.dots".d = 4;
            }
            """);
        Assert.Equal(["x.a", "x.b", "y.\"k.with.dots\".c", "y.\"k.with.dots\".d"], file.Definitions.Select(d => d.Path.ToString()));
    }

    [Fact]
    public void FeatureModulesAreFound()
    {
        var file = ModuleReader.ReadFile(FixturePaths.Of("sini-old-style", "k3s.nix"));
        Assert.Equal(2, file.Modules.Count);
        Assert.All(file.Modules, m => Assert.Equal(ModuleKind.Feature, m.Kind));
        var flags = Assert.IsType<NixString>(Defs(file, "services.k3s.extraFlags")[0].Value);
        Assert.StartsWith("--container-runtime-endpoint=unix:///run/containerd/containerd.sock --image-service-endpoint", flags.Value);
    }

    [Fact]
    public void EffectiveValueTakesTheHighestPriorityAndConcatenatesLists()
    {
        var host = new HostConfiguration([
            ModuleReader.ReadText("{ lib, ... }: { a = lib.mkDefault 1; l = [ 1 ]; }", "/x/a.nix"),
            ModuleReader.ReadText("{ a = 2; l = [ 2 3 ]; }", "/x/b.nix"),
        ]);
        Assert.Equal(2, Assert.IsType<NixInteger>(host.GetEffective("a").Value).Value);
        Assert.Equal(3, Assert.IsType<NixList>(host.GetEffective("l").Value).Elements.Count);
    }

    [Fact]
    public void DeepNestingYieldsUnknownsNotACrash()
    {
        var sum = string.Join(" + ", Enumerable.Repeat("1", 5000));
        var cond = string.Join(" && ", Enumerable.Range(0, 5000).Select(i => "c" + i));
        var file = ModuleReader.ReadText("{ lib, ... }: { a = " + sum + "; b = lib.mkIf (" + cond + ") 1; }");
        Assert.False(file.HasErrors);
        var a = Assert.Single(file.Definitions, d => d.Path.ToString() == "a");
        Assert.IsType<UnknownValue>(a.Value);
        var b = Assert.Single(file.Definitions, d => d.Path.ToString() == "b");
        Assert.StartsWith("c0 && c1", Assert.Single(b.Condition.Atoms).Text);
    }
}
