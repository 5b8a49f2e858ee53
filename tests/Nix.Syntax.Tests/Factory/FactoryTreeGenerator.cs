using static Nix.Syntax.SyntaxFactory;

namespace Nix.Syntax.Tests.Factory;

/// <summary>
/// Random trees built only through <see cref="SyntaxFactory"/>, over every node kind, biased towards the lexical
/// traps of printing: names with <c>-</c> and <c>'</c>, negative numbers, paths after <c>/</c>, lambdas (<c>x: x</c>),
/// selects from numbers (<c>1 .a</c>), quoted and dynamic attribute names, and strings full of escapes.
/// </summary>
internal sealed class FactoryTreeGenerator(int seed, int budget)
{
    private readonly Random _rng = new(seed);
    private int _budget = budget;

    private static readonly string[] Names = ["a", "x", "a-b", "x'", "a''", "_x", "f", "true", "null", "e", "e3", "if-x", "or-else"];
    private static readonly string[] AttrNames = ["a", "k3s-token", "a'", "or", "_x", "k3s.io/role", "lxc*", "if", "in", "rec", "1x", "-x", "", "a b", "${x}", "\"q\"", "\\"];
    private static readonly string[] Texts = ["", "a", "\"", "\\", "${x}", "$", "$$", "$${", "''", "'", "'''", "\n", "\r\n", "\t", " ", "é😀", "''${", "$'", "\\n"];
    private static readonly string[] Paths = ["./a", "/b", "a/b", "../x.nix", "~/c", "./a-1.2+b", "-/x", "/etc/k3s"];
    private static readonly double[] Floats = [0.0, 0.5, 1.0, 1.5e300, 1e-7, 123456.789, 2.2250738585072014e-308, double.MaxValue, 0.1, -2.5];
    private static readonly long[] Integers = [0, 1, 42, -1, -7, long.MaxValue, long.MinValue, 9];

    private static readonly NixSyntaxKind[] BinaryKinds =
        Enum.GetValues<NixSyntaxKind>().Where(kind => SyntaxFacts.GetBinaryOperatorKind(kind) != NixSyntaxKind.None).ToArray();

    public ExpressionSyntax Expression(int depth = 0)
    {
        _budget--;
        if (_budget <= 0 || depth > 8 || _rng.Next(4) == 0) return Leaf();
        int d = depth + 1;
        switch (_rng.Next(24))
        {
            case 0: return AttrSet(Bindings(d));
            case 1: return RecAttrSet(Bindings(d));
            case 2: return List(Many(() => Expression(d)).ToArray());
            case 3: return Lambda(Pick(Names), Expression(d));
            case 4:
                var formals = Many(() => Formal(Pick(Names) + _rng.Next(100), _rng.Next(2) == 0 ? null : Expression(d)));
                return Lambda(FormalSet(formals, _rng.Next(2) == 0), Expression(d), _rng.Next(3) == 0 ? "args" : null);
            case 5: return Apply(Expression(d), Expression(d));
            case 6: return Select(Expression(d), Many(() => Pick(AttrNames), 1).ToArray());
            case 7: return Select(Expression(d), AttrPath(Pick(AttrNames)), Expression(d));
            case 8: return HasAttr(Expression(d), Pick(AttrNames), Pick(AttrNames));
            case 9: return Let(Bindings(d), Expression(d));
            case 10: return With(Expression(d), Expression(d));
            case 11: return AssertExpression(Expression(d), Expression(d));
            case 12: return If(Expression(d), Expression(d), Expression(d));
            case 13: case 14: case 15: return Binary(Pick(BinaryKinds), Expression(d), Expression(d));
            case 16: return Not(Expression(d));
            case 17: return Negate(Expression(d));
            case 18: return Parenthesize(Expression(d));
            case 19:
                return LegacyLetExpression(Token(NixSyntaxKind.LetKeyword), Token(NixSyntaxKind.OpenBraceToken),
                    SyntaxFactory.List<BindingSyntax>([Binding("body", Expression(d)), .. Bindings(d)]), Token(NixSyntaxKind.CloseBraceToken));
            case 20:
                return StringExpression(NixSyntaxKind.StringExpression, Token(NixSyntaxKind.DoubleQuoteToken),
                    SyntaxFactory.List<InterpolatedPartSyntax>([StringText(Token(NixSyntaxKind.StringTextToken, "a ")), Interpolation(Expression(d))]),
                    Token(NixSyntaxKind.DoubleQuoteToken));
            case 21:
                return PathExpression(SyntaxFactory.List<InterpolatedPartSyntax>(
                    [StringText(Token(NixSyntaxKind.PathToken, "./a-")), Interpolation(Expression(d)), StringText(Token(NixSyntaxKind.PathTextToken, ".nix"))]));
            case 22: return Binary(NixSyntaxKind.DivideExpression, Expression(d), PathLiteral(Pick(Paths)));
            default: return Apply(IdentifierName(Pick(Names)), Negate(Expression(d)));
        }
    }

    private ExpressionSyntax Leaf() => _rng.Next(11) switch
    {
        0 or 1 => IdentifierName(Pick(Names)),
        2 => IntegerLiteral(Pick(Integers)),
        3 => FloatLiteral(Pick(Floats)),
        4 => StringLiteral(string.Concat(Many(() => Pick(Texts)))),
        5 => IndentedString(Many(() => string.Concat(Many(() => Pick(Texts).Replace("\n", "")))) ),
        6 => PathLiteral(Pick(Paths)),
        7 => SearchPath("nixpkgs/lib"),
        8 => LiteralExpression(NixSyntaxKind.UriExpression, Token(NixSyntaxKind.UriToken, "https://get.k3s.io")),
        9 => AttrSet(),
        _ => List(),
    };

    private List<BindingSyntax> Bindings(int depth) => Many<BindingSyntax>(() => _rng.Next(5) switch
    {
        0 => Inherit(Many(() => Pick(AttrNames)).ToArray()),
        1 => InheritFrom(Expression(depth), Many(() => Pick(AttrNames)).ToArray()),
        2 => Binding(AttrPath([AttrName(Pick(AttrNames)), DynamicAttrName(Expression(depth))]), Expression(depth)),
        _ => Binding(Many(() => Pick(AttrNames), 1).ToArray(), Expression(depth)),
    });

    private List<T> Many<T>(Func<T> make, int min = 0)
    {
        int count = min + _rng.Next(4);
        var items = new List<T>(count);
        for (int i = 0; i < count; i++) items.Add(make());
        return items;
    }

    private T Pick<T>(T[] items) => items[_rng.Next(items.Length)];
}
