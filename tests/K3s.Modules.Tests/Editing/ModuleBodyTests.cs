using K3s.Modules.Editing;
using Nix.Syntax;

namespace K3s.Modules.Tests.Editing;

/// <summary>
/// One function finds a module's attribute set for reading and for editing; the one difference, a <c>rec</c> set,
/// is its explicit option: bindings in it can be read and changed, but no new binding is added to it.
/// </summary>
public sealed class ModuleBodyTests
{
    private static SyntaxNode Root(string text) => NixSyntaxTree.ParseText(text).GetRoot();

    [Theory]
    [InlineData("{ a = 1; }")]
    [InlineData("{ ... }: { a = 1; }")]
    [InlineData("({ ... }: { a = 1; })")]
    [InlineData("{ lib, ... }: let b = 2; in { a = 1; }")]
    [InlineData("{ lib, ... }: with lib; ({ a = 1; })")]
    public void TheBodyIsFoundThroughFunctionParenthesesLetAndWith(string text)
    {
        foreach (bool includeRecursive in new[] { true, false })
        {
            var body = ModuleBody.Find(Root(text), includeRecursive);
            Assert.NotNull(body);
            Assert.Equal("a = 1;", Assert.Single(body.Bindings).ToString());
        }
    }

    [Fact]
    public void ARecursiveSetIsTheBodyOnlyWhenRecursiveSetsAreIncluded()
    {
        var root = Root("{ ... }: rec { a = 1; b = a; }");
        Assert.Equal(2, ModuleBody.Find(root, includeRecursive: true)!.Bindings.Count);
        Assert.Null(ModuleBody.Find(root, includeRecursive: false));
    }

    [Fact]
    public void AnExpressionThatIsNoSetHasNoBody() => Assert.Null(ModuleBody.Find(Root("{ ... }: lib.mkMerge [ { } ]"), includeRecursive: true));

    private const string RecursiveModule = """
        { ... }:
        rec {
          boot.kernelModules = [ "overlay" ];
        }

        """;

    [Fact]
    public void AListInARecursiveModuleTakesAnElement()
    {
        var edited = ModuleEditor.AppendToList(Root(RecursiveModule), "boot.kernelModules", "br_netfilter").ToFullString();
        Assert.Equal(RecursiveModule.Replace("\"overlay\" ]", "\"overlay\" \"br_netfilter\" ]", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void ARecursiveModuleTakesNoNewBinding()
    {
        var document = K3sModuleDocument.Parse(RecursiveModule, "/virtual/rec.nix");
        Assert.Equal(new[] { "overlay" }, document.Model.KernelModules.Select(k => k.Name));
        var result = document.Apply(document.Model with { K3s = document.Model.K3s with { Enable = true } });
        var refusal = Assert.Single(result.Refusals);
        Assert.Contains("no module of the host has a plain attribute set", refusal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AListInALetModuleTakesAnElement()
    {
        const string text = "{ ... }:\nlet modules = [ ]; in\n{\n  boot.kernelModules = [ \"overlay\" ];\n}\n";
        var edited = ModuleEditor.AppendToList(Root(text), "boot.kernelModules", "br_netfilter").ToFullString();
        Assert.Equal(text.Replace("\"overlay\" ]", "\"overlay\" \"br_netfilter\" ]", StringComparison.Ordinal), edited);
    }
}
