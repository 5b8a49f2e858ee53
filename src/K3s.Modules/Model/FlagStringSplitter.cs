using K3s.Modules.Text;
using K3s.Modules.Values;
using Nix.Syntax;
using R = K3s.Modules.Reading;

namespace K3s.Modules;

/// <summary>
/// Splits <c>services.k3s.extraFlags</c> given as one string (a literal, an indented string, <c>toString [ … ]</c>,
/// <c>concatStringsSep " " [ … ]</c>, as the reader evaluates them) into the typed flag list, the way systemd splits
/// the ExecStart line nixpkgs writes it into. A part only evaluation knows stays an interpolation of its source
/// expression, which carries its location (<see cref="NixExpression.Location"/>): inside a flag
/// (<c>--node-ip=${…}</c>), or as a flag of its own when a whole word is unknown (it may stand for several flags).
/// </summary>
internal static class FlagStringSplitter
{
    /// <summary>The flags of a known or partly known string; null when it is not a string or a hole has no source.</summary>
    public static Values.NixList? Split(R.NixValue value)
    {
        // Only strings split: a wholly unknown value may be a list, so it stays as written.
        if (value is not (R.NixString or R.NixStringPattern)) return null;
        var holes = new List<R.UnknownValue>();
        var text = R.HoledText.Of(value, holes)!;
        if (holes.Any(h => h.Syntax is not ExpressionSyntax)) return null;
        var items = new List<NixListItem>();
        int hole = 0;
        foreach (var (word, _) in ExecStartTokenizer.Split(text))
        {
            var parts = new List<StringPart>();
            int start = 0;
            for (int i = 0; i <= word.Length; i++)
            {
                if (i < word.Length && word[i] != ExecStartTokenizer.Hole) continue;
                if (i > start) parts.Add(new TextPart(word[start..i]));
                if (i < word.Length)
                {
                    if (hole >= holes.Count) return null;
                    parts.Add(new InterpolationPart(NixExpression.FromSyntax((ExpressionSyntax)holes[hole++].Syntax!)));
                }
                start = i + 1;
            }
            items.Add(new NixListItem(new Values.NixString(parts)));
        }
        return new Values.NixList(items.ToEquatableList());
    }
}
