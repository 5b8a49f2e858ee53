using System.Globalization;
using Nix.Syntax;

namespace K3s.Modules.Reading.Evaluation;

/// <summary>
/// The nixpkgs <c>lib</c> and <c>builtins</c> functions the reader models. Others give an unknown value
/// once applied, so nothing is guessed.
/// </summary>
internal static class LibraryFunctions
{
    /// <summary>Builtins that are in scope without <c>builtins.</c>.</summary>
    public static readonly string[] GlobalBuiltins =
    [
        "toString", "map", "import", "throw", "abort", "baseNameOf", "dirOf", "isNull", "removeAttrs",
        "derivation", "fetchTarball", "fetchGit", "placeholder", "scopedImport",
    ];

    private static readonly Dictionary<string, int> Arity = new(StringComparer.Ordinal)
    {
        ["mkForce"] = 1, ["mkDefault"] = 1, ["mkOptionDefault"] = 1, ["mkOverride"] = 2, ["mkImageMediaOverride"] = 1,
        ["mkBefore"] = 1, ["mkAfter"] = 1, ["mkOrder"] = 2, ["mkIf"] = 2, ["mkMerge"] = 1,
        ["optionalAttrs"] = 2, ["optional"] = 2, ["optionals"] = 2, ["optionalString"] = 2,
        ["toString"] = 1, ["concatStringsSep"] = 2, ["concatStrings"] = 1, ["flatten"] = 1, ["concatLists"] = 1,
        ["map"] = 2, ["mkOption"] = 1, ["mkEnableOption"] = 1, ["recursiveUpdate"] = 2, ["escapeShellArgs"] = 1,
        ["concatMapStringsSep"] = 3, ["unique"] = 1, ["id"] = 1,
    };

    public static NixValue Apply(Evaluator evaluator, LibraryValue function, SyntaxNode syntax)
    {
        if (function.Path.Count == 0) return Evaluator.Unknown("call of lib", syntax);
        var name = function.Name;
        if (!Arity.TryGetValue(name, out var arity))
            return Evaluator.Unknown($"call of {string.Join(".", function.Path)}, which the reader does not model", syntax);
        if (function.Arguments.Count < arity) return function with { Syntax = syntax };
        var args = function.Arguments;
        NixValue Arg(int i) => args[i].Force();
        switch (name)
        {
            case "mkForce": return new PrioritizedValue(OptionPriority.Force, Arg(0), name);
            case "mkDefault": return new PrioritizedValue(OptionPriority.Default, Arg(0), name);
            case "mkOptionDefault": return new PrioritizedValue(OptionPriority.OptionDefault, Arg(0), name);
            case "mkImageMediaOverride": return new PrioritizedValue(60, Arg(0), name);
            case "mkOverride":
                return Arg(0) is NixInteger priority
                    ? new PrioritizedValue((int)Math.Clamp(priority.Value, int.MinValue, int.MaxValue), Arg(1), name)
                    : Evaluator.Unknown("mkOverride with an unknown priority", syntax);
            case "mkBefore" or "mkAfter" or "id": return Arg(0) with { Syntax = Arg(0).Syntax ?? syntax };
            case "mkOrder": return Arg(1);
            case "mkIf" or "optionalAttrs": return Conditional(evaluator, args[0], Arg(1), null);
            case "optionalString": return Conditional(evaluator, args[0], Arg(1), new NixString(string.Empty));
            case "optional": return Conditional(evaluator, args[0], new NixList([Arg(1)]) { Syntax = Arg(1).Syntax }, new NixList([]));
            case "optionals": return Conditional(evaluator, args[0], Arg(1), new NixList([]));
            case "mkMerge":
                return Arg(0) is NixList list ? new MergedValue(list.Elements) : Evaluator.Unknown("mkMerge of an unknown list", syntax);
            case "mkOption": return Declaration(Arg(0));
            case "mkEnableOption": return new OptionDeclarationValue(new NixBool(false));
            case "toString": return ToStringValue(Arg(0), syntax);
            case "concatStringsSep": return Join(Arg(0), Arg(1), syntax);
            case "concatStrings": return Join(new NixString(string.Empty), Arg(0), syntax);
            case "escapeShellArgs": return Evaluator.Unknown("escapeShellArgs", syntax);
            case "flatten" or "concatLists" or "unique": return Flatten(Arg(0));
            case "map": return Map(evaluator, Arg(0), Arg(1), syntax);
            case "concatMapStringsSep": return Join(Arg(0), Map(evaluator, Arg(1), Arg(2), syntax), syntax);
            case "recursiveUpdate": return new MergedValue([Arg(0), Arg(1)]);
            default: return Evaluator.Unknown("call of " + name, syntax);
        }
    }

    private static NixValue Conditional(Evaluator evaluator, Thunk condition, NixValue value, NixValue? otherwise)
    {
        var (known, atoms) = evaluator.EvaluateCondition(condition);
        if (known is bool b) return b ? value : otherwise ?? new NixAttrSet([]);
        if (otherwise is NixString) return new NixStringPattern([new StringPatternPart(null, new UnknownValue("conditional string " + value.Display) { Syntax = value.Syntax })]);
        return new ConditionalValue(atoms!, value);
    }

    private static NixValue Declaration(NixValue argument)
    {
        if (argument is not NixAttrSet set) return new OptionDeclarationValue(null);
        var defaultAttribute = set.Get("default");
        return new OptionDeclarationValue(defaultAttribute?.Value);
    }

    /// <summary><c>toString</c>: a list joins its elements with spaces, as Nix does.</summary>
    private static NixValue ToStringValue(NixValue value, SyntaxNode syntax) => value switch
    {
        NixList list => Join(new NixString(" "), list, syntax),
        NixPath path => Evaluator.Unknown("toString of path " + path.Text, syntax),
        NixNull => new NixString(string.Empty),
        NixInteger n => new NixString(n.Value.ToString(CultureInfo.InvariantCulture)),
        _ => StringOf(value, syntax),
    };

    private static NixValue StringOf(NixValue value, SyntaxNode syntax)
    {
        var parts = new List<StringPatternPart>();
        Evaluator.AppendValue(parts, value);
        return Evaluator.MakeString(parts);
    }

    private static NixValue Join(NixValue separator, NixValue list, SyntaxNode syntax)
    {
        if (separator is not NixString sep) return Evaluator.Unknown("join with an unknown separator", syntax);
        var elements = new List<NixValue>();
        Evaluator.AddListElements(elements, list, DefinitionCondition.Always);
        var parts = new List<StringPatternPart>();
        for (int i = 0; i < elements.Count; i++)
        {
            if (i > 0) Evaluator.AppendText(parts, sep.Value);
            var element = elements[i];
            if (element is ConditionalValue c)
                element = new UnknownValue("conditional element " + c.Value.Display) { Syntax = c.Value.Syntax };
            Evaluator.AppendValue(parts, element is NixList inner ? ToStringValue(inner, syntax) : element);
        }
        return Evaluator.MakeString(parts);
    }

    private static NixValue Flatten(NixValue value)
    {
        var result = new List<NixValue>();
        var stack = new Stack<(NixValue Value, DefinitionCondition Condition)>();
        var input = new List<NixValue>();
        Evaluator.AddListElements(input, value, DefinitionCondition.Always);
        for (int i = input.Count - 1; i >= 0; i--) stack.Push((input[i], DefinitionCondition.Always));
        while (stack.Count > 0)
        {
            var (item, condition) = stack.Pop();
            var inner = item;
            var c = condition;
            while (inner is ConditionalValue cv) { c = c.And(cv.Condition); inner = cv.Value; }
            if (inner is NixList list)
            {
                for (int i = list.Elements.Count - 1; i >= 0; i--) stack.Push((list.Elements[i], c));
                continue;
            }
            result.Add(c.IsAlways ? inner : new ConditionalValue(c, inner));
        }
        return new NixList(result) { Syntax = value.Syntax };
    }

    private static NixValue Map(Evaluator evaluator, NixValue function, NixValue list, SyntaxNode syntax)
    {
        if (list is not NixList items) return Evaluator.Unknown("map over an unknown list", syntax);
        var result = new List<NixValue>();
        foreach (var (value, condition) in items.ElementsWithConditions())
        {
            var mapped = evaluator.Apply(function, new Thunk(value), syntax);
            result.Add(condition.IsAlways ? mapped : new ConditionalValue(condition, mapped));
        }
        return new NixList(result);
    }
}
