using Nix.Syntax.InternalSyntax;

namespace Nix.Syntax;

/// <summary>Turns red trivia into the green form a token stores: null, one trivia, or a list.</summary>
internal static class TriviaGreen
{
    public static GreenNode? FromTrivia(IEnumerable<SyntaxTrivia>? trivia)
    {
        if (trivia is null) return null;
        var greens = new List<GreenNode>();
        foreach (var item in trivia)
        {
            if (item.Node is not null) greens.Add(item.Node);
        }

        return FromGreens(greens);
    }

    public static GreenNode? FromGreens(List<GreenNode> greens) => greens.Count switch
    {
        0 => null,
        1 => greens[0],
        _ => GreenList.Create(greens),
    };

    /// <summary>The trivia of a token's leading or trailing slot, as a list of green trivia.</summary>
    public static List<GreenNode> Items(GreenNode? trivia)
    {
        var items = new List<GreenNode>();
        if (trivia is GreenTrivia single) items.Add(single);
        else if (trivia is not null)
            for (int i = 0; i < trivia.SlotCount; i++) items.Add(trivia.GetSlot(i)!);
        return items;
    }
}
