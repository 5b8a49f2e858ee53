using Nix.Syntax.Formatting;

namespace Nix.Syntax.Tests.Formatting;

/// <summary>
/// Golden files in TestData/formatting: each <c>name.in.nix</c> formats to <c>name.out.nix</c> (one file per group of
/// constructs and one for comment positions), the output formats to itself, and verification passes.
/// UPDATE_SNAPSHOTS=1 rewrites the outputs.
/// </summary>
public class FormattingGoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in TestPaths.NixFiles("formatting").Where(f => f.EndsWith(".in.nix", StringComparison.Ordinal)))
            data.Add(Path.GetFileName(file)[..^".in.nix".Length]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void InputFormatsToTheGoldenOutput(string name)
    {
        var folder = Path.Combine(TestPaths.TestData, "formatting");
        var input = File.ReadAllText(Path.Combine(folder, name + ".in.nix"));
        var expectedPath = Path.Combine(folder, name + ".out.nix");
        var result = NixFormatter.Format(input, new NixFormatterOptions { Verify = true });
        Assert.Equal(FormattingStatus.Formatted, result.Status);
        if (TestPaths.UpdateSnapshots) File.WriteAllText(expectedPath, result.Text);
        Assert.Equal(File.ReadAllText(expectedPath), result.Text);

        var again = NixFormatter.Format(result.Text, new NixFormatterOptions { Verify = true });
        Assert.Equal(FormattingStatus.Unchanged, again.Status);
    }
}
