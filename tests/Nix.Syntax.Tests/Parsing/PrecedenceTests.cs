namespace Nix.Syntax.Tests.Parsing;

/// <summary>
/// Every precedence level and associativity of parser.y, and its traps, as structure: the expected groupings
/// were checked against Nix's own parser (nix-instantiate --parse) or come from parser.y at HEAD (pipes).
/// </summary>
public class PrecedenceTests
{
    [Theory]
    [InlineData("a.b or c.d or e", "(. a b or (. c d or e))")]
    [InlineData("f x y", "(app (app f x) y)")]
    [InlineData("-a ? b", "(? (neg a) b)")]
    [InlineData("- f x", "(neg (app f x))")]
    [InlineData("-a.b", "(neg (. a b))")]
    [InlineData("--a", "(neg (neg a))")]
    [InlineData("a ? b ? c", "(? (? a b) c)")]
    [InlineData("a ? b.c", "(? a b.c)")]
    [InlineData("a ++ b ? c", "(++ a (? b c))")]
    [InlineData("a ++ b ++ c", "(++ a (++ b c))")]
    [InlineData("a * b / c", "(/ (* a b) c)")]
    [InlineData("a - b + c", "(+ (- a b) c)")]
    [InlineData("a + b * c", "(+ a (* b c))")]
    [InlineData("1 + 2 ++ 3", "(+ 1 (++ 2 3))")]
    [InlineData("!a + b", "(! (+ a b))")]
    [InlineData("!a // b", "(// (! a) b)")]
    [InlineData("!!a", "(! (! a))")]
    [InlineData("a + !b + c", "(+ a (! (+ b c)))")]
    [InlineData("a * !b + c", "(* a (! (+ b c)))")]
    [InlineData("a * !b // c", "(// (* a (! b)) c)")]
    [InlineData("-!a + b", "(neg (! (+ a b)))")]
    [InlineData("a // b // c", "(// a (// b c))")]
    [InlineData("a < b == c", "(== (< a b) c)")]
    [InlineData("a == b < c", "(== a (< b c))")]
    [InlineData("a == b && c != d", "(&& (== a b) (!= c d))")]
    [InlineData("a || b && c", "(|| a (&& b c))")]
    [InlineData("a && b || c", "(|| (&& a b) c)")]
    [InlineData("a -> b -> c", "(-> a (-> b c))")]
    [InlineData("a -> b || c", "(-> a (|| b c))")]
    [InlineData("f -1", "(- f 1)")]
    [InlineData("if a then b else c + 1", "(if a b (+ c 1))")]
    [InlineData("[ (f x) f x ]", "[(paren (app f x)) f x]")]
    [InlineData("a b or c", "(app (app a (app b or)) c)")]
    [InlineData("f or", "(app f or)")]
    [InlineData("a.x or b or", "(. a x or (app b or))")]
    [InlineData("[ a or b ]", "[(app a or) b]")]
    [InlineData("a |> f |> g", "(|> (|> a f) g)")]
    [InlineData("f <| g <| a", "(<| f (<| g a))")]
    [InlineData("a |> f == b", "(|> a (== f b))")]
    public void OperatorsGroupAsInNix(string source, string expected)
    {
        Assert.Equal(expected, SExpression.Of(source));
    }

    [Theory]
    [InlineData("x: y: x", "(fn x (fn y x))")]
    [InlineData("{ a, b ? 1, ... }: a", "(fn {a,b?1,...} a)")]
    [InlineData("{ }: 1", "(fn {} 1)")]
    [InlineData("{ ... }: 1", "(fn {...} 1)")]
    [InlineData("{ a, }: a", "(fn {a} a)")]
    [InlineData("x@{ a }: a", "(fn x@{a} a)")]
    [InlineData("{ a }@x: a", "(fn {a}@x a)")]
    [InlineData("x @ { ... }: x", "(fn x@{...} x)")]
    [InlineData("let a = 1; in a", "(let a=1; a)")]
    [InlineData("let in e", "(let  e)")]
    [InlineData("let { body = 1; }", "(let{} body=1;)")]
    [InlineData("with a; b", "(with a b)")]
    [InlineData("assert a; b", "(assert a b)")]
    [InlineData("x: let a = x; in with a; assert b; a", "(fn x (let a=x; (with a (assert b a))))")]
    [InlineData("rec { a = 1; b = a; }", "rec{a=1;b=a;}")]
    [InlineData("{ inherit a b; inherit (c) d; }", "{inherit a b;inherit(c) d;}")]
    [InlineData("{ inherit; inherit (e); }", "{inherit;inherit(e);}")]
    [InlineData("{ a.b.c = 1; \"x y\" = 2; ${k} = 3; }", "{a.b.c=1;(str \"x y\")=2;${k}=3;}")]
    [InlineData("a.\"if\"", "(. a (str \"if\"))")]
    [InlineData("a.or", "(. a or)")]
    [InlineData("{ or = 1; }", "{or=1;}")]
    [InlineData("{ inherit (x) or; }", "{inherit(x) or;}")]
    [InlineData("\"a${b}c\"", "(str \"a\" ${b} \"c\")")]
    [InlineData("if a then b else if c then d else e", "(if a b (if c d e))")]
    public void ConstructsHaveTheirShape(string source, string expected)
    {
        var tree = NixSyntaxTree.ParseText(source);
        Assert.Empty(tree.GetDiagnostics());
        Assert.Equal(expected, SExpression.Of(tree.GetRoot().Expression));
    }
}
