using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace Nix.Syntax.Tests.Generators;

/// <summary>
/// FsCheck generators of random, syntactically valid Nix programs (source text).
/// </summary>
/// <remarks>
/// <para>
/// A program is built as a small AST first and then printed. The printer adds parentheses exactly where
/// Nix's grammar (parser.y of Nix 2.8) needs them, sometimes adds redundant ones, and puts random trivia
/// (spaces, tabs, newlines, CRLF, <c>#</c>, <c>/* */</c> and <c>/** */</c> comments, or nothing at all) between
/// tokens. Whether two tokens may touch is decided by running the relevant part of Nix's lexer rules on
/// the joined text, so lexical traps such as <c>x: x</c> versus the URI <c>x:x</c>, <c>1 .a</c>, <c>a / b</c>
/// versus the path <c>a/b</c>, <c>+ +</c>, <c>- &gt;</c> or <c>/ *</c> are avoided whatever is printed.
/// </para>
/// <para>
/// Programs are also free of the errors Nix reports while parsing: no duplicate attributes (including
/// the merge rules for <c>a.b = …; a = { … };</c>), no duplicate formals, no dynamic attributes in
/// <c>let</c> or <c>inherit</c>, no out-of-range numbers, no trailing slashes in paths. Variables are
/// only taken from enclosing bindings, from Nix's global builtins, or from inside a <c>with</c>, so
/// <c>nix-instantiate --parse</c> (Nix 2.8) accepts every program without an "undefined variable" error.
/// Pipe operators are never generated (Nix 2.8 predates them).
/// </para>
/// <para>
/// Generation is driven by one seed drawn from FsCheck and the FsCheck size, so a failing case is
/// reproduced by FsCheck's replay seed.
/// </para>
/// </remarks>
public static class NixProgramGenerator
{
    /// <summary>
    /// A generator of whole Nix programs (one expression with surrounding trivia).
    /// </summary>
    /// <param name="maxDepth">
    /// The maximum nesting depth of the expression tree; deeper positions are filled with leaves.
    /// 0 gives programs that are a single leaf: a number, a name, a path, a URI, a string, <c>[ ]</c> or <c>{ }</c>.
    /// </param>
    /// <returns>
    /// A generator whose size parameter scales the number of nodes, from a single token at size 0 up to
    /// programs of a few kilobytes at size 100.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDepth"/> is negative.</exception>
    public static Gen<string> Program(int maxDepth = 6)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        return Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed => Generate(seed, size, maxDepth).Text));
    }

    /// <summary>
    /// An arbitrary of Nix programs for <c>[Property(Arbitrary = new[] { typeof(NixProgramGenerator) })]</c>,
    /// which makes every <see cref="string"/> parameter of the property a generated program.
    /// </summary>
    /// <returns>
    /// The arbitrary; it uses <see cref="Program"/> with the default depth and shrinks a failing program
    /// to smaller programs that are still valid Nix (subexpressions replaced by a literal or by one of their
    /// operands, list items dropped). Only strings produced by this arbitrary are shrunk.
    /// </returns>
    public static Arbitrary<string> ProgramArbitrary()
    {
        var gen = Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var program = Generate(seed, size, 6);
            Remember(program.Text, program);
            return program.Text;
        }));
        return Arb.From(gen, ShrinkText);
    }

    // ------------------------------------------------------------------------------------------------
    // Entry points used by the public members and by verification harnesses (internal on purpose).
    // ------------------------------------------------------------------------------------------------

    /// <summary>One generated program together with the tree it was printed from.</summary>
    internal sealed record GeneratedProgram(int Seed, int Size, int MaxDepth, Expr Ast, TriviaStyle Style, string Text);

    /// <summary>Generates the program for a seed; the same arguments always give the same program.</summary>
    internal static GeneratedProgram Generate(int seed, int size, int maxDepth)
    {
        var rng = new Random(seed);
        // Square the uniform draw so that small programs are common but every size up to the cap appears.
        double u = rng.NextDouble();
        int budget = 1 + (int)(u * u * Math.Max(0, size) * 3.2);
        var builder = new Builder(rng, maxDepth, budget);
        Expr ast = builder.Program();
        var style = (TriviaStyle)rng.Next(0, 4);
        int printSeed = rng.Next();
        string text = new Printer(new Random(printSeed), style, fullParens: false).PrintProgram(ast);
        return new GeneratedProgram(seed, size, maxDepth, ast, style, text);
    }

    /// <summary>
    /// Prints a tree again. With <paramref name="fullParens"/> every subexpression is parenthesised,
    /// which must not change what Nix parses (a check of the precedence logic of the normal printer).
    /// </summary>
    internal static string Print(Expr ast, int printSeed, TriviaStyle style, bool fullParens) =>
        new Printer(new Random(printSeed), style, fullParens).PrintProgram(ast);

    // ------------------------------------------------------------------------------------------------
    // Shrinking: valid programs only, so replacements never change scoping or attribute-set keys.
    // ------------------------------------------------------------------------------------------------

    private static readonly ConditionalWeakTable<string, GeneratedProgram> Known = new();

    private static void Remember(string text, GeneratedProgram program) => Known.AddOrUpdate(text, program);

    private static IEnumerable<string> ShrinkText(string text)
    {
        if (!Known.TryGetValue(text, out var program))
        {
            yield break;
        }

        // First the same tree with plain spacing: if that still fails, the trivia did not matter and
        // later steps stay plain.
        if (program.Style != TriviaStyle.Plain)
        {
            string plain = Print(program.Ast, program.Seed, TriviaStyle.Plain, fullParens: false);
            if (plain.Length < text.Length)
            {
                Remember(plain, program with { Style = TriviaStyle.Plain, Text = plain });
                yield return plain;
            }
        }

        int vars = Shrinker.VarRefCount(program.Ast);
        foreach (Expr smaller in Shrinker.Candidates(program.Ast))
        {
            string printed = Print(smaller, program.Seed, program.Style, fullParens: false);
            // Shorter, or as long with fewer variables (`x` replaced by `1`): a well-founded order.
            if (printed.Length > text.Length || (printed.Length == text.Length && Shrinker.VarRefCount(smaller) >= vars))
            {
                continue;
            }

            Remember(printed, program with { Ast = smaller, Text = printed });
            yield return printed;
        }
    }

    // ================================================================================================
    // AST
    // ================================================================================================

    /// <summary>How much trivia the printer puts between tokens.</summary>
    internal enum TriviaStyle
    {
        /// <summary>A single space between every two tokens, no comments.</summary>
        Plain,

        /// <summary>As little as possible: tokens touch wherever Nix's lexer allows it.</summary>
        Compact,

        /// <summary>Mostly spaces, some newlines with indentation.</summary>
        Normal,

        /// <summary>Tabs, CRLF, blank lines and all three kinds of comments.</summary>
        Noisy,
    }

    /// <summary>Base class of the generated expression tree.</summary>
    internal abstract class Expr
    {
        /// <summary>A deep copy (shrinking edits copies).</summary>
        public abstract Expr Clone();
    }

    internal sealed class IntLit(string text) : Expr
    {
        public string Text { get; } = text;

        public override Expr Clone() => new IntLit(Text);
    }

    internal sealed class FloatLit(string text) : Expr
    {
        public string Text { get; } = text;

        public override Expr Clone() => new FloatLit(Text);
    }

    internal sealed class VarRef(string name) : Expr
    {
        public string Name { get; } = name;

        public override Expr Clone() => new VarRef(Name);
    }

    internal enum LitKind
    {
        Path,
        HomePath,
        SearchPath,
        Uri,
    }

    /// <summary>A literal that is one lexer token: a path without interpolation, <c>&lt;p&gt;</c> or a URI.</summary>
    internal sealed class TokenLit(LitKind kind, string text) : Expr
    {
        public LitKind Kind { get; } = kind;

        public string Text { get; } = text;

        public override Expr Clone() => new TokenLit(Kind, Text);
    }

    /// <summary>A piece of a string or path: raw source text, or an interpolated expression.</summary>
    internal sealed class StrPart
    {
        public string? Raw { get; init; }

        public Expr? Interp { get; set; }

        public StrPart Clone() => new() { Raw = Raw, Interp = Interp?.Clone() };
    }

    /// <summary>A <c>"…"</c> string or, when <see cref="Indented"/>, a <c>''…''</c> string.</summary>
    internal sealed class StrLit(bool indented, List<StrPart> parts) : Expr
    {
        public bool Indented { get; } = indented;

        public List<StrPart> Parts { get; } = parts;

        public bool HasInterpolation => Parts.Any(p => p.Interp is not null);

        public override Expr Clone() => new StrLit(Indented, Parts.Select(p => p.Clone()).ToList());
    }

    /// <summary>A path with interpolation, such as <c>./a-${x}.nix</c>; printed as one piece.</summary>
    internal sealed class InterpPath(List<StrPart> parts) : Expr
    {
        public List<StrPart> Parts { get; } = parts;

        public override Expr Clone() => new InterpPath(Parts.Select(p => p.Clone()).ToList());
    }

    internal sealed class ListExpr(List<Expr> items) : Expr
    {
        public List<Expr> Items { get; } = items;

        public override Expr Clone() => new ListExpr(Items.Select(i => i.Clone()).ToList());
    }

    internal sealed class AttrSetExpr(bool rec, List<Binding> bindings) : Expr
    {
        public bool Rec { get; } = rec;

        public List<Binding> Bindings { get; } = bindings;

        /// <summary>Static top-level keys (generation-time bookkeeping, not printed).</summary>
        public KeyNode Keys { get; set; } = new(isAttrs: true);

        /// <summary>
        /// Another binding descends into or merges with this set (<c>a = { … }; a.b = …;</c>), so replacing
        /// it by a non-set would create an "already defined" error.
        /// </summary>
        public bool MergeTarget { get; set; }

        public override Expr Clone() =>
            new AttrSetExpr(Rec, Bindings.Select(b => b.Clone()).ToList()) { MergeTarget = MergeTarget };
    }

    internal sealed class LetExpr(List<Binding> bindings, Expr body) : Expr
    {
        public List<Binding> Bindings { get; } = bindings;

        public Expr Body { get; set; } = body;

        public override Expr Clone() => new LetExpr(Bindings.Select(b => b.Clone()).ToList(), Body.Clone());
    }

    /// <summary>The legacy <c>let { …; body = …; }</c> form.</summary>
    internal sealed class LegacyLetExpr(List<Binding> bindings) : Expr
    {
        public List<Binding> Bindings { get; } = bindings;

        public override Expr Clone() => new LegacyLetExpr(Bindings.Select(b => b.Clone()).ToList());
    }

    internal sealed class Formal(string name, Expr? defaultValue)
    {
        public string Name { get; } = name;

        public Expr? Default { get; set; } = defaultValue;

        public Formal Clone() => new(Name, Default?.Clone());
    }

    internal sealed class Formals
    {
        public List<Formal> Items { get; init; } = [];

        public bool Ellipsis { get; init; }

        public bool TrailingComma { get; init; }

        /// <summary>The <c>@</c> name, if any.</summary>
        public string? At { get; init; }

        /// <summary>Whether the <c>@</c> name is written before the set (<c>args@{ … }</c>).</summary>
        public bool AtFirst { get; init; }

        public Formals Clone() => new()
        {
            Items = Items.Select(f => f.Clone()).ToList(),
            Ellipsis = Ellipsis,
            TrailingComma = TrailingComma,
            At = At,
            AtFirst = AtFirst,
        };
    }

    /// <summary>A lambda; exactly one of <see cref="Param"/> and <see cref="Formals"/> is set.</summary>
    internal sealed class LambdaExpr(string? param, Formals? formals, Expr body) : Expr
    {
        public string? Param { get; } = param;

        public Formals? Formals { get; } = formals;

        public Expr Body { get; set; } = body;

        public override Expr Clone() => new LambdaExpr(Param, Formals?.Clone(), Body.Clone());
    }

    internal sealed class AppExpr(Expr fn, Expr arg) : Expr
    {
        public Expr Fn { get; set; } = fn;

        public Expr Arg { get; set; } = arg;

        public override Expr Clone() => new AppExpr(Fn.Clone(), Arg.Clone());
    }

    internal sealed class SelectExpr(Expr target, List<AttrName> path, Expr? defaultValue) : Expr
    {
        public Expr Target { get; set; } = target;

        public List<AttrName> Path { get; } = path;

        public Expr? Default { get; set; } = defaultValue;

        public override Expr Clone() =>
            new SelectExpr(Target.Clone(), Path.Select(n => n.Clone()).ToList(), Default?.Clone());
    }

    internal sealed class HasAttrExpr(Expr target, List<AttrName> path) : Expr
    {
        public Expr Target { get; set; } = target;

        public List<AttrName> Path { get; } = path;

        public override Expr Clone() => new HasAttrExpr(Target.Clone(), Path.Select(n => n.Clone()).ToList());
    }

    /// <summary>Unary <c>-</c> or <c>!</c>.</summary>
    internal sealed class UnaryExpr(char op, Expr operand) : Expr
    {
        public char Op { get; } = op;

        public Expr Operand { get; set; } = operand;

        public override Expr Clone() => new UnaryExpr(Op, Operand.Clone());
    }

    internal sealed class BinaryExpr(string op, Expr left, Expr right) : Expr
    {
        public string Op { get; } = op;

        public Expr Left { get; set; } = left;

        public Expr Right { get; set; } = right;

        public override Expr Clone() => new BinaryExpr(Op, Left.Clone(), Right.Clone());
    }

    internal sealed class IfExpr(Expr cond, Expr then, Expr @else) : Expr
    {
        public Expr Cond { get; set; } = cond;

        public Expr Then { get; set; } = then;

        public Expr Else { get; set; } = @else;

        public override Expr Clone() => new IfExpr(Cond.Clone(), Then.Clone(), Else.Clone());
    }

    internal sealed class WithExpr(Expr scope, Expr body) : Expr
    {
        public Expr Scope { get; set; } = scope;

        public Expr Body { get; set; } = body;

        public override Expr Clone() => new WithExpr(Scope.Clone(), Body.Clone());
    }

    internal sealed class AssertExpr(Expr cond, Expr body) : Expr
    {
        public Expr Cond { get; set; } = cond;

        public Expr Body { get; set; } = body;

        public override Expr Clone() => new AssertExpr(Cond.Clone(), Body.Clone());
    }

    /// <summary>An attribute name: an identifier (or <c>or</c>), a quoted string, or <c>${e}</c>.</summary>
    internal sealed class AttrName
    {
        public string? Ident { get; init; }

        public StrLit? Quoted { get; init; }

        public Expr? Dynamic { get; set; }

        public AttrName Clone() => new()
        {
            Ident = Ident,
            Quoted = (StrLit?)Quoted?.Clone(),
            Dynamic = Dynamic?.Clone(),
        };
    }

    internal abstract class Binding
    {
        public abstract Binding Clone();
    }

    /// <summary><c>a.b.c = value;</c></summary>
    internal sealed class AttrBinding(List<AttrName> path, Expr value) : Binding
    {
        public List<AttrName> Path { get; } = path;

        public Expr Value { get; set; } = value;

        public override Binding Clone() => new AttrBinding(Path.Select(n => n.Clone()).ToList(), Value.Clone());
    }

    /// <summary><c>inherit a b;</c> or <c>inherit (from) a b;</c></summary>
    internal sealed class InheritBinding(Expr? from, List<AttrName> names) : Binding
    {
        public Expr? From { get; set; } = from;

        public List<AttrName> Names { get; } = names;

        public override Binding Clone() => new InheritBinding(From?.Clone(), Names.Select(n => n.Clone()).ToList());
    }

    /// <summary>
    /// The static keys of one attribute set (or <c>let</c>), mirroring how Nix's parser (addAttr in
    /// parser.y) detects duplicates: a key can be descended into (<c>a.b = …</c>) or merged with
    /// (<c>a = { … }</c>) only when its value is an attribute-set expression and it was not inherited.
    /// </summary>
    internal sealed class KeyNode(bool isAttrs)
    {
        public bool IsAttrs { get; } = isAttrs;

        public Dictionary<string, KeyNode> Kids { get; } = new(StringComparer.Ordinal);

        /// <summary>The attribute-set expression written as this key's value, if any.</summary>
        public AttrSetExpr? Value { get; init; }
    }

    // ================================================================================================
    // Builder: random trees that Nix's parser accepts.
    // ================================================================================================

    /// <summary>Names in scope. Inside <c>with</c> any name is fine, because it may come from the set.</summary>
    private sealed class Scope(Scope? parent, bool inWith)
    {
        private readonly List<string> _names = [];

        public Scope? Parent { get; } = parent;

        public bool InWith { get; } = inWith || (parent?.InWith ?? false);

        public void Add(string name) => _names.Add(name);

        public List<string> AllNames()
        {
            var all = new List<string>();
            for (Scope? s = this; s is not null; s = s.Parent)
            {
                all.AddRange(s._names);
            }

            return all;
        }
    }

    private enum SetKind
    {
        Attrs,
        Rec,
        Let,
        LegacyLet,
    }

    private sealed class Builder(Random r, int maxDepth, int budget)
    {
        // Nix keywords: never plain identifiers (`or` is allowed as an attribute name only).
        private static readonly HashSet<string> Keywords =
            ["if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or"];

        // Identifier shapes, including the lexical corner cases: `-` and `'` inside names, names that
        // start with a keyword (`if-x`, `iffy`, `inherit'`), and rebinding of true/false/null.
        private static readonly string[] IdentStems =
        [
            "x", "y", "z", "a", "b", "f", "g", "n", "foo", "bar", "baz", "pkgs", "lib", "self", "super",
            "foo-bar", "x-1", "a-b-c", "with-", "x'", "a''", "f''x''", "x'-'", "_", "_x", "__y", "A1",
            "if-x", "iffy", "then'", "elsewhere", "inherit'", "letter", "in_", "inx", "rec-", "orx", "or-else",
            "assert'", "without", "true", "false", "null", "body'", "q1_2-3'",
        ];

        private static readonly string[] BinaryOps =
            ["->", "||", "&&", "==", "!=", "<", ">", "<=", ">=", "//", "+", "-", "*", "/", "++"];

        private int _budget = budget;
        private int _fresh;

        public Expr Program() => Expr(0, new Scope(null, inWith: false));

        private int Next(int maxExclusive) => r.Next(maxExclusive);

        private bool Chance(double p) => r.NextDouble() < p;

        private T Pick<T>(IReadOnlyList<T> items) => items[r.Next(items.Count)];

        /// <summary>How many children a container may have with the budget left.</summary>
        private int Count(int max) => Next(Math.Max(1, Math.Min(max, 1 + (_budget / 3))) + 1);

        private Expr Expr(int depth, Scope scope)
        {
            _budget--;
            if (_budget <= 0 || depth >= maxDepth)
            {
                return Leaf(scope);
            }

            int d = depth + 1;
            switch (Next(100))
            {
                case < 14: return Leaf(scope);
                case < 18: return Str(d, scope, indented: false, interpolate: true);
                case < 21: return Str(d, scope, indented: true, interpolate: true);
                case < 23: return InterpolatedPath(d, scope);
                case < 28: return new ListExpr(Enumerable.Range(0, Count(5)).Select(_ => Expr(d, scope)).ToList());
                case < 33: return AttrSet(d, scope, rec: false, reserved: null);
                case < 35: return AttrSet(d, scope, rec: true, reserved: null);
                case < 39: return Let(d, scope);
                case < 40: return LegacyLet(d, scope);
                case < 45: return Lambda(d, scope);
                case < 52: return new AppExpr(Function(d, scope), Expr(d, scope));
                case < 57: return new SelectExpr(Expr(d, scope), AttrPath(d, scope, 1 + Next(3)), Chance(0.45) ? Expr(d, scope) : null);
                case < 59: return new HasAttrExpr(Expr(d, scope), AttrPath(d, scope, 1 + Next(2)));
                case < 61: return new UnaryExpr('-', Expr(d, scope));
                case < 63: return new UnaryExpr('!', Expr(d, scope));
                case < 87: return new BinaryExpr(Pick(BinaryOps), Expr(d, scope), Expr(d, scope));
                case < 91: return new IfExpr(Expr(d, scope), Expr(d, scope), Expr(d, scope));
                case < 95: return new WithExpr(Expr(d, scope), Expr(d, new Scope(scope, inWith: true)));
                default: return new AssertExpr(Expr(d, scope), Expr(d, scope));
            }
        }

        /// <summary>Something likely to be a function, to make applications look natural.</summary>
        private Expr Function(int depth, Scope scope) => Next(10) switch
        {
            < 4 => Var(scope),
            < 6 => Lambda(depth, scope),
            < 7 => new SelectExpr(Var(scope), AttrPath(depth, scope, 1), null),
            _ => Expr(depth, scope),
        };

        private Expr Leaf(Scope scope) => Next(20) switch
        {
            < 3 => Int(),
            < 6 => Float(),
            < 11 => Var(scope),
            < 13 => Str(0, scope, indented: false, interpolate: false),
            < 14 => Str(0, scope, indented: true, interpolate: false),
            < 16 => new TokenLit(LitKind.Path, PlainPath()),
            16 => new TokenLit(LitKind.HomePath, "~/" + PathSegments(1 + Next(2))),
            17 => new TokenLit(LitKind.SearchPath, "<" + PathSegments(1 + Next(2), firstMayBeDots: false) + ">"),
            18 => new TokenLit(LitKind.Uri, Uri()),
            _ => Chance(0.5) ? new ListExpr([]) : new AttrSetExpr(Chance(0.3), []),
        };

        // ---------------------------------------------------------------- literals

        private IntLit Int()
        {
            switch (Next(10))
            {
                case < 4: return new IntLit(Next(100).ToString(CultureInfo.InvariantCulture));
                case 4: return new IntLit("9223372036854775807"); // int64 max is the largest valid literal
                case 5: return new IntLit(new string('0', 1 + Next(3)) + Next(1000).ToString(CultureInfo.InvariantCulture));
                default:
                    // Up to 19 digits, kept at or below int64 max: a larger literal is "invalid integer".
                    int len = 1 + Next(19);
                    var sb = new StringBuilder();
                    sb.Append((char)('1' + Next(9)));
                    for (int i = 1; i < len; i++)
                    {
                        sb.Append((char)('0' + Next(10)));
                    }

                    string s = sb.ToString();
                    if (s.Length == 19 && string.CompareOrdinal(s, "9223372036854775807") > 0)
                    {
                        s = "1" + s[1..];
                    }

                    return new IntLit(s);
            }
        }

        private FloatLit Float()
        {
            // FLOAT_LIT is (([1-9][0-9]*\.[0-9]*)|(0?\.[0-9]+))([Ee][+-]?[0-9]+)? : `1.`, `.5`, `1.e5`
            // and `2.5E-3` are floats, while `1e3`, `01.5` and `0.` are not. Mantissas stay below 1e6 and
            // exponents within +-99, because strtod overflow or underflow is an "invalid float" error.
            string mantissa = Next(3) switch
            {
                0 => (1 + Next(9)).ToString(CultureInfo.InvariantCulture) + Digits(Next(4)) + "." + Digits(Next(4)),
                1 => "." + Digits(1 + Next(4)),
                _ => "0." + Digits(1 + Next(4)),
            };
            if (Chance(0.35))
            {
                mantissa += (Chance(0.5) ? "e" : "E") + Pick(new[] { "", "+", "-" }) + (1 + Next(99)).ToString(CultureInfo.InvariantCulture);
            }

            return new FloatLit(mantissa);
        }

        private string Digits(int n)
        {
            var sb = new StringBuilder(n);
            for (int i = 0; i < n; i++)
            {
                sb.Append((char)('0' + Next(10)));
            }

            return sb.ToString();
        }

        private Expr Var(Scope scope)
        {
            List<string> bound = scope.AllNames();
            if (bound.Count > 0 && Chance(0.7))
            {
                // AllNames lists the innermost scope first: prefer it, it holds the freshest bindings.
                int i = (int)(Math.Pow(r.NextDouble(), 2) * bound.Count);
                return new VarRef(bound[Math.Clamp(i, 0, bound.Count - 1)]);
            }

            if (scope.InWith && Chance(0.5))
            {
                return new VarRef(Pick(IdentStems));
            }

            return new VarRef(Pick(Globals));
        }

        private static readonly string[] PathSegmentPool =
            ["a", "b", "foo", "bar.nix", "x-y", "+z", "_1", "a.b", "default.nix", "9", "..", ".", "nix-store", "A_B+c"];

        private string PathSegments(int n, bool firstMayBeDots = true)
        {
            var parts = new List<string>();
            for (int i = 0; i < n; i++)
            {
                string seg = Pick(PathSegmentPool);
                if (!firstMayBeDots && i == 0 && seg.StartsWith('.'))
                {
                    seg = "nixpkgs";
                }

                parts.Add(seg);
            }

            return string.Join("/", parts);
        }

        private string PlainPath() => Next(5) switch
        {
            0 => "./" + PathSegments(1 + Next(3)),
            1 => "../" + PathSegments(1 + Next(2)),
            2 => "/" + PathSegments(1 + Next(3)),
            // `a/b` (no leading ./) is a path too, which is why division must be spaced.
            3 => PathSegments(1, firstMayBeDots: false) + "/" + PathSegments(1 + Next(2)),
            _ => "./" + PathSegments(1),
        };

        private const string UriChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789%/?:@&=+$,-_.!~*'";

        private string Uri()
        {
            string[] samples =
            [
                "https://example.org/a", "http://x.org/a?b=c&d=e%20f", "mailto:someone@example.org",
                "urn:isbn:0-486-27557-4", "git+ssh://git@host:repo.git", "x:y", "ftp://h/$x,y;", "a.b-c+d:~*'!",
            ];
            if (Chance(0.6))
            {
                // The `;` in a sample ends the URI early: that is fine only when it is stripped.
                return Pick(samples).TrimEnd(';');
            }

            var sb = new StringBuilder();
            sb.Append(Pick(new[] { "s", "http", "git+https", "a.b-c", "Z9" })).Append(':');
            int n = 1 + Next(12);
            for (int i = 0; i < n; i++)
            {
                sb.Append(UriChars[Next(UriChars.Length)]);
            }

            return sb.ToString();
        }

        // ---------------------------------------------------------------- strings

        private StrLit Str(int depth, Scope scope, bool indented, bool interpolate)
        {
            var parts = new List<StrPart>();
            int pieces = 1 + Next(4);
            for (int i = 0; i < pieces; i++)
            {
                if (interpolate && Chance(0.4))
                {
                    parts.Add(new StrPart { Interp = Expr(depth, scope) });
                }
                else
                {
                    parts.Add(new StrPart { Raw = indented ? IndText() : DqText() });
                }
            }

            // A lone `$` is only safe directly before the closing `"` (lexer.l's trailing-context rule);
            // anywhere else it would turn a following `${` into literal text.
            if (!indented && Chance(0.05))
            {
                parts.Add(new StrPart { Raw = "$" });
            }

            return new StrLit(indented, parts);
        }

        private static readonly string[] DqAtoms =
        [
            "a", "hello", " ", "world", "42", "x-y", "{", "}", "'", "''", "#", "/*", "é", "λ→✓", ".", ":", "!", "<>",
            "\\n", "\\t", "\\r", "\\\"", "\\\\", "\\$", "\\q", "\\'",
            // `\${…}` and `$${…}` are literal text, not interpolation; `$` is safe before anything but `{`.
            "\\${x}", "$${x}", "$$", "$a", "$ ", "$x$y",
            "\n", "\t", "\r\n",
        ];

        private string DqText()
        {
            var sb = new StringBuilder();
            int n = 1 + Next(5);
            for (int i = 0; i < n; i++)
            {
                sb.Append(Pick(DqAtoms));
            }

            return sb.ToString();
        }

        private static readonly string[] IndAtoms =
        [
            "a", "hello", " ", "  ", "x-y", "\"quoted\"", "\\", "\\n", "{", "}", "#", "é✓", ".", ";",
            // A single `'` is followed by a letter: `''` would close the string, and a trailing `'`
            // would fuse with the closing `''` into the `'''` escape.
            "'a", "it's",
            // Escapes: `''$` (so `''${x}` is literal text), `'''` (two quotes), `''\` + any character.
            "''$", "''${x}", "'''", "''\\n", "''\\t", "''\\\\", "''\\'",
            // `$` is safe before anything but `{`; `$${` is literal text.
            "$$", "$a", "$${x}",
            "\n", "\n  ", "\n\t", "\r\n", "\n\n    ",
        ];

        private string IndText()
        {
            var sb = new StringBuilder();
            if (Chance(0.4))
            {
                sb.Append('\n').Append(' ', Next(5));
            }

            int n = 1 + Next(6);
            for (int i = 0; i < n; i++)
            {
                sb.Append(Pick(IndAtoms));
            }

            return sb.ToString();
        }

        private Expr InterpolatedPath(int depth, Scope scope)
        {
            // The lexer needs a `/` before the first `${` (PATH_SEG or HPATH_START followed by `${`, or a
            // complete PATH token); afterwards text and interpolations may alternate freely, but the path
            // must not end with `/` ("path has a trailing slash").
            string[] prefixes = ["./", "/", "~/", "a/", "./a-", "../x/", "/abs/pre-", "~/a", "foo/bar", "./x.y/"];
            string[] middles = ["", "", "-", ".nix", "/", "/b/", "/b", "x+y"];
            string[] suffixes = ["", "", ".nix", "/b/c", "-x", "/default.nix", "+1"];
            var parts = new List<StrPart> { new() { Raw = Pick(prefixes) } };
            int n = 1 + Next(2);
            for (int i = 0; i < n; i++)
            {
                if (i > 0)
                {
                    string mid = Pick(middles);
                    if (mid.Length > 0)
                    {
                        parts.Add(new StrPart { Raw = mid });
                    }
                }

                parts.Add(new StrPart { Interp = Expr(depth, scope) });
            }

            string suffix = Pick(suffixes);
            if (suffix.Length > 0)
            {
                parts.Add(new StrPart { Raw = suffix });
            }

            return new InterpPath(parts);
        }

        // ---------------------------------------------------------------- identifiers and attribute names

        /// <summary>A fresh identifier usable as a variable (never a keyword, never <c>or</c>).</summary>
        private string Ident()
        {
            string stem = Pick(IdentStems);
            if (Chance(0.35))
            {
                // Suffixes keep names varied; `_fresh` makes clashes rare (callers still check).
                stem += Pick(new[] { "1", "_", "'", "-2", "x" }) + (_fresh++ % 7 == 0 ? _fresh.ToString(CultureInfo.InvariantCulture) : "");
            }

            return stem;
        }

        private string FreshIdent(ICollection<string> taken)
        {
            for (int attempt = 0; ; attempt++)
            {
                string name = Ident();
                if (attempt > 4)
                {
                    name += "_" + (_fresh++).ToString(CultureInfo.InvariantCulture);
                }

                if (!taken.Contains(name) && !Keywords.Contains(name))
                {
                    return name;
                }
            }
        }

        /// <summary>A static key: an identifier, <c>or</c>, or a quoted string without interpolation.</summary>
        private (AttrName Name, string Key) FreshKey(KeyNode level, ISet<string>? reserved, bool allowOr)
        {
            for (int attempt = 0; ; attempt++)
            {
                (AttrName Name, string Key) candidate;
                int pick = Next(10);
                if (pick == 0 && allowOr)
                {
                    // `or` is a keyword but still a valid attribute name (attr: ID | OR_KW in parser.y).
                    candidate = (new AttrName { Ident = "or" }, "or");
                }
                else if (pick <= 2)
                {
                    candidate = QuotedStaticKey();
                }
                else
                {
                    string id = Ident();
                    candidate = (new AttrName { Ident = id }, id);
                }

                if (attempt > 4)
                {
                    string id = "k_" + (_fresh++).ToString(CultureInfo.InvariantCulture);
                    candidate = (new AttrName { Ident = id }, id);
                }

                if (!level.Kids.ContainsKey(candidate.Key) && (reserved is null || !reserved.Contains(candidate.Key)))
                {
                    return candidate;
                }
            }
        }

        // Raw text and the value Nix cooks it to: duplicates are detected on the cooked key, so `a` and
        // `"a"` and `${"a"}` are all the same attribute.
        private static readonly (string Raw, string Cooked)[] KeyAtoms =
        [
            ("a", "a"), ("b", "b"), (" ", " "), ("if", "if"), ("then", "then"), ("x.y", "x.y"), ("-", "-"),
            ("1", "1"), ("é", "é"), ("\\\"", "\""), ("\\\\", "\\"), ("\\n", "\n"), ("\\t", "\t"), ("\\q", "q"),
            ("$a", "$a"), ("$$", "$$"), ("\\${x}", "${x}"), ("'", "'"), ("or", "or"), ("rec", "rec"),
        ];

        private (AttrName Name, string Key) QuotedStaticKey()
        {
            var raw = new StringBuilder();
            var cooked = new StringBuilder();
            int n = Next(4); // 0 gives `""`, the empty attribute name
            for (int i = 0; i < n; i++)
            {
                var (rw, ck) = Pick(KeyAtoms);
                raw.Append(rw);
                cooked.Append(ck);
            }

            var parts = new List<StrPart>();
            if (raw.Length > 0)
            {
                parts.Add(new StrPart { Raw = raw.ToString() });
            }

            return (new AttrName { Quoted = new StrLit(false, parts) }, cooked.ToString());
        }

        /// <summary>A dynamic name: <c>${e}</c> or an interpolated <c>"…${e}…"</c>.</summary>
        private AttrName DynamicName(int depth, Scope scope)
        {
            if (Chance(0.5))
            {
                var parts = new List<StrPart>();
                if (Chance(0.5))
                {
                    parts.Add(new StrPart { Raw = "a-" });
                }

                parts.Add(new StrPart { Interp = Expr(depth, scope) });
                return new AttrName { Quoted = new StrLit(false, parts) };
            }

            // `${"a"}` would be the static name `a` (parser.y turns a plain string into a symbol), so the
            // expression is never a string literal here.
            Expr e = Expr(depth, scope);
            while (e is StrLit)
            {
                e = Var(scope);
            }

            return new AttrName { Dynamic = e };
        }

        /// <summary>An attribute path for <c>e.path</c> and <c>e ? path</c>: any kind of name.</summary>
        private List<AttrName> AttrPath(int depth, Scope scope, int n)
        {
            var path = new List<AttrName>();
            for (int i = 0; i < n; i++)
            {
                path.Add(Next(10) switch
                {
                    < 6 => new AttrName { Ident = Ident() },
                    6 => new AttrName { Ident = "or" },
                    7 => QuotedStaticKey().Name,
                    _ => DynamicName(depth, scope),
                });
            }

            return path;
        }

        // ---------------------------------------------------------------- binding constructs

        private AttrSetExpr AttrSet(int depth, Scope scope, bool rec, ISet<string>? reserved)
        {
            var keys = new KeyNode(isAttrs: true);
            var inner = rec ? new Scope(scope, false) : scope;
            var bindings = Bindings(rec ? SetKind.Rec : SetKind.Attrs, depth, scope, inner, keys, reserved, Count(5));
            return new AttrSetExpr(rec, bindings) { Keys = keys };
        }

        private LetExpr Let(int depth, Scope scope)
        {
            var inner = new Scope(scope, false);
            var bindings = Bindings(SetKind.Let, depth, scope, inner, new KeyNode(isAttrs: true), null, Count(4));
            return new LetExpr(bindings, Expr(depth, inner));
        }

        private LegacyLetExpr LegacyLet(int depth, Scope scope)
        {
            var inner = new Scope(scope, false);
            var keys = new KeyNode(isAttrs: true);
            var bindings = Bindings(SetKind.LegacyLet, depth, scope, inner, keys, new HashSet<string> { "body" }, Count(3));
            // `let { … }` means `(rec { … }).body`; a body attribute makes it meaningful.
            if (Chance(0.9))
            {
                var body = new AttrBinding([new AttrName { Ident = "body" }], Expr(depth, inner));
                bindings.Insert(Next(bindings.Count + 1), body);
            }

            return new LegacyLetExpr(bindings);
        }

        private List<Binding> Bindings(
            SetKind kind, int depth, Scope outer, Scope inner, KeyNode root, ISet<string>? reserved, int count)
        {
            var result = new List<Binding>();
            bool binds = kind != SetKind.Attrs; // rec, let and legacy let bring their keys into scope
            Scope valueScope = binds ? inner : outer;

            void Bind(AttrName name)
            {
                if (binds && name.Ident is { } id && id != "or")
                {
                    inner.Add(id);
                }
            }

            for (int i = 0; i < count; i++)
            {
                int pick = Next(100);
                if (pick < 42)
                {
                    // name = value;
                    var (name, key) = FreshKey(root, reserved, allowOr: true);
                    Expr value = Chance(0.2) ? AttrSet(depth, valueScope, Chance(0.2), null) : Expr(depth, valueScope);
                    root.Kids[key] = KeyFor(value);
                    result.Add(new AttrBinding([name], value));
                    Bind(name);
                }
                else if (pick < 62)
                {
                    result.Add(PathBinding(kind, depth, valueScope, root, reserved, Bind));
                }
                else if (pick < 68 && MergeBinding(depth, valueScope, root) is { } merge)
                {
                    result.Add(merge);
                }
                else if (pick < 78)
                {
                    // inherit a b;  Each name must be bound outside (it means `a = a;` looked up in the
                    // enclosing scope) and becomes a key that cannot be extended later.
                    var candidates = outer.AllNames().Concat(Globals.Where(g => g != "__curPos"))
                        .Where(n => !root.Kids.ContainsKey(n) && (reserved is null || !reserved.Contains(n)))
                        .Distinct().ToList();
                    var names = new List<AttrName>();
                    int n = Math.Min(candidates.Count, 1 + Next(3));
                    for (int j = 0; j < n; j++)
                    {
                        string nm = candidates[Next(candidates.Count)];
                        if (root.Kids.ContainsKey(nm))
                        {
                            continue;
                        }

                        root.Kids[nm] = new KeyNode(isAttrs: false);
                        // `inherit "x";` is allowed: a static string is a name, only `${…}` is rejected.
                        names.Add(Chance(0.15)
                            ? new AttrName { Quoted = new StrLit(false, [new StrPart { Raw = nm }]) }
                            : new AttrName { Ident = nm });
                        Bind(new AttrName { Ident = nm });
                    }

                    result.Add(new InheritBinding(null, names));
                }
                else if (pick < 90)
                {
                    // inherit (e) a "b" or;  Any static names; the source expression uses the outer scope.
                    Expr from = Expr(depth, outer);
                    var names = new List<AttrName>();
                    int n = Next(4);
                    for (int j = 0; j < n; j++)
                    {
                        var (name, key) = FreshKey(root, reserved, allowOr: true);
                        root.Kids[key] = new KeyNode(isAttrs: false);
                        names.Add(name);
                        Bind(name);
                    }

                    result.Add(new InheritBinding(from, names));
                }
                else if (pick < 97 && kind != SetKind.Let)
                {
                    // ${e} = value;  "dynamic attributes not allowed in let" applies to the top level of
                    // `let … in` only (nested paths and legacy `let { }` are fine).
                    result.Add(new AttrBinding([DynamicName(depth, valueScope)], Expr(depth, valueScope)));
                }
                else if (pick < 99)
                {
                    result.Add(new InheritBinding(null, [])); // `inherit;` is valid and empty
                }
            }

            return result;
        }

        private static KeyNode KeyFor(Expr value)
        {
            if (value is AttrSetExpr set)
            {
                // The set's own keys become this key's children: later `name.x = …` must avoid them.
                var node = new KeyNode(isAttrs: true) { Value = set };
                foreach (var (k, v) in set.Keys.Kids)
                {
                    node.Kids[k] = v;
                }

                return node;
            }

            return new KeyNode(isAttrs: false);
        }

        /// <summary><c>a.b.c = v;</c>, possibly extending keys that already hold attribute sets.</summary>
        private AttrBinding PathBinding(
            SetKind kind, int depth, Scope valueScope, KeyNode root, ISet<string>? reserved, Action<AttrName> bind)
        {
            var path = new List<AttrName>();
            KeyNode node = root;

            // Walk into existing keys whose value is an attribute set (written or implicit).
            while (Chance(0.6))
            {
                var extendable = node.Kids.Where(kv => kv.Value.IsAttrs).ToList();
                if (extendable.Count == 0)
                {
                    break;
                }

                var (key, kid) = extendable[Next(extendable.Count)];
                path.Add(NameForKey(key));
                if (kid.Value is not null)
                {
                    kid.Value.MergeTarget = true;
                }

                node = kid;
            }

            int fresh = 1 + Next(2) + (path.Count == 0 ? 1 : 0);
            bool dynamic = false;
            string? lastKey = null;
            for (int j = 0; j < fresh; j++)
            {
                bool last = j == fresh - 1;
                int level = path.Count;
                if (!dynamic && Chance(0.12) && !(kind == SetKind.Let && level == 0))
                {
                    path.Add(DynamicName(depth, valueScope));
                    dynamic = true; // keys under a dynamic name are never checked
                    continue;
                }

                if (dynamic)
                {
                    path.Add(Chance(0.8) ? new AttrName { Ident = Ident() } : QuotedStaticKey().Name);
                    continue;
                }

                var (name, key) = FreshKey(node, level == 0 ? reserved : null, allowOr: true);
                path.Add(name);
                if (level == 0)
                {
                    bind(name);
                }

                if (last)
                {
                    lastKey = key;
                }
                else
                {
                    var implicitSet = new KeyNode(isAttrs: true);
                    node.Kids[key] = implicitSet;
                    node = implicitSet;
                }
            }

            Expr value = Chance(0.25) ? AttrSet(depth, valueScope, Chance(0.2), null) : Expr(depth, valueScope);
            if (lastKey is not null)
            {
                node.Kids[lastKey] = KeyFor(value);
            }

            return new AttrBinding(path, value);
        }

        /// <summary>
        /// <c>a = { new keys };</c> where <c>a</c> already holds an attribute set: Nix 2.8 merges the two
        /// sets, provided no key repeats.
        /// </summary>
        private AttrBinding? MergeBinding(int depth, Scope valueScope, KeyNode root)
        {
            var targets = new List<(List<string> Path, List<KeyNode> Nodes)>();
            void Collect(KeyNode n, List<string> prefix, List<KeyNode> chain)
            {
                foreach (var (k, kid) in n.Kids)
                {
                    if (kid.IsAttrs && prefix.Count < 3)
                    {
                        var p = new List<string>(prefix) { k };
                        var c = new List<KeyNode>(chain) { kid };
                        targets.Add((p, c));
                        Collect(kid, p, c);
                    }
                }
            }

            Collect(root, [], []);
            if (targets.Count == 0)
            {
                return null;
            }

            var (path, chain) = targets[Next(targets.Count)];
            KeyNode node = chain[^1];

            // Every written set on the way is now extended by this binding (for the shrinker).
            foreach (KeyNode onPath in chain)
            {
                if (onPath.Value is not null)
                {
                    onPath.Value.MergeTarget = true;
                }
            }

            // Nix 2.8 copies the new set's attributes into the existing set and drops the new set's `rec`
            // flag, so `a.x = 1; a = rec { b = 1; c = b; };` reports `b` as undefined. Merge a `rec` set
            // only into a set that is `rec` itself.
            bool rec = node.Value is { Rec: true } && Chance(0.5);
            var set = AttrSet(depth, valueScope, rec, new HashSet<string>(node.Kids.Keys, StringComparer.Ordinal));
            set.MergeTarget = true;

            foreach (var (k, v) in set.Keys.Kids)
            {
                node.Kids[k] = v;
            }

            return new AttrBinding(path.Select(NameForKey).ToList(), set);
        }

        /// <summary>Writes an existing key again, as an identifier where possible, else quoted.</summary>
        private AttrName NameForKey(string key)
        {
            if (key == "or" || (IsIdentifier(key) && !Keywords.Contains(key) && Chance(0.85)))
            {
                return new AttrName { Ident = key };
            }

            return new AttrName { Quoted = new StrLit(false, key.Length == 0 ? [] : [new StrPart { Raw = EscapeDq(key) }]) };
        }

        private Expr Lambda(int depth, Scope scope)
        {
            var bodyScope = new Scope(scope, false);
            if (Chance(0.35))
            {
                string param = FreshIdent(Array.Empty<string>());
                bodyScope.Add(param);
                return new LambdaExpr(param, null, Expr(depth, bodyScope));
            }

            // Formals: unique names, and an `@` name different from all of them ("duplicate formal").
            var names = new List<string>();
            int n = Next(5);
            for (int i = 0; i < n; i++)
            {
                names.Add(FreshIdent(names));
            }

            string? at = Chance(0.3) ? FreshIdent(names) : null;
            foreach (string nm in names)
            {
                bodyScope.Add(nm);
            }

            if (at is not null)
            {
                bodyScope.Add(at);
            }

            // Defaults see all formals and the @ name.
            var formals = names.Select(nm => new Formal(nm, Chance(0.4) ? Expr(depth, bodyScope) : null)).ToList();
            bool ellipsis = Chance(0.3);
            var f = new Formals
            {
                Items = formals,
                Ellipsis = ellipsis,
                // `{ a, }` is valid, `{ a, ..., }` and `{ , }` are not.
                TrailingComma = !ellipsis && formals.Count > 0 && Chance(0.2),
                At = at,
                AtFirst = Chance(0.5),
            };
            return new LambdaExpr(null, f, Expr(depth, bodyScope));
        }
    }

    // Names that are always bound in Nix 2.8's base environment, so using them is never an
    // "undefined variable" error (`__curPos` is not a variable but a keyword-like expression).
    private static readonly string[] Globals =
    [
        "true", "false", "null", "builtins", "map", "toString", "import", "throw", "abort",
        "baseNameOf", "dirOf", "isNull", "removeAttrs", "derivation", "placeholder", "fetchTarball",
        "scopedImport", "__add", "__nixPath", "__findFile", "__curPos",
    ];

    internal static bool IsIdentifier(string s) => IdentRegex.IsMatch(s);

    private static readonly Regex IdentRegex = new(@"\A[a-zA-Z_][a-zA-Z0-9_'\-]*\z", RegexOptions.CultureInvariant);

    private static string EscapeDq(string cooked)
    {
        var sb = new StringBuilder();
        foreach (char c in cooked)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '$' => "\\$",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    // ================================================================================================
    // Printer
    // ================================================================================================

    private enum TokKind
    {
        /// <summary>One token of the DEFAULT lexer state; checked with the lexer's regular expressions.</summary>
        Plain,

        /// <summary>A whole <c>"…"</c> string: nothing after it can extend it.</summary>
        DqString,

        /// <summary>A whole <c>''…''</c> string: a following <c>'</c>, <c>$</c> or <c>\</c> would join an escape.</summary>
        IndString,

        /// <summary>A whole interpolated path: a following path character, <c>/</c> or <c>${</c> would continue it.</summary>
        InterpPath,
    }

    private readonly record struct Tok(string Text, TokKind Kind);

    /// <summary>
    /// Where an expression is printed. <see cref="MinPrec"/> is the loosest precedence that needs no
    /// parentheses; <see cref="PrefixOk"/> admits unary operators whatever their precedence (they are
    /// delimited on the left by the operator before them); <see cref="Follow"/> is the precedence of the
    /// operator that comes right after the expression (0: none), which a trailing prefix operator,
    /// <c>if</c> or lambda would otherwise swallow.
    /// </summary>
    private readonly record struct Slot(int MinPrec, bool PrefixOk, int Follow)
    {
        public static readonly Slot Any = new(0, true, 0);
    }

    // Precedence levels from parser.y (bigger binds tighter). IF/lambda/let/with/assert are 0.
    private const int PrecImpl = 1, PrecOr = 2, PrecAnd = 3, PrecEq = 4, PrecCmp = 5, PrecUpdate = 6, PrecNot = 7,
        PrecAdd = 8, PrecMul = 9, PrecConcat = 10, PrecHasAttr = 11, PrecNeg = 12, PrecApp = 13, PrecSelect = 14,
        PrecSimple = 15, Closed = 99;

    private enum Assoc
    {
        Left,
        Right,
        None,
    }

    private static (int Prec, Assoc Assoc) OpInfo(string op) => op switch
    {
        "->" => (PrecImpl, Assoc.Right),
        "||" => (PrecOr, Assoc.Left),
        "&&" => (PrecAnd, Assoc.Left),
        "==" or "!=" => (PrecEq, Assoc.None),
        "<" or ">" or "<=" or ">=" => (PrecCmp, Assoc.None),
        "//" => (PrecUpdate, Assoc.Right),
        "+" or "-" => (PrecAdd, Assoc.Left),
        "*" or "/" => (PrecMul, Assoc.Left),
        "++" => (PrecConcat, Assoc.Right),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not a binary operator"),
    };

    private static int Prec(Expr e) => e switch
    {
        BinaryExpr b => OpInfo(b.Op).Prec,
        HasAttrExpr => PrecHasAttr,
        UnaryExpr u => u.Op == '!' ? PrecNot : PrecNeg,
        AppExpr => PrecApp,
        SelectExpr => PrecSelect,
        IfExpr or LambdaExpr or LetExpr or WithExpr or AssertExpr => 0,
        _ => PrecSimple,
    };

    private sealed class Printer(Random r, TriviaStyle style, bool fullParens)
    {
        private List<Tok> _toks = [];
        private List<(int Pos, Tok Tok)> _lastRun = [];

        public string PrintProgram(Expr e)
        {
            P(e, Slot.Any);
            string body = Join(_toks);
            if (style is TriviaStyle.Plain or TriviaStyle.Compact)
            {
                return body;
            }

            string lead = Chance(0.3) ? Pick(new[] { "\n", "# header\n", "/* c */ ", "\r\n\t", "/** doc */\n", " " }) : "";
            string trail = Chance(0.4) ? Pick(new[] { "\n", " ", "\r\n", "\n# end", "# end", " /* c */", "\n\n" }) : "";
            if (trail.Length > 0 && !CanGlue(body, _lastRun, trail))
            {
                trail = " " + trail;
            }

            return lead + body + trail;
        }

        private bool Chance(double p) => r.NextDouble() < p;

        private T Pick<T>(IReadOnlyList<T> items) => items[r.Next(items.Count)];

        private void Emit(string text, TokKind kind = TokKind.Plain) => _toks.Add(new Tok(text, kind));

        /// <summary>Prints <paramref name="e"/> and returns the precedence of its open right end.</summary>
        private int P(Expr e, Slot slot)
        {
            int start = _toks.Count;
            int open = Bare(e);
            int prec = Prec(e);
            bool fits = prec >= slot.MinPrec || (slot.PrefixOk && e is UnaryExpr);
            // A trailing `!x`, `-x`, `if`, lambda, `let`, `with` or `assert` extends to the right over any
            // operator that binds tighter than it, so it needs parentheses before such an operator.
            bool swallows = open < slot.Follow;
            bool redundant = fullParens
                ? e is not (IntLit or FloatLit or VarRef or TokenLit)
                : Chance(style == TriviaStyle.Noisy ? 0.08 : 0.03);
            if (!fits || swallows || redundant)
            {
                int layers = !fits || swallows || fullParens || Chance(0.8) ? 1 : 2;
                for (int i = 0; i < layers; i++)
                {
                    _toks.Insert(start, new Tok("(", TokKind.Plain));
                    Emit(")");
                }

                return Closed;
            }

            return open;
        }

        private int Bare(Expr e)
        {
            switch (e)
            {
                case IntLit i:
                    Emit(i.Text);
                    return Closed;
                case FloatLit f:
                    Emit(f.Text);
                    return Closed;
                case VarRef v:
                    Emit(v.Name);
                    return Closed;
                case TokenLit t:
                    Emit(t.Text);
                    return Closed;
                case StrLit s:
                    Emit(StringText(s), s.Indented ? TokKind.IndString : TokKind.DqString);
                    return Closed;
                case InterpPath p:
                    Emit(PathText(p), TokKind.InterpPath);
                    return Closed;
                case ListExpr l:
                    Emit("[");
                    foreach (Expr item in l.Items)
                    {
                        // List items are expr_select: `[ -1 ]`, `[ f x ]` and `[ x: x ]` need parentheses.
                        P(item, new Slot(PrecSelect, false, 0));
                    }

                    Emit("]");
                    return Closed;
                case AttrSetExpr a:
                    if (a.Rec)
                    {
                        Emit("rec");
                    }

                    Emit("{");
                    Bindings(a.Bindings);
                    Emit("}");
                    return Closed;
                case LetExpr le:
                    Emit("let");
                    Bindings(le.Bindings);
                    Emit("in");
                    P(le.Body, Slot.Any);
                    return 0;
                case LegacyLetExpr ll:
                    Emit("let");
                    Emit("{");
                    Bindings(ll.Bindings);
                    Emit("}");
                    return Closed;
                case LambdaExpr lam:
                    Params(lam);
                    Emit(":");
                    P(lam.Body, Slot.Any);
                    return 0;
                case AppExpr app:
                    // The function is expr_app, the argument expr_select (so `f -1` would be `f - 1`).
                    P(app.Fn, new Slot(PrecApp, false, PrecApp));
                    P(app.Arg, new Slot(PrecSelect, false, PrecApp));
                    return Closed;
                case SelectExpr sel:
                    P(sel.Target, new Slot(PrecSimple, false, PrecSelect));
                    Emit(".");
                    AttrPath(sel.Path);
                    if (sel.Default is not null)
                    {
                        Emit("or");
                        P(sel.Default, new Slot(PrecSelect, false, 0));
                    }

                    return Closed;
                case HasAttrExpr has:
                    P(has.Target, new Slot(PrecHasAttr, false, PrecHasAttr));
                    Emit("?");
                    AttrPath(has.Path);
                    return Closed;
                case UnaryExpr u:
                    {
                        Emit(u.Op.ToString());
                        int own = u.Op == '!' ? PrecNot : PrecNeg;
                        // `!` takes everything tighter than itself (`!a + b` is `!(a + b)`); `-` only
                        // application and select (`-a ? b` is `(-a) ? b`).
                        int inner = P(u.Operand, new Slot(own + 1, true, 0));
                        return Math.Min(own, inner);
                    }

                case BinaryExpr b:
                    {
                        var (p, assoc) = OpInfo(b.Op);
                        P(b.Left, new Slot(assoc == Assoc.Left ? p : p + 1, false, p));
                        Emit(b.Op);
                        // Non-associative comparisons (`a < b < c` is an error) get parentheses on both sides.
                        return P(b.Right, new Slot(assoc == Assoc.Right ? p : p + 1, true, 0));
                    }

                case IfExpr i:
                    Emit("if");
                    P(i.Cond, Slot.Any);
                    Emit("then");
                    P(i.Then, Slot.Any);
                    Emit("else");
                    P(i.Else, Slot.Any);
                    return 0;
                case WithExpr w:
                    Emit("with");
                    P(w.Scope, Slot.Any);
                    Emit(";");
                    P(w.Body, Slot.Any);
                    return 0;
                case AssertExpr a:
                    Emit("assert");
                    P(a.Cond, Slot.Any);
                    Emit(";");
                    P(a.Body, Slot.Any);
                    return 0;
                default:
                    throw new InvalidOperationException("unknown node " + e.GetType().Name);
            }
        }

        private void Params(LambdaExpr lam)
        {
            if (lam.Param is not null)
            {
                Emit(lam.Param);
                return;
            }

            Formals f = lam.Formals!;
            if (f.At is not null && f.AtFirst)
            {
                Emit(f.At);
                Emit("@");
            }

            Emit("{");
            for (int i = 0; i < f.Items.Count; i++)
            {
                if (i > 0)
                {
                    Emit(",");
                }

                Emit(f.Items[i].Name);
                if (f.Items[i].Default is { } d)
                {
                    Emit("?");
                    P(d, Slot.Any);
                }
            }

            if (f.Ellipsis)
            {
                if (f.Items.Count > 0)
                {
                    Emit(",");
                }

                Emit("...");
            }
            else if (f.TrailingComma)
            {
                Emit(",");
            }

            Emit("}");
            if (f.At is not null && !f.AtFirst)
            {
                Emit("@");
                Emit(f.At);
            }
        }

        private void Bindings(List<Binding> bindings)
        {
            foreach (Binding b in bindings)
            {
                switch (b)
                {
                    case AttrBinding ab:
                        AttrPath(ab.Path);
                        Emit("=");
                        P(ab.Value, Slot.Any);
                        Emit(";");
                        break;
                    case InheritBinding ib:
                        Emit("inherit");
                        if (ib.From is not null)
                        {
                            Emit("(");
                            P(ib.From, Slot.Any);
                            Emit(")");
                        }

                        foreach (AttrName n in ib.Names)
                        {
                            Name(n);
                        }

                        Emit(";");
                        break;
                }
            }
        }

        private void AttrPath(List<AttrName> path)
        {
            for (int i = 0; i < path.Count; i++)
            {
                if (i > 0)
                {
                    Emit(".");
                }

                Name(path[i]);
            }
        }

        private void Name(AttrName n)
        {
            if (n.Ident is not null)
            {
                Emit(n.Ident);
            }
            else if (n.Quoted is not null)
            {
                Emit(StringText(n.Quoted), TokKind.DqString);
            }
            else
            {
                Emit("${");
                P(n.Dynamic!, Slot.Any);
                Emit("}");
            }
        }

        private string StringText(StrLit s)
        {
            var sb = new StringBuilder(s.Indented ? "''" : "\"");
            foreach (StrPart part in s.Parts)
            {
                sb.Append(part.Raw ?? Interpolation(part.Interp!));
            }

            return sb.Append(s.Indented ? "''" : "\"").ToString();
        }

        private string PathText(InterpPath p)
        {
            var sb = new StringBuilder();
            foreach (StrPart part in p.Parts)
            {
                sb.Append(part.Raw ?? Interpolation(part.Interp!));
            }

            return sb.ToString();
        }

        /// <summary><c>${ e }</c> printed with its own trivia; inside, the lexer is back in its default state.</summary>
        private string Interpolation(Expr e)
        {
            List<Tok> saved = _toks;
            _toks = [];
            Emit("${");
            P(e, Slot.Any);
            Emit("}");
            string text = Join(_toks);
            _toks = saved;
            return text;
        }

        // ---------------------------------------------------------------- trivia and token joining

        private string Separator()
        {
            switch (style)
            {
                case TriviaStyle.Plain:
                    return " ";
                case TriviaStyle.Compact:
                    return Chance(0.75) ? "" : " ";
                case TriviaStyle.Normal:
                    return r.Next(100) switch
                    {
                        < 76 => " ",
                        < 86 => "",
                        < 94 => "\n" + new string(' ', 2 * r.Next(4)),
                        < 97 => "  ",
                        _ => "\t",
                    };
                default:
                    return r.Next(100) switch
                    {
                        < 30 => " ",
                        < 40 => "",
                        < 52 => "\n" + new string(' ', r.Next(8)),
                        < 60 => "\r\n" + new string('\t', r.Next(3)),
                        < 66 => "\t",
                        < 70 => " \t  \n\n ",
                        < 78 => LineComment(),
                        < 90 => BlockComment(),
                        < 95 => BlockComment() + " " + LineComment() + " ",
                        _ => "\n" + LineComment() + "  " + BlockComment(),
                    };
            }
        }

        private string LineComment() =>
            // Line comments run to the end of the line, so one always ends with LF or CRLF here.
            Pick(new[] { "#", "# c", "#no space", "# ${x} '' \" */ /*", "# é ✓", "## x" }) + (Chance(0.8) ? "\n" : "\r\n");

        private string BlockComment() =>
            // Block comments do not nest and end at the first `*/`, so the text never contains one.
            Pick(new[] { "/* c */", "/**/", "/***/", "/* * */", "/** doc comment */", "/* multi\n line */", "/* ${x} '' \" # */", "/*é*/" });

        /// <summary>
        /// Joins tokens with random trivia. Two tokens may touch only if Nix's lexer still splits the text
        /// at the same place: e.g. `x` `:` `x` would be the URI `x:x`, `1` `.` `a` the float `1.`, `a` `/`
        /// `b` the path `a/b`, `/` `*` a comment, `+` `+` the `++` operator, `a` `-` the name `a-`.
        /// </summary>
        private string Join(List<Tok> toks)
        {
            var sb = new StringBuilder();
            var run = new List<(int Pos, Tok Tok)>(); // tokens since the last trivia
            foreach (Tok t in toks)
            {
                if (sb.Length > 0)
                {
                    string sep = Separator();
                    if (sep.Length == 0 || sep[0] is '/' or '#')
                    {
                        // An empty separator or a comment touches the previous token: check it.
                        string probe = sep.Length == 0 ? t.Text : sep;
                        if (run.Count >= 24 || !CanGlue(sb.ToString(), run, probe))
                        {
                            sep = " " + sep;
                        }
                    }

                    sb.Append(sep);
                    if (sep.Length > 0)
                    {
                        run.Clear();
                    }
                }

                run.Add((sb.Length, t));
                sb.Append(t.Text);
            }

            _lastRun = run; // the trailing trivia of the program is checked against it
            return sb.ToString();
        }

        private static bool CanGlue(string text, List<(int Pos, Tok Tok)> run, string next)
        {
            if (run.Count == 0 || next.Length == 0)
            {
                return true;
            }

            char c = next[0];
            Tok last = run[^1].Tok;
            if (last.Kind == TokKind.IndString && c is '\'' or '$' or '\\')
            {
                return false;
            }

            if (last.Kind == TokKind.InterpPath && (IsPathChar(c) || c is '/' or '$'))
            {
                return false;
            }

            foreach (var (pos, tok) in run)
            {
                if (tok.Kind != TokKind.Plain)
                {
                    continue;
                }

                string joined = string.Concat(text.AsSpan(pos), next);
                if (Lexer.LongestMatch(joined) != tok.Text.Length)
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static bool IsPathChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-' or '+';

    /// <summary>The token rules of Nix's lexer.l (DEFAULT state) that can swallow a following token.</summary>
    private static class Lexer
    {
        private const string PathChar = @"[a-zA-Z0-9._\-+]";

        private static readonly Regex[] Rules =
        [
            new(@"\A[a-zA-Z_][a-zA-Z0-9_'\-]*"), // ID (keywords are IDs of the same length)
            new(@"\A[0-9]+"), // INT
            new(@"\A(([1-9][0-9]*\.[0-9]*)|(0?\.[0-9]+))([Ee][+-]?[0-9]+)?"), // FLOAT
            new($@"\A{PathChar}*(/{PathChar}+)+/?"), // PATH (a trailing slash is lexed, then rejected)
            new($@"\A{PathChar}*/\$\{{"), // PATH_SEG followed by ${ starts an interpolated path
            new($@"\A~(/{PathChar}+)+/?"), // HPATH
            new(@"\A~/\$\{"), // HPATH_START followed by ${
            new($@"\A<{PathChar}+(/{PathChar}+)*>"), // SPATH
            new(@"\A[a-zA-Z][a-zA-Z0-9+\-.]*:[a-zA-Z0-9%/?:@&=+$,\-_.!~*']+"), // URI
            new(@"\A(\.\.\.|==|!=|<=|>=|&&|\|\||->|//|\+\+|\$\{|''|/\*|#)"), // multi-character tokens, comments
        ];

        public static int LongestMatch(string s)
        {
            int best = s.Length > 0 ? 1 : 0;
            foreach (Regex rule in Rules)
            {
                Match m = rule.Match(s);
                if (m.Success && m.Length > best)
                {
                    best = m.Length;
                }
            }

            return best;
        }
    }

    // ================================================================================================
    // Shrinker
    // ================================================================================================

    internal static class Shrinker
    {
        /// <summary>A child position in the tree that can be replaced.</summary>
        private sealed record Ref(Expr Value, Action<Expr> Set, bool DynamicKey, bool SameScopeKids);

        public static int VarRefCount(Expr root) => Refs(root, _ => { }).Count(r => r.Value is VarRef);

        public static IEnumerable<Expr> Candidates(Expr root)
        {
            int count = Refs(root.Clone(), _ => { }).Count;
            for (int k = 0; k < count; k++)
            {
                Ref target = Refs(root.Clone(), _ => { })[k];
                if (k > 0 && target.Value is AttrSetExpr { MergeTarget: true })
                {
                    continue; // other bindings rely on this being an attribute set (not so at the root)
                }

                var replacements = new List<Expr>();
                if (target.Value is not IntLit { Text: "1" })
                {
                    replacements.Add(new IntLit("1"));
                }

                // Operands stay in scope; children under a binder (lambda, let, rec, with) may replace
                // their parent only when they use no variable that could be unbound there.
                replacements.AddRange(target.SameScopeKids
                    ? SameScopeChildren(target.Value)
                    : Children(target.Value).Where(IsClosed));

                foreach (Expr replacement in replacements)
                {
                    if (target.DynamicKey && replacement is StrLit)
                    {
                        continue; // `${"a"}` is static and might repeat a key
                    }

                    // Rebuild from a fresh copy for each candidate.
                    Expr? newRoot = null;
                    Expr copy = root.Clone();
                    var copyRefs = Refs(copy, e => newRoot = e);
                    copyRefs[k].Set(replacement.Clone());
                    yield return newRoot ?? copy;
                }

                if (target.Value is ListExpr list)
                {
                    for (int i = 0; i < list.Items.Count; i++)
                    {
                        Expr copy = root.Clone();
                        var copyRefs = Refs(copy, _ => { });
                        ((ListExpr)copyRefs[k].Value).Items.RemoveAt(i);
                        yield return copy;
                    }
                }
            }
        }

        /// <summary>The direct expression children of a node.</summary>
        private static List<Expr> Children(Expr e)
        {
            var acc = new List<Ref>();
            Visit(e, _ => { }, false, acc, levels: 1);
            return acc.Skip(1).Select(r => r.Value).ToList();
        }

        /// <summary>Whether every variable used in <paramref name="e"/> is bound inside it or globally.</summary>
        private static bool IsClosed(Expr e) => FreeVars(e).All(n => Array.IndexOf(Globals, n) >= 0);

        /// <summary>
        /// Variables of <paramref name="e"/> that are not bound inside it (over-approximated: names bound
        /// by quoted keys count as free; variables under <c>with</c> do not, as Nix resolves them there).
        /// </summary>
        private static HashSet<string> FreeVars(Expr e)
        {
            var free = new HashSet<string>(StringComparer.Ordinal);
            switch (e)
            {
                case VarRef v:
                    free.Add(v.Name);
                    break;
                case LambdaExpr lam:
                    {
                        var inner = FreeVars(lam.Body);
                        foreach (Formal f in lam.Formals?.Items ?? [])
                        {
                            if (f.Default is not null)
                            {
                                inner.UnionWith(FreeVars(f.Default));
                            }
                        }

                        inner.ExceptWith(lam.Formals?.Items.Select(f => f.Name) ?? []);
                        inner.Remove(lam.Param ?? lam.Formals?.At ?? "");
                        free.UnionWith(inner);
                        break;
                    }

                case WithExpr w:
                    free.UnionWith(FreeVars(w.Scope));
                    break;
                case LetExpr le:
                    BindingFreeVars(le.Bindings, le.Body, recursive: true, free);
                    break;
                case LegacyLetExpr ll:
                    BindingFreeVars(ll.Bindings, null, recursive: true, free);
                    break;
                case AttrSetExpr a:
                    BindingFreeVars(a.Bindings, null, a.Rec, free);
                    break;
                default:
                    foreach (Expr child in Children(e))
                    {
                        free.UnionWith(FreeVars(child));
                    }

                    break;
            }

            return free;
        }

        private static void BindingFreeVars(List<Binding> bindings, Expr? body, bool recursive, HashSet<string> free)
        {
            var bound = new HashSet<string>(StringComparer.Ordinal);
            var inner = new HashSet<string>(StringComparer.Ordinal);
            foreach (Binding b in bindings)
            {
                switch (b)
                {
                    case AttrBinding ab:
                        if (ab.Path[0].Ident is { } first)
                        {
                            bound.Add(first);
                        }

                        foreach (AttrName n in ab.Path)
                        {
                            NameFreeVars(n, inner);
                        }

                        inner.UnionWith(FreeVars(ab.Value));
                        break;
                    case InheritBinding ib:
                        foreach (AttrName n in ib.Names)
                        {
                            bound.Add(n.Ident ?? "");
                        }

                        if (ib.From is not null)
                        {
                            free.UnionWith(FreeVars(ib.From)); // counted as outside, to be safe
                        }
                        else
                        {
                            // `inherit x;` reads x from the enclosing scope (a quoted name too).
                            free.UnionWith(ib.Names.Select(n => n.Ident ?? "<quoted name>"));
                        }

                        break;
                }
            }

            if (body is not null)
            {
                inner.UnionWith(FreeVars(body));
            }

            if (recursive)
            {
                inner.ExceptWith(bound);
            }

            free.UnionWith(inner);
        }

        private static void NameFreeVars(AttrName n, HashSet<string> acc)
        {
            if (n.Dynamic is not null)
            {
                acc.UnionWith(FreeVars(n.Dynamic));
            }

            foreach (StrPart p in n.Quoted?.Parts ?? [])
            {
                if (p.Interp is not null)
                {
                    acc.UnionWith(FreeVars(p.Interp));
                }
            }
        }

        private static IEnumerable<Expr> NameExprs(List<AttrName> path) =>
            path.SelectMany(n => n.Dynamic is not null
                ? [n.Dynamic]
                : (n.Quoted?.Parts ?? []).Where(p => p.Interp is not null).Select(p => p.Interp!));

        private static IEnumerable<Expr> SameScopeChildren(Expr e) => e switch
        {
            BinaryExpr b => [b.Left, b.Right],
            UnaryExpr u => [u.Operand],
            AppExpr a => [a.Fn, a.Arg],
            SelectExpr s => new[] { s.Target, s.Default }.Concat(NameExprs(s.Path)).OfType<Expr>(),
            HasAttrExpr h => NameExprs(h.Path).Prepend(h.Target),
            IfExpr i => [i.Cond, i.Then, i.Else],
            AssertExpr a => [a.Cond, a.Body],
            WithExpr w => [w.Scope],
            ListExpr l => l.Items,
            StrLit s => s.Parts.Where(p => p.Interp is not null).Select(p => p.Interp!),
            InterpPath p => p.Parts.Where(x => x.Interp is not null).Select(x => x.Interp!),
            // Values of a non-recursive set are in the set's own scope; `rec` and `let` values are not.
            AttrSetExpr { Rec: false } a => a.Bindings.Select(b => b switch
            {
                AttrBinding ab => ab.Value,
                InheritBinding { From: { } f } => f,
                _ => null,
            }).OfType<Expr>(),
            _ => [],
        };

        /// <summary>All replaceable positions in pre-order; <paramref name="setRoot"/> replaces the root.</summary>
        private static List<Ref> Refs(Expr root, Action<Expr> setRoot)
        {
            var acc = new List<Ref>();
            Visit(root, setRoot, false, acc);
            return acc;
        }

        private static void Visit(Expr e, Action<Expr> set, bool dynamicKey, List<Ref> acc, int levels = int.MaxValue)
        {
            bool sameScope = e is BinaryExpr or UnaryExpr or AppExpr or SelectExpr or HasAttrExpr or IfExpr or AssertExpr
                or WithExpr or ListExpr or StrLit or InterpPath or AttrSetExpr { Rec: false };
            acc.Add(new Ref(e, set, dynamicKey, sameScope));
            if (levels == 0)
            {
                return;
            }

            int next = levels == int.MaxValue ? levels : levels - 1;
            switch (e)
            {
                case StrLit s:
                    Parts(s.Parts, acc, next);
                    break;
                case InterpPath p:
                    Parts(p.Parts, acc, next);
                    break;
                case ListExpr l:
                    for (int i = 0; i < l.Items.Count; i++)
                    {
                        int index = i;
                        Visit(l.Items[i], x => l.Items[index] = x, false, acc, next);
                    }

                    break;
                case AttrSetExpr a:
                    BindingRefs(a.Bindings, acc, next);
                    break;
                case LetExpr le:
                    BindingRefs(le.Bindings, acc, next);
                    Visit(le.Body, x => le.Body = x, false, acc, next);
                    break;
                case LegacyLetExpr ll:
                    BindingRefs(ll.Bindings, acc, next);
                    break;
                case LambdaExpr lam:
                    if (lam.Formals is not null)
                    {
                        foreach (Formal f in lam.Formals.Items)
                        {
                            if (f.Default is not null)
                            {
                                Visit(f.Default, x => f.Default = x, false, acc, next);
                            }
                        }
                    }

                    Visit(lam.Body, x => lam.Body = x, false, acc, next);
                    break;
                case AppExpr app:
                    Visit(app.Fn, x => app.Fn = x, false, acc, next);
                    Visit(app.Arg, x => app.Arg = x, false, acc, next);
                    break;
                case SelectExpr sel:
                    Visit(sel.Target, x => sel.Target = x, false, acc, next);
                    Names(sel.Path, acc, next);
                    if (sel.Default is not null)
                    {
                        Visit(sel.Default, x => sel.Default = x, false, acc, next);
                    }

                    break;
                case HasAttrExpr has:
                    Visit(has.Target, x => has.Target = x, false, acc, next);
                    Names(has.Path, acc, next);
                    break;
                case UnaryExpr u:
                    Visit(u.Operand, x => u.Operand = x, false, acc, next);
                    break;
                case BinaryExpr b:
                    Visit(b.Left, x => b.Left = x, false, acc, next);
                    Visit(b.Right, x => b.Right = x, false, acc, next);
                    break;
                case IfExpr i:
                    Visit(i.Cond, x => i.Cond = x, false, acc, next);
                    Visit(i.Then, x => i.Then = x, false, acc, next);
                    Visit(i.Else, x => i.Else = x, false, acc, next);
                    break;
                case WithExpr w:
                    Visit(w.Scope, x => w.Scope = x, false, acc, next);
                    Visit(w.Body, x => w.Body = x, false, acc, next);
                    break;
                case AssertExpr a:
                    Visit(a.Cond, x => a.Cond = x, false, acc, next);
                    Visit(a.Body, x => a.Body = x, false, acc, next);
                    break;
            }
        }

        private static void Parts(List<StrPart> parts, List<Ref> acc, int next)
        {
            foreach (StrPart part in parts)
            {
                if (part.Interp is not null)
                {
                    Visit(part.Interp, x => part.Interp = x, false, acc, next);
                }
            }
        }

        private static void Names(List<AttrName> names, List<Ref> acc, int next)
        {
            foreach (AttrName n in names)
            {
                if (n.Dynamic is not null)
                {
                    Visit(n.Dynamic, x => n.Dynamic = x, true, acc, next);
                }
                else if (n.Quoted is not null)
                {
                    // Interpolations inside a quoted name keep it dynamic whatever they become.
                    Parts(n.Quoted.Parts, acc, next);
                }
            }
        }

        private static void BindingRefs(List<Binding> bindings, List<Ref> acc, int next)
        {
            foreach (Binding b in bindings)
            {
                switch (b)
                {
                    case AttrBinding ab:
                        Names(ab.Path, acc, next);
                        Visit(ab.Value, x => ab.Value = x, false, acc, next);
                        break;
                    case InheritBinding ib:
                        if (ib.From is not null)
                        {
                            Visit(ib.From, x => ib.From = x, false, acc, next);
                        }

                        break;
                }
            }
        }
    }
}
