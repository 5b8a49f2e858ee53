using K3s.Modules.Reading.Evaluation;
using Nix.Syntax;
using K3s.Modules.Values;

namespace K3s.Modules.Reading;

/// <summary>
/// Reads hand-written NixOS modules without evaluating Nix: finds the modules in a file (the file itself,
/// or the values of flake-parts, den or features keys), and lists each module's definitions with their
/// values, priorities, conditions and locations. What only evaluation knows stays an <see cref="UnknownValue"/>.
/// </summary>
public static class ModuleReader
{
    private static readonly HashSet<string> FrameworkRoots = new(StringComparer.Ordinal) { "flake", "den", "aspects", "features", "provides", "perSystem" };

    private static readonly HashSet<string> ModuleMetaKeys = new(StringComparer.Ordinal) { "imports", "_file", "key", "disabledModules", "meta", "_class", "freeformType" };

    /// <summary>Reads and parses a file. A file with syntax errors gives no modules (its diagnostics say why).</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ModuleFile ReadFile(string path) => Read(NixSyntaxTree.ParseFile(path));

    /// <summary>Reads <paramref name="text"/>; <paramref name="path"/> locates relative imports and paths.</summary>
    public static ModuleFile ReadText(string text, string? path = null) => Read(NixSyntaxTree.ParseText(text, path));

    /// <summary>Reads an already parsed tree.</summary>
    public static ModuleFile Read(NixSyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (tree.HasErrors) return new ModuleFile(tree.FilePath, tree, [], [], false);
        return Read(tree, tree.GetRoot().Expression);
    }

    /// <summary>
    /// Reads the module written by <paramref name="root"/>: a file's root, or an expression in it (then only that
    /// expression is the module). Unlike <see cref="Read(NixSyntaxTree)"/> it reads a tree with syntax errors too, as
    /// far as the tree goes, for <see cref="K3sNodeModule.FromSyntax"/>. A node built in code, in no parsed tree, is
    /// read from its printed text.
    /// </summary>
    internal static ModuleFile ReadModule(SyntaxNode root)
    {
        if (root.SyntaxTree is { } tree && root is SourceFileSyntax or ExpressionSyntax)
            return Read(tree, root as ExpressionSyntax ?? ((SourceFileSyntax)root).Expression);
        var parsed = NixSyntaxTree.ParseText(root.ToFullString());
        return Read(parsed, parsed.GetRoot().Expression);
    }

    private static ModuleFile Read(NixSyntaxTree tree, ExpressionSyntax rootExpression)
    {
        var evaluator = new Evaluator(tree.FilePath);
        var value = evaluator.Evaluate(rootExpression, evaluator.RootScope());
        var body = ApplyModuleFunction(evaluator, value);

        var modules = new List<NixModule>();
        var frameworkDefinitions = new List<OptionDefinition>();
        bool isFramework = body is NixAttrSet top && top.Attributes.Any(a => FrameworkRoots.Contains(a.Name));
        if (isFramework)
        {
            var frameworkModule = new NixModule(tree.FilePath, ModuleKind.File, OptionPath.Empty, rootExpression);
            ScanFramework(evaluator, tree.FilePath, body, modules, frameworkDefinitions, frameworkModule);
        }
        else
        {
            var module = new NixModule(tree.FilePath, ModuleKind.File, OptionPath.Empty, rootExpression);
            ReadModuleBody(evaluator, module, body);
            modules.Add(module);
        }
        return new ModuleFile(tree.FilePath, tree, modules, frameworkDefinitions, isFramework);
    }

    private static NixValue ApplyModuleFunction(Evaluator evaluator, NixValue value) =>
        value is NixFunction { Apply: not null } function
            ? evaluator.Apply(function, new Thunk(new ModuleArgumentsValue()), function.Syntax!)
            : value;

    private static ModuleKind? ModuleKindAt(OptionPath path)
    {
        var s = path.Segments;
        if (s.Count == 4 && s[0] == "flake" && s[1] == "modules" && s[2] == "nixos") return ModuleKind.FlakeParts;
        if (s.Count == 3 && s[0] == "flake" && s[1] == "nixosModules") return ModuleKind.FlakeParts;
        if (s.Count >= 3 && s[^1] == "nixos" && s.Contains("aspects")) return ModuleKind.DenAspect;
        if (s.Count >= 3 && (s[^3] == "features" || s[^3] == "provides") && (s[^1] == "linux" || s[^1] == "nixos")) return ModuleKind.Feature;
        return null;
    }

    private static void ScanFramework(Evaluator evaluator, string? filePath, NixValue body, List<NixModule> modules, List<OptionDefinition> definitions, NixModule frameworkModule)
    {
        var stack = new Stack<(NixValue Value, OptionPath Path, SyntaxNode? Binding)>();
        stack.Push((body, OptionPath.Empty, null));
        while (stack.Count > 0)
        {
            var (value, path, binding) = stack.Pop();
            var kind = ModuleKindAt(path);
            if (kind is not null && value is NixFunction or NixAttrSet)
            {
                var module = new NixModule(filePath, kind.Value, path, value.Syntax);
                ReadModuleBody(evaluator, module, ApplyModuleFunction(evaluator, value));
                modules.Add(module);
                continue;
            }
            switch (value)
            {
                case NixAttrSet set when set.Attributes.Count > 0 || path.Length == 0:
                    for (int i = set.Attributes.Count - 1; i >= 0; i--)
                        stack.Push((set.Attributes[i].Value, path.Append(set.Attributes[i].Name), set.Attributes[i].Binding));
                    break;
                case PrioritizedValue p: stack.Push((p.Value, path, binding)); break;
                case ConditionalValue c: stack.Push((c.Value, path, binding)); break;
                case MergedValue m:
                    for (int i = m.Values.Count - 1; i >= 0; i--) stack.Push((m.Values[i], path, binding));
                    break;
                default:
                    definitions.Add(new OptionDefinition(path, value, OptionPriority.Plain, DefinitionCondition.Always, binding, frameworkModule));
                    break;
            }
        }
    }

    private static void ReadModuleBody(Evaluator evaluator, NixModule module, NixValue body)
    {
        if (body is not NixAttrSet set)
        {
            Flatten(module, body, OptionPath.Empty, null);
            return;
        }
        var imports = set.Get("imports");
        if (imports is not null)
        {
            var elements = new List<NixValue>();
            Evaluator.AddListElements(elements, imports.Value, DefinitionCondition.Always);
            foreach (var element in elements) module.Add(new ModuleImport(element, ResolveImport(element)));
        }
        var options = set.Get("options");
        var config = set.Get("config");
        if (options is not null) DeclareOptions(evaluator, module, options.Value);
        if (options is not null || config is not null)
        {
            if (config is not null) Flatten(module, config.Value, OptionPath.Empty, config.Binding);
            return;
        }
        foreach (var attribute in set.Attributes)
        {
            if (ModuleMetaKeys.Contains(attribute.Name)) continue;
            Flatten(module, attribute.Value, OptionPath.Of(attribute.Name), attribute.Binding);
        }
    }

    private static string? ResolveImport(NixValue element)
    {
        if (element is not NixPath { ResolvedPath: { } resolved }) return null;
        return Directory.Exists(resolved) ? Path.Combine(resolved, "default.nix") : resolved;
    }

    private static void DeclareOptions(Evaluator evaluator, NixModule module, NixValue options)
    {
        var stack = new Stack<(NixValue Value, OptionPath Path)>();
        stack.Push((options, OptionPath.Empty));
        while (stack.Count > 0)
        {
            var (value, path) = stack.Pop();
            switch (value)
            {
                case OptionDeclarationValue declaration:
                    module.Add(new OptionDeclaration(path, declaration.Default, declaration.Syntax));
                    evaluator.Declare(path, declaration.Default);
                    if (declaration.Default is not null)
                        module.Add(new OptionDefinition(path, declaration.Default, OptionPriority.OptionDefault, DefinitionCondition.Always, declaration.Syntax, module, isOptionDefault: true));
                    break;
                case NixAttrSet set:
                    for (int i = set.Attributes.Count - 1; i >= 0; i--) stack.Push((set.Attributes[i].Value, path.Append(set.Attributes[i].Name)));
                    break;
            }
        }
    }

    /// <summary>Turns a module's value into leaf definitions, pushing priorities and conditions down.</summary>
    private static void Flatten(NixModule module, NixValue root, OptionPath rootPath, SyntaxNode? rootBinding)
    {
        var stack = new Stack<(NixValue Value, OptionPath Path, int? Priority, DefinitionCondition Condition, SyntaxNode? Binding)>();
        stack.Push((root, rootPath, null, DefinitionCondition.Always, rootBinding));
        while (stack.Count > 0)
        {
            var (value, path, priority, condition, binding) = stack.Pop();
            switch (value)
            {
                case NixAttrSet set when set.Attributes.Count > 0:
                    for (int i = set.Attributes.Count - 1; i >= 0; i--)
                        stack.Push((set.Attributes[i].Value, path.Append(set.Attributes[i].Name), priority, condition, set.Attributes[i].Binding));
                    break;
                case PrioritizedValue p:
                    stack.Push((p.Value, path, priority ?? p.Priority, condition, binding));
                    break;
                case ConditionalValue c:
                    stack.Push((c.Value, path, priority, condition.And(c.Condition), binding));
                    break;
                case MergedValue m:
                    for (int i = m.Values.Count - 1; i >= 0; i--) stack.Push((m.Values[i], path, priority, condition, binding));
                    break;
                default:
                    if (path.Length == 0) break;
                    module.Add(new OptionDefinition(path, value, priority ?? OptionPriority.Plain, condition, binding, module));
                    break;
            }
        }
    }
}
