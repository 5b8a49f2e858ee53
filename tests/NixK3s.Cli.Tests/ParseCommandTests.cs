using System.Text.Json;

namespace NixK3s.Cli.Tests;

/// <summary><c>nixk3s parse</c>, run as a process the way people run it: outputs and exit codes.</summary>
public class ParseCommandTests
{
    private static string RepoRoot => Nixk3sProcess.RepoRoot;

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Nixk3sProcess.Run(args);

    private static string Example => Path.Combine(RepoRoot, "examples", "k3s-server.nix");

    [Fact]
    public void ParsesTheBundledExampleWithoutErrors()
    {
        var (code, output, error) = Run("parse", Example);
        Assert.Equal(0, code);
        Assert.Contains("parsed, no errors", output);
        Assert.Equal("", error);
    }

    [Fact]
    public void TreePrintsKindsAndTokens()
    {
        var (code, output, _) = Run("parse", Example, "--tree");
        Assert.Equal(0, code);
        Assert.StartsWith("SourceFile 0..", output);
        Assert.Contains("IdentifierToken", output);
        Assert.Contains("leading SingleLineCommentTrivia", output);
    }

    [Fact]
    public void JsonHasDiagnosticsAndTheWholeText()
    {
        var (code, output, _) = Run("parse", Example, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal("SourceFile", json.RootElement.GetProperty("root").GetProperty("kind").GetString());
        // Concatenating every token's trivia and text gives back the file.
        var text = new System.Text.StringBuilder();
        var stack = new Stack<JsonElement>();
        stack.Push(json.RootElement.GetProperty("root"));
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.TryGetProperty("children", out var children))
            {
                for (int i = children.GetArrayLength() - 1; i >= 0; i--) stack.Push(children[i]);
                continue;
            }
            foreach (var side in new[] { "leading", "text", "trailing" })
            {
                if (!element.TryGetProperty(side, out var value)) continue;
                if (value.ValueKind == JsonValueKind.String) text.Append(value.GetString());
                else foreach (var trivia in value.EnumerateArray()) text.Append(trivia.GetProperty("text").GetString());
            }
        }
        Assert.Equal(File.ReadAllText(Example), text.ToString());
    }

    [Fact]
    public void SyntaxErrorsGiveExitCodeOneWithPositions()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "{ a = 1 b = 2; }\n");
            var (code, output, _) = Run("parse", file);
            Assert.Equal(1, code);
            Assert.Contains($"{file}:1:8: error NIX1002: Expected ';' before identifier 'b'", output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("parse", "a.nix", "--bogus")]
    [InlineData("parse", "a.nix", "--tree", "--json")]
    [InlineData("no-such-verb")]
    public void BadArgumentsGiveExitCodeTwoAndOneMessage(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("nixk3s: ", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
    }

    [Fact]
    public void UnreadableFileGivesExitCodeTwo()
    {
        var (code, _, error) = Run("parse", "/no/such/file.nix");
        Assert.Equal(2, code);
        Assert.StartsWith("nixk3s: cannot read", error);
    }
}
