using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nix.Syntax.Tests.Differential;
using Nix.Syntax.Tests.Generators;

namespace Nix.Syntax.Tests.RoundTrip;

/// <summary>Properties over random valid programs covering every construct (see <see cref="NixProgramGenerator"/>).</summary>
public class GeneratedProgramProperties
{
    private static Arbitrary<string> Programs => NixProgramGenerator.ProgramArbitrary();

    [Property(MaxTest = 300)]
    public Property ValidProgramsHaveNoDiagnosticsAndRoundTrip() =>
        Prop.ForAll(Programs, text =>
        {
            var tree = NixSyntaxTree.ParseText(text);
            var diagnostics = tree.GetDiagnostics().Where(d => d.Id != "NIX2001").ToList();
            return (diagnostics.Count == 0 && tree.GetRoot().ToFullString() == text)
                .Label($"diagnostics: {string.Join("; ", diagnostics)}");
        });

    [Property(MaxTest = 200)]
    public Property DeletingAnyTokenStillRoundTrips() =>
        Prop.ForAll(Programs, Gen.Choose(0, int.MaxValue).ToArbitrary(), (text, pick) =>
        {
            var tokens = NixSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
            if (tokens.Count == 0) return true;
            var span = tokens[pick % tokens.Count].Span;
            var damaged = text.Remove(span.Start, span.Length);
            var tree = NixSyntaxTree.ParseText(damaged);
            return tree.GetRoot().ToFullString() == damaged && tree.GetRoot().FullSpan.Length == damaged.Length;
        });

    [Fact]
    public void DeletingEachTokenOfTheK3sModuleRoundTrips()
    {
        // Roslyn's ParseIncompleteSyntax: every token, one at a time, on a real-looking file.
        var file = TestPaths.NixFiles("valid").First(f => Path.GetFileName(f).Contains("k3s"));
        var text = File.ReadAllText(file);
        var tokens = NixSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
        Assert.True(tokens.Count > 50);
        foreach (var token in tokens)
        {
            var damaged = text.Remove(token.Span.Start, token.Span.Length);
            Assert.Equal(damaged, NixSyntaxTree.ParseText(damaged).GetRoot().ToFullString());
        }
    }

    [NixInstalledFact]
    public void GeneratedProgramsAgreeWithNix()
    {
        var dir = Directory.CreateTempSubdirectory("nixk3s-diff-");
        try
        {
            var samples = NixProgramGenerator.Program().Sample(300, 50);
            var files = new List<string>();
            int i = 0;
            foreach (var program in samples)
            {
                var path = Path.Combine(dir.FullName, $"p{i++}.nix");
                File.WriteAllText(path, program);
                files.Add(path);
            }
            // Damaged programs too: Nix and we must agree on what is broken, not only on what is fine.
            var random = new Random(7);
            foreach (var program in samples.Take(150))
            {
                var tokens = NixSyntaxTree.ParseText(program).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
                if (tokens.Count == 0) continue;
                var span = tokens[random.Next(tokens.Count)].Span;
                var path = Path.Combine(dir.FullName, $"d{i++}.nix");
                File.WriteAllText(path, program.Remove(span.Start, span.Length));
                files.Add(path);
            }
            var disagreements = NixDifferentialTests.Disagreements(files);
            Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Select(d => d + "\n---\n" + File.ReadAllText(d.Split(':')[0]))));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
