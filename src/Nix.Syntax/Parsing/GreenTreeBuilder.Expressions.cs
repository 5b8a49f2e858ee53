using Nix.Syntax.Diagnostics;
using Nix.Syntax.InternalSyntax;
using K = Nix.Syntax.NixSyntaxKind;

namespace Nix.Syntax.Parsing;

internal sealed partial class GreenTreeBuilder
{
    /// <summary>
    /// expr_function: the heads (<c>x:</c>, <c>{…}:</c>, <c>assert e;</c>, <c>with e;</c>, <c>let … in</c>) were
    /// parsed as a loop; each head wraps everything after it, so they fold from the right.
    /// </summary>
    private GreenNode BuildExpr(ref Children c)
    {
        if (c.Count == 1 && c.PeekIsExpression()) return c.Take();
        var heads = _heads;
        heads.Clear();
        while (!c.AtEnd)
        {
            var next = c.Peek();
            if (next.Kind == K.IdentifierToken && next.IsToken)
            {
                var identifier = c.Take();
                if (c.At(K.AtToken))
                {
                    var at = c.Take();
                    var formals = c.Node(K.FormalSet) ?? MissingFormalSet();
                    var parameter = N(K.FormalsParameter, identifier, at, formals, null, null);
                    heads.Add(new Head(K.LambdaExpression, parameter, c.Token(K.ColonToken), null, null));
                }
                else
                {
                    var parameter = N(K.IdentifierParameter, identifier);
                    heads.Add(new Head(K.LambdaExpression, parameter, c.Token(K.ColonToken), null, null));
                }
            }
            else if (next.Kind == K.FormalSet)
            {
                var formals = c.Take();
                GreenNode? at = null, alias = null;
                if (c.At(K.AtToken))
                {
                    at = c.Take();
                    alias = c.Token(K.IdentifierToken);
                }
                var parameter = N(K.FormalsParameter, null, null, formals, at, alias);
                heads.Add(new Head(K.LambdaExpression, parameter, c.Token(K.ColonToken), null, null));
            }
            else if (next.Kind is K.AssertKeyword or K.WithKeyword && next.IsToken)
            {
                var keyword = c.Take();
                var expression = c.Expression();
                heads.Add(new Head(next.Kind == K.AssertKeyword ? K.AssertExpression : K.WithExpression, keyword, expression, c.Token(K.SemicolonToken), null));
            }
            else if (next.Kind == K.LetKeyword && next.IsToken)
            {
                var let = c.Take();
                var bindings = c.Bindings();
                heads.Add(new Head(K.LetExpression, let, bindings, c.Token(K.InKeyword), null));
            }
            else
            {
                break;
            }
        }

        var body = BuildConditional(ref c);
        for (int i = heads.Count - 1; i >= 0; i--)
        {
            var h = heads[i];
            body = h.Kind switch
            {
                K.LambdaExpression => N(K.LambdaExpression, h.A, h.B, body),
                K.LetExpression => N(K.LetExpression, h.A, h.B, h.C, body),
                _ => GreenSyntaxNode.Create(h.Kind, h.A, h.B, h.C, body),
            };
        }
        return body;
    }

    internal readonly record struct Head(K Kind, GreenNode? A, GreenNode? B, GreenNode? C, GreenNode? D);

    /// <summary>
    /// expr_op: folds the flat sequence of prefix operators, operands, application arguments, binary operators
    /// and <c>? path</c> with Nix's precedence table (parser.y), shunting-yard style, with explicit stacks.
    /// </summary>
    private GreenNode BuildOperation(ref Children c)
    {
        if (c.Count == 1 && c.PeekIsExpression()) return c.Take();
        var operands = _operands;
        var operators = _operators;
        operands.Clear();
        operators.Clear();
        bool expectOperand = true;
        var firstPipe = K.None;
        while (!c.AtEnd)
        {
            var item = c.Peek();
            if (expectOperand)
            {
                if (item.IsToken && item.Kind is K.ExclamationToken or K.MinusToken)
                {
                    int index = c.PeekTokenIndex();
                    bool not = item.Kind == K.ExclamationToken;
                    operators.Add(new Operator((GreenToken)c.Take(), index, not ? NotPrecedence : NegatePrecedence, Associativity.Prefix,
                        not ? K.LogicalNotExpression : K.NegateExpression));
                    continue;
                }
                operands.Add(c.Expression());
                expectOperand = false;
                continue;
            }
            if (SyntaxFacts.IsExpression(item.Kind))
            {
                // expr_app: an operand followed by another is an application, which binds tightest of all.
                operands.Add(N(K.ApplyExpression, Pop(operands), c.Take()));
                continue;
            }
            if (item.IsToken && item.Kind == K.QuestionToken)
            {
                // `?` binds tighter than every binary operator: only a pending negation goes first.
                Reduce(operands, operators, HasAttrPrecedence, Associativity.Left);
                var question = c.Take();
                var path = c.Node(K.AttrPath) ?? MissingAttrPath();
                var left = Pop(operands);
                operands.Add(N(K.HasAttrExpression, left, question, path));
                continue;
            }
            var kind = item.IsToken ? SyntaxFacts.GetBinaryExpressionKind(item.Kind) : K.None;
            if (kind == K.None) break;
            var (precedence, associativity) = BinaryPrecedence(item.Kind);
            int tokenIndex = c.PeekTokenIndex();
            if (item.Kind is K.BarGreaterThanToken or K.LessThanBarToken)
            {
                if (firstPipe == K.None) firstPipe = item.Kind;
                else if (firstPipe != item.Kind) Report(NixDiagnostics.MixedPipes, tokenIndex);
            }
            Reduce(operands, operators, precedence, associativity, tokenIndex, item.Kind);
            operators.Add(new Operator((GreenToken)c.Take(), tokenIndex, precedence, associativity, kind));
            expectOperand = true;
        }
        if (expectOperand) operands.Add(MissingExpression());
        Reduce(operands, operators, int.MinValue, Associativity.Left);
        return operands[0];
    }

    /// <summary>Applies the stacked operators that bind at least as tightly as an incoming one.</summary>
    private void Reduce(List<GreenNode> operands, List<Operator> operators, int precedence, Associativity associativity,
        int incomingIndex = -1, K incomingKind = K.None)
    {
        while (operators.Count > 0)
        {
            var top = operators[^1];
            if (top.Associativity == Associativity.Prefix)
            {
                if (top.Precedence <= precedence) return;
                operators.RemoveAt(operators.Count - 1);
                operands.Add(GreenSyntaxNode.Create(top.ExpressionKind, top.Token, Pop(operands)));
                continue;
            }
            bool reduce = top.Precedence > precedence || (top.Precedence == precedence && associativity != Associativity.Right);
            if (!reduce) return;
            if (top.Precedence == precedence && associativity == Associativity.None)
                Report(NixDiagnostics.NonAssociativeOperator, incomingIndex, SyntaxFacts.GetText(incomingKind), top.Token.Text);
            operators.RemoveAt(operators.Count - 1);
            var right = Pop(operands);
            var left = Pop(operands);
            operands.Add(GreenSyntaxNode.Create(top.ExpressionKind, left, top.Token, right));
        }
    }

    private static GreenNode Pop(List<GreenNode> stack)
    {
        if (stack.Count == 0) return MissingExpression();
        var top = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        return top;
    }

    // parser.y, tightest first: NEGATE, '?', '++', '*' '/', '+' '-', NOT, '//', comparisons, '==' '!=', '&&',
    // '||', '->', pipes. Larger binds tighter.
    private const int NegatePrecedence = 13;
    private const int HasAttrPrecedence = 12;
    private const int NotPrecedence = 8;

    private static (int, Associativity) BinaryPrecedence(K operatorKind) => operatorKind switch
    {
        K.PlusPlusToken => (11, Associativity.Right),
        K.AsteriskToken or K.SlashToken => (10, Associativity.Left),
        K.PlusToken or K.MinusToken => (9, Associativity.Left),
        K.SlashSlashToken => (7, Associativity.Right),
        K.LessThanToken or K.GreaterThanToken or K.LessThanEqualsToken or K.GreaterThanEqualsToken => (6, Associativity.None),
        K.EqualsEqualsToken or K.ExclamationEqualsToken => (5, Associativity.None),
        K.AmpersandAmpersandToken => (4, Associativity.Left),
        K.BarBarToken => (3, Associativity.Left),
        K.MinusGreaterThanToken => (2, Associativity.Right),
        K.BarGreaterThanToken => (1, Associativity.Left),
        K.LessThanBarToken => (1, Associativity.Right),
        _ => throw new InvalidOperationException($"{operatorKind} is not a binary operator"),
    };

    internal enum Associativity : byte { Left, Right, None, Prefix }

    internal readonly record struct Operator(GreenToken Token, int TokenIndex, int Precedence, Associativity Associativity, K ExpressionKind);
}
