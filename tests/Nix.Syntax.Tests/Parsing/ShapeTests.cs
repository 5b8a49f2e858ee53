using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax.Tests.Parsing;

/// <summary>
/// The tree builder and NixSyntax.xml agree: every node the parser makes, for valid and broken input alike,
/// has exactly the slots its kind declares, with tokens of allowed kinds and nodes of the declared types.
/// </summary>
public class ShapeTests
{
    public static TheoryData<string> Files() => CorpusTests.AllFiles();

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryNodeHasItsDeclaredShape(string file)
    {
        var root = NixSyntaxTree.ParseFile(Path.Combine(TestPaths.TestData, file)).GetRoot();
        var problems = root.DescendantNodesAndSelf().SelectMany(Check).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void DamagedProgramsKeepTheirShapes()
    {
        var text = File.ReadAllText(TestPaths.NixFiles("valid").First(f => Path.GetFileName(f).Contains("k3s")));
        var tokens = NixSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
        foreach (var token in tokens)
        {
            var root = NixSyntaxTree.ParseText(text.Remove(token.Span.Start, token.Span.Length)).GetRoot();
            var problems = root.DescendantNodesAndSelf().SelectMany(Check).ToList();
            Assert.True(problems.Count == 0, $"without '{token.Text}' at {token.Span}: " + string.Join("\n", problems));
        }
    }

    internal static IEnumerable<string> Check(SyntaxNode node)
    {
        var green = node.Green;
        if (!SyntaxShapes.TryGetShape(node.Kind, out var shape))
        {
            yield return $"{node.Kind}: no shape";
            yield break;
        }
        if (shape.Type != node.GetType()) yield return $"{node.Kind}: red type {node.GetType().Name}, declared {shape.TypeName}";
        if (green.SlotCount != shape.Slots.Count)
        {
            yield return $"{node.Kind}: {green.SlotCount} slots, declared {shape.Slots.Count}";
            yield break;
        }
        for (int i = 0; i < shape.Slots.Count; i++)
        {
            var slot = shape.Slots[i];
            var child = green.GetSlot(i);
            if (child is null)
            {
                if (!slot.IsOptional) yield return $"{node.Kind}.{slot.Name}: absent but required";
                continue;
            }
            switch (slot.Kind)
            {
                case SyntaxSlotKind.Token:
                    if (child is not GreenToken token || !slot.TokenKinds.Contains(token.Kind))
                        yield return $"{node.Kind}.{slot.Name}: {child.Kind} not among {string.Join("/", slot.TokenKinds)}";
                    break;
                case SyntaxSlotKind.Node:
                    if (child.IsToken || child.IsList || !IsOfType(child.Kind, slot.NodeType!))
                        yield return $"{node.Kind}.{slot.Name}: {child.Kind} is not a {slot.NodeTypeName}";
                    break;
                case SyntaxSlotKind.List:
                case SyntaxSlotKind.SeparatedList:
                    if (!child.IsList) { yield return $"{node.Kind}.{slot.Name}: {child.Kind} is not a list"; break; }
                    for (int j = 0; j < child.SlotCount; j++)
                    {
                        var item = child.GetSlot(j)!;
                        bool separator = slot.Kind == SyntaxSlotKind.SeparatedList && j % 2 == 1;
                        if (separator)
                        {
                            if (!slot.TokenKinds.Contains(item.Kind)) yield return $"{node.Kind}.{slot.Name}[{j}]: separator {item.Kind}";
                        }
                        else if (item.IsToken || !IsOfType(item.Kind, slot.NodeType!))
                        {
                            yield return $"{node.Kind}.{slot.Name}[{j}]: {item.Kind} is not a {slot.NodeTypeName}";
                        }
                    }
                    break;
            }
        }
    }

    private static bool IsOfType(NixSyntaxKind kind, Type type) =>
        SyntaxShapes.TryGetShape(kind, out var shape) && type.IsAssignableFrom(shape.Type);
}
