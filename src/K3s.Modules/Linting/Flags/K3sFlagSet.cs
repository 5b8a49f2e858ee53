using K3s.Modules.Reading;
using K3s.Modules.Text;
using Nix.Syntax;

namespace K3s.Modules.Linting.Flags;

/// <summary>
/// The flags a host passes through <c>services.k3s.extraFlags</c> (the winning definitions, lists
/// concatenated), parsed like k3s's CLI parser: <c>--f=v</c>, <c>--f v</c>, bare boolean flags, short
/// aliases. <see cref="HasUnknownFlags"/> says whether some flags cannot be known statically.
/// </summary>
public sealed class K3sFlagSet
{
    private readonly List<FlagOccurrence> _flags = new();

    private K3sFlagSet() { }

    /// <summary>The flags in order.</summary>
    public IReadOnlyList<FlagOccurrence> Flags => _flags;

    /// <summary>Whether part of extraFlags is unknown (so absence of a flag cannot be concluded).</summary>
    public bool HasUnknownFlags { get; private set; }

    /// <summary>Words that are not flags and follow no flag needing a value.</summary>
    public IReadOnlyList<string> StrayWords => _stray;

    private readonly List<string> _stray = new();

    /// <summary>The definitions read.</summary>
    public IReadOnlyList<OptionDefinition> Definitions { get; private set; } = [];

    /// <summary>The occurrences of <paramref name="name"/> (long name without dashes).</summary>
    public IEnumerable<FlagOccurrence> Named(string name) => _flags.Where(f => f.Name == name);

    /// <summary>Whether <paramref name="name"/> is given (maybe conditionally).</summary>
    public bool Has(string name) => _flags.Any(f => f.Name == name);

    /// <summary>Reads the flags of a host.</summary>
    public static K3sFlagSet Of(HostConfiguration host)
    {
        var set = new K3sFlagSet();
        var effective = host.GetEffective("services.k3s.extraFlags");
        set.Definitions = effective.Winners;
        foreach (var definition in effective.Winners) set.Read(definition);
        return set;
    }

    private void Read(OptionDefinition definition)
    {
        var words = new List<(string Word, string Raw, DefinitionCondition Condition, SyntaxNode? Element, int ElementWordCount)>();
        switch (definition.Value)
        {
            case NixList list:
                foreach (var (value, condition) in list.ElementsWithConditions())
                {
                    var text = HoledText.Of(value);
                    if (text is null) { HasUnknownFlags = true; continue; }
                    var split = ExecStartTokenizer.Split(text);
                    foreach (var (word, raw) in split) words.Add((word, raw, definition.Condition.And(condition), value.Syntax, split.Count));
                }
                break;
            default:
                {
                    var text = HoledText.Of(definition.Value);
                    if (text is null) { HasUnknownFlags = true; return; }
                    foreach (var (word, raw) in ExecStartTokenizer.Split(text)) words.Add((word, raw, definition.Condition, null, 0));
                    break;
                }
        }
        for (int i = 0; i < words.Count; i++)
        {
            var (word, raw, condition, element, count) = words[i];
            if (word.Length == 1 && word[0] == ExecStartTokenizer.Hole) { HasUnknownFlags = true; continue; }
            if (!word.StartsWith('-') || word == "-" || word == "--") { _stray.Add(word); continue; }
            string body = word.StartsWith("--", StringComparison.Ordinal) ? word[2..] : word[1..];
            string writtenName = word.StartsWith("--", StringComparison.Ordinal) ? "--" : "-";
            string name;
            string? value;
            int eq = body.IndexOf('=');
            if (eq >= 0) { name = body[..eq]; value = body[(eq + 1)..]; }
            else { name = body; value = null; }
            writtenName += name;
            if (!word.StartsWith("--", StringComparison.Ordinal) && K3sFlagCatalog.ShortAliases.TryGetValue(name, out var longName)) name = longName;
            var rawText = raw;
            int usedWords = 1;
            if (value is null)
            {
                if (K3sFlagCatalog.BooleanFlags.Contains(name)) value = "true";
                else if (i + 1 < words.Count && !words[i + 1].Word.StartsWith('-'))
                {
                    value = words[i + 1].Word;
                    rawText += " " + words[i + 1].Raw;
                    if (words[i + 1].Element != element) element = null;
                    i++;
                    usedWords = 2;
                }
            }
            var occurrence = new FlagOccurrence(writtenName, name, value, rawText, definition, condition, element ?? null)
            {
                IsWholeElement = element is not null && count == usedWords,
            };
            _flags.Add(occurrence);
        }
    }
}
