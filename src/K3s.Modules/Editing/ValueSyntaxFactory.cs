using System.Text;
using K3s.Modules.Values;
using Nix.Syntax;

namespace K3s.Modules.Editing;

/// <summary>
/// Syntax for model values and bindings to splice into a person's file: printed by the module emitter (so values
/// look as the library prints them), re-indented to the place they go, and parsed back into nodes.
/// </summary>
internal static class ValueSyntaxFactory
{
    private static readonly OptionPath Placeholder = OptionPath.Of("x");

    /// <summary>The expression of <paramref name="value"/>; lines after the first are indented by <paramref name="indent"/>.</summary>
    public static ExpressionSyntax Expression(NixValue value, string indent)
    {
        var binding = Emitted(value, remark: null);
        var text = Reindent(binding.Value.ToString(), indent, firstLine: false);
        return ((SourceFileSyntax)NixSyntaxTree.ParseText(text).GetRoot()).Expression;
    }

    /// <summary>
    /// The bindings <c>relative = value;</c> with the remark's comments, each line indented by <paramref name="indent"/>
    /// and ending with <paramref name="endOfLine"/>; or, for a one-line set, the binding alone followed by a space.
    /// </summary>
    public static IReadOnlyList<BindingSyntax> Bindings(OptionPath relative, NixValue value, Remark? remark, string indent, string endOfLine, bool multiline)
    {
        var binding = Emitted(value, multiline ? remark : null);
        var full = binding.ToFullString();
        int pathStart = binding.AttrPath.Span.Start - binding.FullSpan.Start;
        full = full[..pathStart] + relative + full[(pathStart + binding.AttrPath.Span.Length)..];
        string text = multiline ? Reindent(full, indent, firstLine: true).Replace("\n", endOfLine, StringComparison.Ordinal) : full.Trim() + " ";
        var set = (AttrSetExpressionSyntax)((SourceFileSyntax)NixSyntaxTree.ParseText("{" + (multiline ? endOfLine : " ") + text + "}").GetRoot()).Expression;
        return set.Bindings.ToList();
    }

    private static AttrPathValueSyntax Emitted(NixValue value, Remark? remark)
    {
        var file = Emit.ModuleEmitter.Emit([new Definition(Placeholder, value, remark)]);
        var body = ModuleBody.Find(file, includeRecursive: true) ?? throw new InvalidOperationException("The emitter printed no module body.");
        return (AttrPathValueSyntax)body.Bindings[0];
    }

    // The emitter indents a module's bindings by two spaces: lines move from there to `indent`.
    private static string Reindent(string text, string indent, bool firstLine)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var builder = new StringBuilder(text.Length + lines.Length * indent.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0) builder.Append('\n');
            var line = lines[i];
            if (i == 0 && !firstLine) { builder.Append(line); continue; }
            if (line.Length == 0) continue;
            builder.Append(indent).Append(line.StartsWith("  ", StringComparison.Ordinal) ? line[2..] : line.TrimStart(' '));
        }
        return builder.ToString();
    }
}
