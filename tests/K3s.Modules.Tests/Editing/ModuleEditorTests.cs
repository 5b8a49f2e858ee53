using K3s.Modules.Editing;
using Nix.Syntax;

namespace K3s.Modules.Tests.Editing;

/// <summary>Edits of a hand-written module change only the bytes they add.</summary>
public sealed class ModuleEditorTests
{
    private const string HandWritten = """
        # my node
        { config,   lib, pkgs, ... }:
        {
          boot.kernelModules = [
              "br_netfilter"   # odd spacing kept
              "overlay"
          ];
          services.k3s = {
            enable = true;    # on
            extraFlags = [ "--disable-kube-proxy" ];
          };
        }

        """;

    [Fact]
    public void AppendingAKernelModuleChangesOnlyTheAddedLine()
    {
        var root = NixSyntaxTree.ParseText(HandWritten).GetRoot();
        var edited = ModuleEditor.AppendToList(root, "boot.kernelModules", "nf_conntrack").ToFullString();
        var expected = HandWritten.Replace("      \"overlay\"\n", "      \"overlay\"\n      \"nf_conntrack\"\n");
        Assert.Equal(expected, edited);
        Assert.Contains("nf_conntrack", K3sNodeModule.Parse(edited).KernelModules.Select(k => k.Name));
    }

    [Fact]
    public void AppendingAFlagInANestedInlineListChangesOnlyTheAddedBytes()
    {
        var root = NixSyntaxTree.ParseText(HandWritten).GetRoot();
        var edited = ModuleEditor.AppendToList(root, "services.k3s.extraFlags", "--flannel-backend=none").ToFullString();
        Assert.Equal(HandWritten.Replace("\"--disable-kube-proxy\" ]", "\"--disable-kube-proxy\" \"--flannel-backend=none\" ]"), edited);
        Assert.Empty(NixSyntaxTree.ParseText(edited).GetDiagnostics());
    }
}
