using System.Text;
using K3s.Modules.Text;

namespace K3s.Modules.Reading;

/// <summary>
/// The text of a string as the reader knows it, with <see cref="ExecStartTokenizer.Hole"/> standing for each part
/// only evaluation knows, ready for <see cref="ExecStartTokenizer.Split"/>. The linter's flag set and the model's
/// extraFlags splitter read one-string flags through it.
/// </summary>
internal static class HoledText
{
    /// <summary>
    /// The text of a known string, a string pattern (each hole one <see cref="ExecStartTokenizer.Hole"/>) or a wholly
    /// unknown value (one hole); null for any other value. The unknown values are added to <paramref name="holes"/>
    /// in order, when given.
    /// </summary>
    public static string? Of(NixValue value, List<UnknownValue>? holes = null)
    {
        switch (value)
        {
            case NixString s:
                return s.Value;
            case NixStringPattern pattern:
                var text = new StringBuilder();
                foreach (var part in pattern.Parts)
                {
                    if (part.IsText) text.Append(part.Text);
                    else
                    {
                        text.Append(ExecStartTokenizer.Hole);
                        holes?.Add(part.Hole!);
                    }
                }
                return text.ToString();
            case UnknownValue unknown:
                holes?.Add(unknown);
                return ExecStartTokenizer.Hole.ToString();
            default:
                return null;
        }
    }
}
