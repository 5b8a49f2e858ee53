using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax.Tests.Parsing;

/// <summary>
/// The compact green representations (kind, flags and hash packed in one word; tokens of one class per trivia
/// shape; lists of one item, and the nodes around a string's, path's or attribute path's one token, made on
/// demand; bindings that leave out their shared <c>=</c> and <c>;</c>) keep the green contract: the same kinds,
/// flags, widths, trivia and slots, and a slot is the same object every time it is read.
/// </summary>
public class CompactGreenTests
{
    [Fact]
    public void EverySyntaxKindFitsInAGreenNode()
    {
        foreach (var kind in Enum.GetValues<NixSyntaxKind>())
        {
            Assert.True((int)kind <= GreenNode.MaxKindValue, $"{kind} = {(int)kind}");
            var node = GreenSyntaxNode.Create(kind, GreenToken.CreateMissing(NixSyntaxKind.IdentifierToken));
            node.MarkShared();
            node.MarkAnnotated();
            Assert.Equal(kind, node.Kind);
            Assert.True(node.IsShared);
            Assert.True(node.HasAnnotations);
            Assert.True(node.ContainsAnnotations);
            Assert.True((node.Flags & GreenFlags.ContainsMissing) != 0);
            Assert.False(node.IsMissing);
        }
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void TokensKeepTheTriviaTheyHave(bool leading, bool trailing)
    {
        var before = leading ? GreenTrivia.Create(NixSyntaxKind.WhitespaceTrivia, "  ") : null;
        var after = trailing ? GreenTrivia.Create(NixSyntaxKind.SkippedTokensTrivia, "@@") : null;
        var token = GreenToken.Create(NixSyntaxKind.IdentifierToken, "name", before, after);

        Assert.Same(before, token.LeadingTrivia);
        Assert.Same(after, token.TrailingTrivia);
        Assert.Equal(4 + (leading ? 2 : 0) + (trailing ? 2 : 0), token.FullWidth);
        Assert.Equal(trailing, (token.Flags & GreenFlags.ContainsSkippedText) != 0);
        Assert.Equal((leading ? "  " : "") + "name" + (trailing ? "@@" : ""), token.ToFullString());

        var swapped = token.WithLeadingTrivia(after).WithTrailingTrivia(before);
        Assert.Same(after, swapped.LeadingTrivia);
        Assert.Same(before, swapped.TrailingTrivia);
        Assert.Equal(token.FullWidth, swapped.FullWidth);
    }

    [Fact]
    public void AMissingTokenWithTriviaStaysMissing()
    {
        var trivia = GreenTrivia.Create(NixSyntaxKind.WhitespaceTrivia, " ");
        var missing = GreenToken.CreateMissing(NixSyntaxKind.SemicolonToken, trivia, null).WithTrailingTrivia(trivia);
        Assert.True(missing.IsMissing);
        Assert.Equal(2, missing.FullWidth);
        Assert.Equal(string.Empty, missing.Text);
    }

    [Fact]
    public void AListOfOneMadeOnDemandIsOneObjectForEveryReader()
    {
        var root = NixSyntaxTree.ParseText("{ name = ./file.nix; }").GetRoot();
        var path = root.DescendantNodes().OfType<AttrPathSyntax>().Single().Green;
        var pathExpression = root.DescendantNodes().OfType<PathExpressionSyntax>().Single().Green;
        foreach (var node in new[] { path, pathExpression })
        {
            var lists = new GreenNode?[8];
            Parallel.For(0, lists.Length, i => lists[i] = node.GetSlot(0));
            var list = Assert.IsAssignableFrom<GreenList>(lists[0]);
            Assert.All(lists, l => Assert.Same(list, l));
            Assert.Equal(1, list.SlotCount);
            Assert.Equal(node.FullWidth, list.FullWidth);
            Assert.Same(list, node.GetSlot(0));
        }
        Assert.Equal(NixSyntaxKind.IdentifierAttrName, path.GetSlot(0)!.GetSlot(0)!.Kind);
        Assert.Equal(NixSyntaxKind.StringText, pathExpression.GetSlot(0)!.GetSlot(0)!.Kind);
    }

    [Theory]
    [InlineData("\"x86_64-linux\"", NixSyntaxKind.StringExpression, NixSyntaxKind.StringTextToken)]
    [InlineData("''\n  echo hi\n''", NixSyntaxKind.IndentedStringExpression, NixSyntaxKind.IndentedStringTextToken)]
    public void AStringOfOnePieceMakesItsPartOnFirstReadForEveryReader(string literal, NixSyntaxKind kind, NixSyntaxKind textKind)
    {
        var root = NixSyntaxTree.ParseText($"{{ a = {literal}; }}").GetRoot();
        var node = root.DescendantNodes().Single(n => n.Kind == kind).Green;
        var text = Assert.IsAssignableFrom<GreenToken>(node.PeekSlot(1));
        Assert.Equal(textKind, text.Kind);

        var lists = new GreenNode?[8];
        Parallel.For(0, lists.Length, i => lists[i] = node.GetSlot(1));
        var list = Assert.IsAssignableFrom<GreenList>(lists[0]);
        Assert.All(lists, l => Assert.Same(list, l));
        var part = Assert.Single(root.DescendantNodes().Single(n => n.Kind == kind).ChildNodes().OfType<StringTextSyntax>());
        Assert.Same(list.GetSlot(0), part.Green);
        Assert.Same(text, part.Green.GetSlot(0));
        Assert.Equal(node.GetSlot(0)!.FullWidth + text.FullWidth + node.GetSlot(2)!.FullWidth, node.FullWidth);
        Assert.Equal(literal, root.DescendantNodes().Single(n => n.Kind == kind).ToString());
    }

    [Fact]
    public void StringsOfSeveralPiecesKeepTheirPartsList()
    {
        var root = NixSyntaxTree.ParseText("{ a = \"x${y}z\"; b = \"\"; }").GetRoot();
        var strings = root.DescendantNodes().OfType<StringExpressionSyntax>().ToList();
        Assert.Equal(3, strings[0].Green.GetSlot(1)!.SlotCount);
        Assert.Same(strings[0].Green.GetSlot(1), strings[0].Green.PeekSlot(1));
        Assert.Equal(0, strings[1].Green.GetSlot(1)!.SlotCount);
    }

    [Fact]
    public void ABindingOfTheCommonLayoutSharesItsPunctuation()
    {
        var root = NixSyntaxTree.ParseText("{\n  a = 1;\n  b = 2; c =\n    3;\n}\n").GetRoot();
        var bindings = root.DescendantNodes().OfType<AttrPathValueSyntax>().Select(b => b.Green).ToList();
        Assert.Same(GreenToken.EqualsSpace, bindings[0].GetSlot(1));
        Assert.Same(GreenToken.SemicolonLineFeed, bindings[0].GetSlot(3));
        // `b = 2; ` ends in a space and `c =` in a line end: their own tokens, as written.
        Assert.Equal(" ", ((GreenToken)bindings[1].GetSlot(3)!).TrailingTrivia!.ToFullString());
        Assert.Equal("\n", ((GreenToken)bindings[2].GetSlot(1)!).TrailingTrivia!.ToFullString());
        foreach (var binding in bindings)
        {
            int width = 0;
            for (int i = 0; i < binding.SlotCount; i++) width += binding.GetSlot(i)!.FullWidth;
            Assert.Equal(width, binding.FullWidth);
        }
        Assert.Equal("{\n  a = 1;\n  b = 2; c =\n    3;\n}\n", root.ToFullString());
    }

    [Fact]
    public void PrintingATreeMakesNoSlotsOnFirstRead()
    {
        // Ten thousand bindings of one name, one-piece strings and one-piece paths: if printing made their lazy
        // slots it would allocate three objects a binding on top of the text.
        var text = "{\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"  n{i} = [ \"s{i}\" ./p{i} ];\n")) + "}\n";
        var root = NixSyntaxTree.ParseText(text).GetRoot();
        root.ToFullString();
        long before = GC.GetAllocatedBytesForCurrentThread();
        var printed = root.ToFullString();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(text, printed);
        Assert.True(allocated < 2L * text.Length + 4_096, $"printing allocated {allocated:N0} bytes for {text.Length:N0} characters");
    }

    [Fact]
    public void LongTextsKeepASliceOfTheSourceAndMakeTheirStringOnceOnFirstRead()
    {
        string body = new('b', 100), comment = "# " + new string('c', 100);
        string text = $"{comment}\n{{ a = \"{body}\"; }}\n";
        var root = NixSyntaxTree.ParseText(text).GetRoot();
        var token = root.DescendantTokens().Single(t => t.Kind == NixSyntaxKind.StringTextToken).Node!;
        Assert.Equal(body, token.TextSpan.ToString());

        var texts = new string[8];
        Parallel.For(0, texts.Length, i => texts[i] = token.Text);
        Assert.Equal(body, texts[0]);
        Assert.All(texts, t => Assert.Same(texts[0], t));
        Assert.Same(texts[0], token.Text);

        var trivia = root.DescendantTrivia().Single(t => t.Kind == NixSyntaxKind.SingleLineCommentTrivia);
        Assert.Equal(comment, trivia.ToString());
        Assert.Equal(text, root.ToFullString());

        // Edited copies carry the text as a string of their own.
        var edited = token.WithLeadingTrivia(GreenTrivia.Spaces(2));
        Assert.Equal(body, edited.Text);
        Assert.Equal(token.FullWidth + 2, edited.FullWidth);
    }
}
