using System.Globalization;
using System.Text;
using Nix.Syntax;
using K3s.Modules.Values;

namespace K3s.Modules.Reading.Evaluation;

/// <summary>
/// A partial, lazy evaluator of Nix for reading modules: it computes what is statically known (literals,
/// let/with/inherit scoping, attribute sets, lists, string building, the library functions of
/// <see cref="LibraryFunctions"/>) and turns everything else into an <see cref="UnknownValue"/> with its
/// location. It never guesses. Depth and work are bounded so hostile input yields unknowns, not a crash.
/// </summary>
internal sealed partial class Evaluator
{
    private const int MaxDepth = 200;
    private const int MaxSteps = 400_000;
    private int _depth;
    private int _steps;

    public Evaluator(string? filePath) => FilePath = filePath;

    public string? FilePath { get; }

    /// <summary>Options declared by the modules read so far, with their defaults (null: no default).</summary>
    public Dictionary<OptionPath, NixValue?> DeclaredOptions { get; } = new();

    private HashSet<OptionPath> DeclaredPrefixes { get; } = new();

    public void Declare(OptionPath path, NixValue? defaultValue)
    {
        DeclaredOptions[path] = defaultValue;
        for (int i = 1; i < path.Length; i++) DeclaredPrefixes.Add(path.Take(i));
    }

    /// <summary>The root scope: Nix's global builtins.</summary>
    public Scope RootScope() => SharedRoot;

    // The builtins' values are immutable and their thunks already forced, so every file shares one frame.
    private static readonly Scope SharedRoot = BuildRootScope();

    private static Scope BuildRootScope()
    {
        var names = new Dictionary<string, Thunk>(StringComparer.Ordinal)
        {
            ["true"] = new(new NixBool(true)),
            ["false"] = new(new NixBool(false)),
            ["null"] = new(new NixNull()),
            ["builtins"] = new(new LibraryValue(["builtins"], [])),
        };
        foreach (var name in LibraryFunctions.GlobalBuiltins) names[name] = new(new LibraryValue([name], []));
        return Scope.Root(names);
    }

    public NixValue Evaluate(ExpressionSyntax expression, Scope scope)
    {
        if (++_steps > MaxSteps) return Unknown("evaluation budget exhausted", expression);
        if (_depth >= MaxDepth) return Unknown("nesting too deep for static reading", expression);
        _depth++;
        try
        {
            var value = EvaluateCore(expression, scope);
            return value.Syntax is null ? value with { Syntax = expression } : value;
        }
        finally
        {
            _depth--;
        }
    }

    private NixValue EvaluateCore(ExpressionSyntax expression, Scope scope)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax p:
                return Evaluate(p.Expression, scope);
            case LiteralExpressionSyntax literal:
                if (literal.TryGetInteger(out var i)) return new NixInteger(i);
                if (literal.TryGetFloat(out var f)) return new NixFloat(f);
                if (literal.Kind == NixSyntaxKind.UriExpression) return new NixString(literal.Token.Text);
                return Unknown("search path " + literal.Token.Text, literal);
            case StringExpressionSyntax s:
                return EvaluateString(s, scope);
            case PathExpressionSyntax path:
                return EvaluatePath(path, scope);
            case IdentifierNameSyntax id:
                return Lookup(id.Identifier.Text, scope, id);
            case ListExpressionSyntax list:
                {
                    var elements = list.Elements;
                    var values = new List<NixValue>(elements.Count);
                    for (int e = 0, n = elements.Count; e < n; e++) values.Add(Evaluate(elements[e], scope));
                    return new NixList(values);
                }
            case AttrSetExpressionSyntax set:
                return EvaluateAttrSet(set, scope);
            case LetExpressionSyntax let:
                return Evaluate(let.Body, LetScope(let.Bindings, scope));
            case LegacyLetExpressionSyntax legacy:
                {
                    var recursive = RecursiveSet(legacy.Bindings, scope, legacy);
                    return recursive.Get("body")?.Value ?? Unknown("legacy let without body", legacy);
                }
            case WithExpressionSyntax with:
                return Evaluate(with.Body, scope.WithNamespace(new Thunk(with.Namespace, scope, this)));
            case AssertExpressionSyntax assert:
                return Evaluate(assert.Body, scope);
            case IfExpressionSyntax ifExpression:
                return EvaluateIf(ifExpression, scope);
            case LambdaExpressionSyntax lambda:
                return new NixFunction("lambda") { Apply = argument => ApplyLambda(lambda, scope, argument) };
            case ApplyExpressionSyntax apply:
                return Apply(Evaluate(apply.Function, scope), new Thunk(apply.Argument, scope, this), apply);
            case SelectExpressionSyntax select:
                return EvaluateSelect(select, scope);
            case HasAttrExpressionSyntax has:
                return Unknown("attribute test", has);
            case UnaryExpressionSyntax unary:
                return EvaluateUnary(unary, scope);
            case BinaryExpressionSyntax binary:
                return EvaluateBinary(binary, scope);
            default:
                return Unknown("expression the reader does not model", expression);
        }
    }

    internal static UnknownValue Unknown(string reason, SyntaxNode? syntax) => new(reason) { Syntax = syntax };

    private NixValue Lookup(string name, Scope scope, SyntaxNode syntax)
    {
        var lexical = scope.LookupLexical(name);
        if (lexical is not null) return Retarget(lexical.Force(), syntax);
        foreach (var ns in scope.WithNamespaces())
        {
            var value = ns.Force();
            switch (value)
            {
                case NixAttrSet set:
                    var attribute = set.Get(name);
                    if (attribute is not null) return Retarget(attribute.Value, syntax);
                    continue;
                case LibraryValue lib:
                    return new LibraryValue([.. lib.Path, name], []) { Syntax = syntax };
                case PackageSetValue:
                    return new NixPackage(name) { Syntax = syntax };
                case ModuleArgumentsValue args:
                    return SelectFromModuleArguments(name, syntax);
                default:
                    return Unknown($"'{name}' from a 'with' whose namespace is unknown", syntax);
            }
        }
        return Unknown($"undefined variable '{name}'", syntax);
    }

    // A variable's value keeps the location of its definition, which is where a fix must edit.
    private static NixValue Retarget(NixValue value, SyntaxNode use) => value.Syntax is null ? value with { Syntax = use } : value;

    internal NixValue SelectFromModuleArguments(string name, SyntaxNode? syntax) => name switch
    {
        "lib" => new LibraryValue([], []) { Syntax = syntax },
        "pkgs" => new PackageSetValue { Syntax = syntax },
        "config" => new ConfigReference(OptionPath.Empty) { Syntax = syntax },
        "builtins" => new LibraryValue(["builtins"], []) { Syntax = syntax },
        _ => Unknown($"module argument '{name}'", syntax),
    };

    private NixValue EvaluateString(StringExpressionSyntax s, Scope scope)
    {
        var parts = new List<StringPatternPart>();
        foreach (var part in s.GetCookedParts())
        {
            if (part.IsText) { AppendText(parts, part.Text!); continue; }
            AppendValue(parts, Evaluate(part.Interpolation!.Expression, scope));
        }
        return MakeString(parts);
    }

    internal static NixValue MakeString(List<StringPatternPart> parts)
    {
        if (parts.Count == 0) return new NixString(string.Empty);
        if (parts.Count == 1 && parts[0].IsText) return new NixString(parts[0].Text!);
        return new NixStringPattern(parts);
    }

    internal static void AppendText(List<StringPatternPart> parts, string text)
    {
        if (text.Length == 0) return;
        if (parts.Count > 0 && parts[^1].IsText) parts[^1] = new StringPatternPart(parts[^1].Text + text, null);
        else parts.Add(new StringPatternPart(text, null));
    }

    /// <summary>Appends what <c>"${value}"</c> (or <c>toString</c>) gives: text when known, else a hole.</summary>
    internal static void AppendValue(List<StringPatternPart> parts, NixValue value)
    {
        switch (value)
        {
            case NixString str: AppendText(parts, str.Value); break;
            case NixInteger n: AppendText(parts, n.Value.ToString(CultureInfo.InvariantCulture)); break;
            case NixBool b: AppendText(parts, b.Value ? "1" : ""); break;
            case NixNull: parts.Add(new StringPatternPart(null, new UnknownValue("null, which must be set elsewhere to be interpolated") { Syntax = value.Syntax })); break;
            case NixStringPattern pattern:
                foreach (var p in pattern.Parts)
                    if (p.IsText) AppendText(parts, p.Text!); else parts.Add(p);
                break;
            case UnknownValue unknown: parts.Add(new StringPatternPart(null, unknown)); break;
            default: parts.Add(new StringPatternPart(null, new UnknownValue("value of " + value.Display) { Syntax = value.Syntax })); break;
        }
    }

    private NixValue EvaluatePath(PathExpressionSyntax path, Scope scope)
    {
        var text = new StringBuilder();
        foreach (var part in path.Parts)
        {
            if (part is StringTextSyntax t) text.Append(t.TextToken.Text);
            else return Unknown("interpolated path", path);
        }
        var written = text.ToString();
        string? resolved = null;
        if ((written.StartsWith("./", StringComparison.Ordinal) || written.StartsWith("../", StringComparison.Ordinal)) && FilePath is not null)
            resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(FilePath)) ?? ".", written));
        else if (written.StartsWith('/')) resolved = written;
        return new NixPath(written, resolved);
    }

    private NixValue EvaluateIf(IfExpressionSyntax ifExpression, Scope scope)
    {
        var (known, condition) = EvaluateCondition(new Thunk(ifExpression.Condition, scope, this));
        if (known is bool b) return Evaluate(b ? ifExpression.WhenTrue : ifExpression.WhenFalse, scope);
        var whenTrue = Evaluate(ifExpression.WhenTrue, scope);
        var whenFalse = Evaluate(ifExpression.WhenFalse, scope);
        var negated = DefinitionCondition.Of(condition!.Atoms[0].Negate());
        return new MergedValue([new ConditionalValue(condition, whenTrue), new ConditionalValue(negated, whenFalse)]);
    }

    /// <summary>
    /// A condition: known when it evaluates to a boolean that does not depend on an option default (another
    /// module may set the option), else the conjunction of atoms named by the expression text.
    /// </summary>
    public (bool? Known, DefinitionCondition? Condition) EvaluateCondition(Thunk thunk)
    {
        var value = thunk.Force();
        if (value is NixBool b && b.DefaultOf is null) return (b.Value, null);
        var expression = thunk.Expression ?? value.Syntax as ExpressionSyntax;
        if (expression is null) return (null, DefinitionCondition.Of(new ConditionAtom("<unknown condition>", false, null)));
        return (null, ConditionOf(expression));
    }

    /// <summary>
    /// One atom for the whole condition (outer parentheses and negations stripped). A conjunction is not
    /// split: <c>mkIf (a &amp;&amp; b)</c> and <c>mkIf (!(a &amp;&amp; b))</c> must still be seen as exclusive.
    /// </summary>
    private static DefinitionCondition ConditionOf(ExpressionSyntax expression)
    {
        bool negated = false;
        while (true)
        {
            if (expression is ParenthesizedExpressionSyntax inner) { expression = inner.Expression; continue; }
            if (expression is UnaryExpressionSyntax { Kind: NixSyntaxKind.LogicalNotExpression } not) { negated = !negated; expression = not.Operand; continue; }
            break;
        }
        return DefinitionCondition.Of(new ConditionAtom(NormalizeText(expression.ToString()), negated, SourceLocation.Of(expression)));
    }

    private static string NormalizeText(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private NixValue EvaluateSelect(SelectExpressionSyntax select, Scope scope)
    {
        var value = Evaluate(select.Expression, scope);
        var names = select.AttrPath.Names;
        for (int i = 0, n = names.Count; i < n; i++)
        {
            var nameSyntax = names[i];
            var name = nameSyntax.GetStaticName() ?? ConstantName(nameSyntax, scope);
            if (name is null) { value = Unknown("dynamic attribute name", select); break; }
            value = SelectOne(value, name, select);
            if (value is UnknownValue { Reason: "missing attribute" }) break;
        }
        if (value is UnknownValue { Reason: "missing attribute" } && select.DefaultValue is not null)
            return Evaluate(select.DefaultValue, scope);
        if (value is UnknownValue u && u is not LibraryValue and not ConfigReference and not PackageSetValue && select.DefaultValue is not null)
            return Unknown("selection with a default", select);
        return value.Syntax is null || value is LibraryValue or ConfigReference or UnknownValue { Reason: "missing attribute" } ? value with { Syntax = select } : value;
    }

    private string? ConstantName(AttrNameSyntax name, Scope scope)
    {
        if (name is DynamicAttrNameSyntax dynamic && Evaluate(dynamic.Interpolation.Expression, scope) is NixString s) return s.Value;
        return null;
    }

    private NixValue SelectOne(NixValue value, string name, SyntaxNode syntax)
    {
        switch (value)
        {
            case NixAttrSet set:
                var attribute = set.Get(name);
                return attribute is null ? new UnknownValue("missing attribute") : attribute.Value;
            case LibraryValue lib:
                return new LibraryValue([.. lib.Path, name], []);
            case PackageSetValue:
                return new NixPackage(name);
            case NixPackage package:
                return new NixPackage(package.AttributePath + "." + name);
            case ConfigReference config:
                {
                    var path = config.Path.Append(name);
                    if (DeclaredOptions.TryGetValue(path, out var declared) && declared is not null)
                        return declared with { DefaultOf = path };
                    return new ConfigReference(path);
                }
            case ModuleArgumentsValue:
                return SelectFromModuleArguments(name, syntax);
            case UnknownValue unknown:
                return new UnknownValue(unknown.Reason) { Syntax = syntax };
            default:
                return Unknown("selection from a non-attribute-set", syntax);
        }
    }

    private NixValue EvaluateUnary(UnaryExpressionSyntax unary, Scope scope)
    {
        var operand = Evaluate(unary.Operand, scope);
        return (unary.Kind, operand) switch
        {
            (NixSyntaxKind.LogicalNotExpression, NixBool b) => new NixBool(!b.Value) { DefaultOf = b.DefaultOf },
            (NixSyntaxKind.NegateExpression, NixInteger n) => new NixInteger(-n.Value) { DefaultOf = n.DefaultOf },
            _ => Unknown("operation on an unknown value", unary),
        };
    }

    private NixValue EvaluateBinary(BinaryExpressionSyntax binary, Scope scope)
    {
        if (binary.Kind is NixSyntaxKind.PipeIntoExpression or NixSyntaxKind.PipeFromExpression)
        {
            bool into = binary.Kind == NixSyntaxKind.PipeIntoExpression;
            var function = Evaluate(into ? binary.Right : binary.Left, scope);
            return Apply(function, new Thunk(into ? binary.Left : binary.Right, scope, this), binary);
        }
        var left = Evaluate(binary.Left, scope);
        var right = Evaluate(binary.Right, scope);
        var defaultOf = left.DefaultOf ?? right.DefaultOf;
        NixValue result = binary.Kind switch
        {
            NixSyntaxKind.ConcatExpression => Concatenate(left, right),
            NixSyntaxKind.UpdateExpression => Update(left, right),
            NixSyntaxKind.AddExpression => Add(left, right, binary),
            NixSyntaxKind.EqualsExpression or NixSyntaxKind.NotEqualsExpression => Compare(left, right, binary.Kind == NixSyntaxKind.NotEqualsExpression, binary),
            NixSyntaxKind.LogicalAndExpression => Logic(left, right, (a, b) => a && b, binary),
            NixSyntaxKind.LogicalOrExpression => Logic(left, right, (a, b) => a || b, binary),
            NixSyntaxKind.ImplicationExpression => Logic(left, right, (a, b) => !a || b, binary),
            NixSyntaxKind.SubtractExpression or NixSyntaxKind.MultiplyExpression or NixSyntaxKind.DivideExpression
                or NixSyntaxKind.LessThanExpression or NixSyntaxKind.LessThanOrEqualExpression
                or NixSyntaxKind.GreaterThanExpression or NixSyntaxKind.GreaterThanOrEqualExpression => Arithmetic(left, right, binary),
            _ => Unknown("operator the reader does not model", binary),
        };
        return defaultOf is not null && result.DefaultOf is null && result is not UnknownValue ? result with { DefaultOf = defaultOf } : result;
    }

    private static NixValue Concatenate(NixValue left, NixValue right)
    {
        var elements = new List<NixValue>();
        AddListElements(elements, left, DefinitionCondition.Always);
        AddListElements(elements, right, DefinitionCondition.Always);
        return new NixList(elements);
    }

    /// <summary>The elements a list-valued expression contributes, conditions kept on each element.</summary>
    internal static void AddListElements(List<NixValue> elements, NixValue value, DefinitionCondition condition)
    {
        switch (value)
        {
            case NixList list:
                foreach (var e in list.Elements) elements.Add(condition.IsAlways ? e : new ConditionalValue(condition, e));
                break;
            case ConditionalValue c:
                AddListElements(elements, c.Value, condition.And(c.Condition));
                break;
            case MergedValue m:
                foreach (var v in m.Values) AddListElements(elements, v, condition);
                break;
            case PrioritizedValue p:
                AddListElements(elements, p.Value, condition);
                break;
            default:
                var unknown = value as UnknownValue ?? new UnknownValue("not a list: " + value.Display) { Syntax = value.Syntax };
                elements.Add(condition.IsAlways ? unknown : new ConditionalValue(condition, unknown));
                break;
        }
    }

    private static NixValue Update(NixValue left, NixValue right)
    {
        if (left is NixAttrSet l && right is NixAttrSet r)
        {
            var attributes = l.Attributes.Where(a => r.Get(a.Name) is null).Concat(r.Attributes).ToList();
            return new NixAttrSet(attributes);
        }
        // Shallow and right-biased in Nix; with a conditional side the reader keeps both as definitions.
        return new MergedValue([left, right]);
    }

    private static NixValue Add(NixValue left, NixValue right, SyntaxNode syntax)
    {
        if (left is NixInteger a && right is NixInteger b) return new NixInteger(unchecked(a.Value + b.Value));
        if (left is NixPath path && right is NixString s) return new NixPath(path.Text + s.Value, path.ResolvedPath is null ? null : path.ResolvedPath + s.Value);
        if (left is NixPath) return Unknown("path built from " + left.Display, syntax);
        if (IsStringLike(left) && IsStringLike(right))
        {
            var parts = new List<StringPatternPart>();
            AppendValue(parts, left);
            AppendValue(parts, right);
            return MakeString(parts);
        }
        return Unknown("addition with an unknown operand", syntax);
    }

    private static bool IsStringLike(NixValue v) => v is NixString or NixStringPattern || (v is UnknownValue && v is not LibraryValue);

    private static NixValue Compare(NixValue left, NixValue right, bool negate, SyntaxNode syntax)
    {
        bool? equal = (left, right) switch
        {
            (NixString a, NixString b) => a.Value == b.Value,
            (NixInteger a, NixInteger b) => a.Value == b.Value,
            (NixBool a, NixBool b) => a.Value == b.Value,
            (NixNull, NixNull) => true,
            (NixNull, NixString or NixInteger or NixBool or NixList or NixAttrSet) => false,
            (NixString or NixInteger or NixBool or NixList or NixAttrSet, NixNull) => false,
            _ => null,
        };
        return equal is bool e ? new NixBool(e != negate) : Unknown("comparison with an unknown operand", syntax);
    }

    private static NixValue Logic(NixValue left, NixValue right, Func<bool, bool, bool> op, SyntaxNode syntax) =>
        left is NixBool a && right is NixBool b ? new NixBool(op(a.Value, b.Value)) : Unknown("logic on an unknown operand", syntax);

    private static NixValue Arithmetic(NixValue left, NixValue right, BinaryExpressionSyntax syntax)
    {
        if (left is not NixInteger a || right is not NixInteger b) return Unknown("arithmetic on an unknown operand", syntax);
        return syntax.Kind switch
        {
            NixSyntaxKind.SubtractExpression => new NixInteger(unchecked(a.Value - b.Value)),
            NixSyntaxKind.MultiplyExpression => new NixInteger(unchecked(a.Value * b.Value)),
            NixSyntaxKind.DivideExpression => b.Value == 0 ? Unknown("division by zero", syntax) : new NixInteger(a.Value / b.Value),
            NixSyntaxKind.LessThanExpression => new NixBool(a.Value < b.Value),
            NixSyntaxKind.LessThanOrEqualExpression => new NixBool(a.Value <= b.Value),
            NixSyntaxKind.GreaterThanExpression => new NixBool(a.Value > b.Value),
            _ => new NixBool(a.Value >= b.Value),
        };
    }

    public NixValue Apply(NixValue function, Thunk argument, SyntaxNode syntax)
    {
        switch (function)
        {
            case NixFunction { Apply: not null } f:
                if (_depth >= MaxDepth) return Unknown("nesting too deep for static reading", syntax);
                _depth++;
                try { return f.Apply(argument); }
                finally { _depth--; }
            case LibraryValue lib:
                return LibraryFunctions.Apply(this, lib with { Arguments = [.. lib.Arguments, argument] }, syntax);
            default:
                return Unknown("call of " + (function is UnknownValue u ? u.Reason : function.Display), syntax);
        }
    }

    private NixValue ApplyLambda(LambdaExpressionSyntax lambda, Scope scope, Thunk argument)
    {
        var names = new Dictionary<string, Thunk>(StringComparer.Ordinal);
        switch (lambda.Parameter)
        {
            case IdentifierParameterSyntax id:
                names[id.Identifier.Text] = argument;
                break;
            case FormalsParameterSyntax formals:
                {
                    foreach (var alias in new[] { formals.LeadingAliasIdentifier, formals.TrailingAliasIdentifier })
                        if (!alias.IsMissing && alias.Text.Length > 0) names[alias.Text] = argument;
                    var frame = scope.WithNames(names);
                    var formalList = formals.FormalSet.Formals;
                    for (int i = 0, n = formalList.Count; i < n; i++)
                    {
                        var formal = formalList[i];
                        var name = formal.Identifier.Text;
                        var defaultValue = formal.Default?.Value;
                        names[name] = new Thunk(() => FormalValue(argument, name, defaultValue, frame, formal));
                    }
                    return Evaluate(lambda.Body, frame);
                }
        }
        return Evaluate(lambda.Body, scope.WithNames(names));
    }

    private NixValue FormalValue(Thunk argument, string name, ExpressionSyntax? defaultValue, Scope frame, SyntaxNode formal)
    {
        var value = argument.Force();
        switch (value)
        {
            case ModuleArgumentsValue:
                return SelectFromModuleArguments(name, formal);
            case NixAttrSet set:
                var attribute = set.Get(name);
                if (attribute is not null) return attribute.Value;
                return defaultValue is null ? Unknown($"missing argument '{name}'", formal) : Evaluate(defaultValue, frame);
            default:
                return Unknown($"function argument '{name}'", formal);
        }
    }
}
