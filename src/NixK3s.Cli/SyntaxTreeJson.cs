using System.Text.Json;
using Nix.Syntax;
using Nix.Syntax.Diagnostics;

namespace NixK3s.Cli;

/// <summary>
/// Writes a parsed file as JSON: its diagnostics and its full tree (kinds, spans, token texts, trivia).
/// Nodes are written with an explicit stack, so a tree a million levels deep writes like any other.
/// </summary>
internal static class SyntaxTreeJson
{
    public static void Write(NixSyntaxTree tree, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, MaxDepth = int.MaxValue });
        writer.WriteStartObject();
        writer.WriteString("path", tree.FilePath);
        writer.WriteStartArray("diagnostics");
        foreach (var d in tree.GetDiagnostics()) WriteDiagnostic(writer, d);
        writer.WriteEndArray();
        writer.WritePropertyName("root");
        WriteNode(writer, tree.GetRoot());
        writer.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic d)
    {
        var start = d.Location.GetLineSpan().StartLinePosition;
        writer.WriteStartObject();
        writer.WriteString("id", d.Id);
        writer.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
        writer.WriteString("message", d.Message);
        writer.WriteNumber("line", start.Line + 1);
        writer.WriteNumber("column", start.Character + 1);
        writer.WriteNumber("start", d.Location.SourceSpan.Start);
        writer.WriteNumber("length", d.Location.SourceSpan.Length);
        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, SyntaxNode root)
    {
        // Each frame is a node whose children are being written; null marks "close this node".
        var stack = new Stack<SyntaxNodeOrToken?>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            if (item is null)
            {
                writer.WriteEndArray();
                writer.WriteEndObject();
                continue;
            }
            if (item.Value.AsNode() is { } node)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", node.Kind.ToString());
                WriteSpan(writer, "fullSpan", node.FullSpan);
                writer.WriteStartArray("children");
                stack.Push(null);
                var children = node.ChildNodesAndTokens().ToList();
                for (int i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
                continue;
            }
            WriteToken(writer, item.Value.AsToken());
        }
    }

    private static void WriteToken(Utf8JsonWriter writer, SyntaxToken token)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", token.Kind.ToString());
        WriteSpan(writer, "span", token.Span);
        writer.WriteString("text", token.Text);
        if (token.IsMissing) writer.WriteBoolean("missing", true);
        WriteTrivia(writer, "leading", token.LeadingTrivia);
        WriteTrivia(writer, "trailing", token.TrailingTrivia);
        writer.WriteEndObject();
    }

    private static void WriteTrivia(Utf8JsonWriter writer, string name, SyntaxTriviaList trivia)
    {
        if (trivia.Count == 0) return;
        writer.WriteStartArray(name);
        foreach (var t in trivia)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", t.Kind.ToString());
            writer.WriteString("text", t.ToString());
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter writer, string name, Nix.Syntax.Text.TextSpan span)
    {
        writer.WriteStartArray(name);
        writer.WriteNumberValue(span.Start);
        writer.WriteNumberValue(span.End);
        writer.WriteEndArray();
    }
}
