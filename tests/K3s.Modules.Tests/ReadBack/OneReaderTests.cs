using K3s.Modules.Profiles;
using K3s.Modules.Tests.Profiles;
using K3s.Modules.Values;
using Nix.Syntax;

namespace K3s.Modules.Tests.ReadBack;

/// <summary>
/// <see cref="K3sNodeModule.FromSyntax"/> and <see cref="K3sNodeModule.FromHost"/> are one reader: the shapes only one
/// of the former two readers handled read the same way through it.
/// </summary>
public sealed class OneReaderTests
{
    [Fact]
    public void ASetInheritingAnUnknownNameIsKeptAsWritten()
    {
        var m = K3sNodeModule.Parse("""
            { lib, host, ... }:
            {
              # the host's own settings
              services.foo.settings = lib.mkDefault { inherit host; };
              services.foo.enable = true;
            }
            """);
        var settings = Assert.Single(m.OtherSettings.Bindings, b => b.Path.ToString() == "services.foo.settings");
        Assert.Equal(new NixPriority(Priority.Default, NixExpression.Parse("{ inherit host; }")), settings.Value);
        Assert.Equal(Remark.Above("the host's own settings"), settings.Remark);
        Assert.Equal(new NixBool(true), Assert.Single(m.OtherSettings.Bindings, b => b.Path.ToString() == "services.foo.enable").Value);
    }

    [Fact]
    public void AKnownInheritIsReadAsItsValue()
    {
        var m = K3sNodeModule.Parse("""
            let tokenFile = "/run/k3s-token"; in
            { services.k3s = { enable = true; inherit tokenFile; }; }
            """);
        Assert.True(m.K3s.Enable);
        Assert.Equal(NixString.Of("/run/k3s-token"), m.K3s.TokenFile);
        Assert.Empty(m.OtherSettings.Bindings);
    }

    [Fact]
    public void TextWithASyntaxErrorIsReadAsFarAsItGoes()
    {
        var m = K3sNodeModule.Parse("""{ boot.kernelModules = [ "overlay" ]; networking.firewall.enable = """);
        Assert.Equal(["overlay"], m.KernelModules.Select(k => k.Name));
    }

    [Fact]
    public void TruncationsOfAnEmittedProfileReadWithoutThrowing()
    {
        var full = ProfileCatalog.Build("production", ProfileTests.Parameters);
        var text = full.ToNixText();
        var names = full.KernelModules.Select(k => k.Name).ToHashSet();
        for (int length = 0; length < text.Length; length += 7)
        {
            // A prefix reads no kernel module the whole text does not have (the last one may be cut short).
            var read = K3sNodeModule.Parse(text[..length]).KernelModules.Select(k => k.Name).ToList();
            Assert.True(read.All(r => names.Any(n => n.StartsWith(r, StringComparison.Ordinal))), $"length {length}: {string.Join(" ", read)}");
        }
    }

    [Fact]
    public void AModuleExpressionInsideAFileIsReadAlone()
    {
        var tree = NixSyntaxTree.ParseText("""{ node = { boot.kernelModules = [ "br_netfilter" ]; }; other = 1; }""", "/virtual/nested.nix");
        var inner = tree.GetRoot().DescendantNodes().OfType<AttrPathValueSyntax>().First().Value;
        var m = K3sNodeModule.FromSyntax(inner);
        Assert.Equal(["br_netfilter"], m.KernelModules.Select(k => k.Name));
        Assert.Empty(m.OtherSettings.Bindings);
    }

    [Fact]
    public void ANameOnlyTheParserResolvesKeepsItsComment()
    {
        var m = K3sNodeModule.Parse("""
            {
              # open for the cluster
              ${"networking"}.firewall = { enable = false; };
            }
            """);
        Assert.False(m.Firewall.Enable);
        Assert.Equal(Remark.Above("open for the cluster"), m.Remarks["networking.firewall"]);
    }
}
