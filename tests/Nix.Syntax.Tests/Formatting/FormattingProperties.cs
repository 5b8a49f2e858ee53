using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nix.Syntax.Formatting;
using Nix.Syntax.Tests.Generators;
using Xunit.Abstractions;

namespace Nix.Syntax.Tests.Formatting;

/// <summary>Properties of <see cref="NixFormatter"/> over random valid programs (see <see cref="NixProgramGenerator"/>).</summary>
public class FormattingProperties(ITestOutputHelper output)
{
    private static Arbitrary<string> Programs => NixProgramGenerator.ProgramArbitrary();

    /// <summary>
    /// With verification on, a formatted result always parses, means the same and formats to itself, and a file that
    /// fails verification comes back exactly as it was.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property VerifiedFormattingIsNeverWrong() =>
        Prop.ForAll(Programs, text =>
        {
            var tree = NixSyntaxTree.ParseText(text);
            var result = NixFormatter.Format(tree, new NixFormatterOptions { Verify = true });
            if (result.Status == FormattingStatus.VerificationFailed)
                return (result.Text == text).Label("left alone");
            var reparsed = NixSyntaxTree.ParseText(result.Text);
            return (!reparsed.HasErrors).Label("parses")
                .And(FormattingEquivalence.AreEquivalent(tree.GetRoot(), reparsed.GetRoot()).Label("equivalent"))
                .And((NixFormatter.Format(reparsed).Text == result.Text).Label("idempotent"));
        });

    /// <summary>
    /// The share of generated programs (which are deliberately odd: tabs, comments in every gap, paths next to dots)
    /// that format and pass verification. Prints the ones that do not; the floor reflects what is reached today (299–300 of 300; indented strings with tab-indented lines still fail).
    /// </summary>
    [Fact]
    public void MostGeneratedProgramsFormatAndVerify()
    {
        const double floor = 97;
        var programs = NixProgramGenerator.Program().Sample(300, 50).ToList();
        int count = programs.Count;
        Assert.True(count >= 50);
        var failures = new List<string>();
        foreach (var text in programs)
        {
            var result = NixFormatter.Format(text, new NixFormatterOptions { Verify = true });
            if (result.Status == FormattingStatus.VerificationFailed) failures.Add($"{result.Message}\n{text}\n");
        }
        double share = 100.0 * (count - failures.Count) / count;
        output.WriteLine($"{count - failures.Count}/{count} generated programs format and verify ({share:F1} %)");
        foreach (var failure in failures.Take(20)) output.WriteLine(failure);
        Assert.True(share >= floor, $"{share:F1} % of generated programs format and verify; the floor is {floor} %");
    }
}
