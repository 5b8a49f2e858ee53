using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nix.Syntax;

namespace K3s.Modules.Tests.Model;

/// <summary>Reading back what the library emits gives the same model, for random models.</summary>
public sealed class RoundTripProperties
{
    private static Arbitrary<int> Seeds => Arb.From(Gen.Choose(0, int.MaxValue));

    [Property(MaxTest = 300)]
    public Property FromSyntaxOfToSyntaxTreeIsTheModel() =>
        Prop.ForAll(Seeds, seed =>
        {
            var module = ModuleGenerator.Generate(new Random(seed));
            var tree = module.ToSyntaxTree();
            var read = K3sNodeModule.FromSyntax(tree);
            return module.Equals(read).Label($"seed {seed}: {Differences(module, read)}\n{tree.ToFullString()}");
        });

    [Property(MaxTest = 300)]
    public Property ParsingTheEmittedTextGivesTheModelAndNoDiagnostics() =>
        Prop.ForAll(Seeds, seed =>
        {
            var module = ModuleGenerator.Generate(new Random(seed));
            var text = module.ToNixText();
            var tree = NixSyntaxTree.ParseText(text);
            var read = K3sNodeModule.FromSyntax(tree.GetRoot());
            return (!tree.GetDiagnostics().Any() && module.Equals(read))
                .Label($"seed {seed}: {Differences(module, read)}\n{text}\n{string.Join("\n", tree.GetDiagnostics())}");
        });

    // The members that differ, with both values, so that a failure says what was lost.
    private static string Differences(object expected, object actual)
    {
        var lines = new List<string>();
        foreach (var property in expected.GetType().GetProperties())
        {
            var e = property.GetValue(expected);
            var a = property.GetValue(actual);
            if (Equals(e, a)) continue;
            if (e is K3sService or Firewall or Containerd) lines.Add(property.Name + ": " + Differences(e, a!));
            else lines.Add($"{property.Name}: expected {e}, read {a}");
        }
        return string.Join("; ", lines);
    }

    [Fact]
    public void ModelsWithDifferentContentAreNotEqual()
    {
        var a = ModuleGenerator.Generate(new Random(1));
        Assert.NotEqual(a, a with { SystemPackages = a.SystemPackages.Add("different") });
        Assert.Equal(a, ModuleGenerator.Generate(new Random(1)));
    }
}
