using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using K3s.Modules.Tests.Model;
using K3s.Modules.Values;
using Nix.Syntax;

namespace K3s.Modules.Tests.Emit;

/// <summary>
/// Large sections (sysctls, free-form settings) print from the model with their bindings made on first read, a
/// path the small random models of <see cref="RoundTripProperties"/> never reach. For random large sections built
/// from the generator's values (strings with escapes and interpolations, lists, priorities, negative numbers,
/// expressions, comments), the lazy tree must print what the leaf definitions print, parse back to an equivalent
/// tree, and keep its text after a walk has made every binding.
/// </summary>
public sealed class LazySectionProperties
{
    private const int Bindings = 300; // above the emitter's lazy threshold

    private static Arbitrary<int> Seeds => Arb.From(Gen.Choose(0, int.MaxValue));

    [Property(MaxTest = 25)]
    public Property ALargeSectionPrintsAsItsLeafDefinitionsAndAsTheParserReadsIt() =>
        Prop.ForAll(Seeds, seed =>
        {
            var module = LargeModule(seed);
            var tree = module.ToSyntaxTree();
            var text = tree.ToFullString();
            var fromLeaves = Modules.Emit.ModuleEmitter.Emit(module.ToDefinitions()).ToFullString();
            var parsed = NixSyntaxTree.ParseText(text);
            int walked = tree.DescendantNodesAndTokens().Count();
            return (text == fromLeaves
                    && !parsed.GetDiagnostics().Any()
                    && parsed.GetRoot().IsEquivalentTo(tree)
                    && walked > 2 * Bindings
                    && tree.ToFullString() == text)
                .Label($"seed {seed}: same as leaves {text == fromLeaves}, diagnostics {string.Join("; ", parsed.GetDiagnostics().Take(3))}, "
                    + $"equivalent {parsed.GetRoot().IsEquivalentTo(tree)}, walked {walked}, after walk {tree.ToFullString() == text}\n{FirstDifference(text, fromLeaves)}");
        });

    // Names that print bare, quoted, escaped or empty, few enough that consecutive paths share many of them.
    private static readonly string[] Names = ["a", "b-c", "x.y", "with", "q\"uote", "${z}", "", "io.containerd.grpc.v1.cri", "k'"];

    [Property(MaxTest = 25)]
    public Property PathsThatShareNamesWithTheBindingBeforeHaveTheWidthTheyPrint() =>
        Prop.ForAll(Seeds, seed =>
        {
            // The emitter measures a name once for consecutive paths that have it at the same place; paths here grow
            // and shrink (1 to 14 names, past the measure's first array) and repeat names at random places.
            var random = new Random(seed);
            var settings = Enumerable.Range(0, Bindings).Select(i => new NixBinding(
                OptionPath.Of(["plugins", $"b{i}", .. Enumerable.Range(0, random.Next(0, 13)).Select(_ => Names[random.Next(Names.Length)])]),
                new NixInt(i))).ToEquatableList();
            var module = new K3sNodeModule { Containerd = new Containerd { Settings = new NixAttrs(settings) } };
            var tree = module.ToSyntaxTree();
            var text = tree.ToFullString();
            var fromLeaves = Modules.Emit.ModuleEmitter.Emit(module.ToDefinitions()).ToFullString();
            int walked = tree.DescendantNodesAndTokens().Count(); // makes every binding, checking its width
            return (text == fromLeaves && walked > Bindings && NixSyntaxTree.ParseText(text).GetRoot().IsEquivalentTo(tree))
                .Label($"seed {seed}\n{FirstDifference(text, fromLeaves)}");
        });

    [Theory]
    [InlineData(1)]
    [InlineData(Bindings)]
    public void AnEmptyNameIsAStringWithoutPartsAsTheParserReadsIt(int count)
    {
        // Found by the property above: the emitter made `""` with one empty text piece, which no parse gives.
        var module = new K3sNodeModule
        {
            Containerd = new Containerd
            {
                Settings = new NixAttrs(Enumerable.Range(0, count)
                    .Select(i => new NixBinding(OptionPath.Of("plugins", "b" + i, ""), new NixInt(i))).ToEquatableList()),
            },
            Sysctls = Enumerable.Range(0, count).Select(i => new Sysctl(i == 0 ? "" : "k." + i, i)).ToEquatableList(),
        };
        var tree = module.ToSyntaxTree();
        var parsed = NixSyntaxTree.ParseText(tree.ToFullString());
        Assert.Empty(parsed.GetDiagnostics());
        Assert.Contains("\"\" = 0;", tree.ToFullString());
        Assert.True(parsed.GetRoot().IsEquivalentTo(tree));
    }

    private static string FirstDifference(string a, string b)
    {
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (i == a.Length && i == b.Length) return "";
        int from = Math.Max(0, a.LastIndexOf('\n', Math.Max(0, i - 1)) - 200);
        return $"lazy:\n{a.Substring(from, Math.Min(400, a.Length - from))}\nleaves:\n{b.Substring(from, Math.Min(400, b.Length - from))}";
    }

    // The sysctls and settings of many generated modules, renamed so that their paths stay distinct.
    private static K3sNodeModule LargeModule(int seed)
    {
        var sysctls = new List<Sysctl>();
        var settings = new List<NixBinding>();
        for (int j = 0; sysctls.Count < Bindings || settings.Count < Bindings; j++)
        {
            var source = ModuleGenerator.Generate(new Random(unchecked(seed + j)));
            foreach (var sysctl in source.Sysctls) sysctls.Add(sysctl with { Key = $"{sysctl.Key}.n{sysctls.Count}" });
            var leaves = (source.Containerd?.Settings?.Bindings ?? []).Concat(source.OtherSettings.Bindings);
            foreach (var leaf in leaves)
            {
                var path = leaf.Path;
                settings.Add(leaf with { Path = OptionPath.Of(["plugins", $"b{settings.Count}", .. Enumerable.Range(1, path.Length - 1).Select(i => path[i])]) });
            }
        }
        return new K3sNodeModule
        {
            Sysctls = sysctls.ToEquatableList(),
            Containerd = new Containerd { Settings = new NixAttrs(settings.ToEquatableList()) },
        };
    }
}
