using Nix.Syntax.Formatting;

namespace Nix.Syntax.Tests.Formatting;

/// <summary>The contract of <see cref="NixFormatter.Format(NixSyntaxTree, NixFormatterOptions?)"/>: statuses, force, verify.</summary>
public class NixFormatterApiTests
{
    private static readonly NixFormatterOptions Verified = new() { Verify = true };

    [Fact]
    public void FormatsAModuleAndReportsTheChange()
    {
        var result = NixFormatter.Format("{config,lib,...}:{services.k3s.enable=true;networking.hostName=\"a\";}", Verified);
        Assert.Equal(FormattingStatus.Formatted, result.Status);
        Assert.True(result.Changed);
        // On one source line the set stays on the line of its parameters, as nixfmt does; after a line break it starts its own.
        Assert.Equal("{ config, lib, ... }: {\n  services.k3s.enable = true;\n  networking.hostName = \"a\";\n}\n", result.Text);
        var module = NixFormatter.Format("{config,lib,...}:\n{services.k3s.enable=true;networking.hostName=\"a\";}", Verified);
        Assert.Equal("{ config, lib, ... }:\n{\n  services.k3s.enable = true;\n  networking.hostName = \"a\";\n}\n", module.Text);
        Assert.Null(result.Message);
    }

    [Fact]
    public void FormattedTextIsUnchanged()
    {
        const string text = "{ config, lib, ... }:\n{\n  services.k3s.enable = true;\n}\n";
        var result = NixFormatter.Format(text, Verified);
        Assert.Equal(FormattingStatus.Unchanged, result.Status);
        Assert.False(result.Changed);
        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void FileWithSyntaxErrorsIsLeftAloneUnlessForced()
    {
        const string text = "{ a = 1  b = 2; }";
        var skipped = NixFormatter.Format(text);
        Assert.Equal(FormattingStatus.SkippedSyntaxErrors, skipped.Status);
        Assert.Equal(text, skipped.Text);
        Assert.NotNull(skipped.Message);

        var forced = NixFormatter.Format(text, new NixFormatterOptions { Force = true });
        Assert.NotEqual(FormattingStatus.SkippedSyntaxErrors, forced.Status);
    }

    [Fact]
    public void LineWidthAndIndentSizeAreHonoured()
    {
        const string text = "[ aaaa bbbb cccc ]";
        Assert.Equal("[\n  aaaa\n  bbbb\n  cccc\n]\n", NixFormatter.Format(text, new NixFormatterOptions { LineWidth = 10 }).Text);
        Assert.Equal("{\n    a = 1;\n    b = 2;\n}\n", NixFormatter.Format("{ a = 1; b = 2; }", new NixFormatterOptions { IndentSize = 4 }).Text);
    }

    [Theory]
    [InlineData("lambdas")]
    [InlineData("lets")]
    [InlineData("lists")]
    [InlineData("sums")]
    public void DeeplyNestedInputFormatsWithoutOverflowingTheStack(string shape)
    {
        var text = shape switch
        {
            "lambdas" => string.Concat(Enumerable.Repeat("x: ", 30_000)) + "x",
            "lets" => string.Concat(Enumerable.Repeat("let a = 1; in ", 30_000)) + "a",
            "lists" => new string('[', 4_000) + new string(']', 4_000),
            _ => string.Join(" + ", Enumerable.Repeat("1", 30_000)),
        };
        var tree = NixSyntaxTree.ParseText(text);
        Assert.False(tree.HasErrors);
        var result = NixFormatter.Format(tree, Verified);
        Assert.NotEqual(FormattingStatus.VerificationFailed, result.Status);
        Assert.Equal(NixFormatter.Format(result.Text).Text, result.Text);
    }
}
