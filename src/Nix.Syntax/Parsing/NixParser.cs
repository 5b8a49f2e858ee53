using System.Runtime.CompilerServices;
using Antlr4.Runtime;

namespace Nix.Syntax.Parsing.Generated;

/// <summary>
/// Hooks that stream the parse into green nodes without an ANTLR parse tree: every rule's children go to
/// the <see cref="GreenTreeBuilder"/> as they are matched, and a rule's exit builds its node. The recursion
/// of the generated parser is guarded so that deep input ends in a diagnostic, never a stack overflow.
/// </summary>
internal partial class NixParser
{
    private int _depth;

    internal GreenTreeBuilder Builder { get; set; } = null!;

    /// <summary>The most rule invocations nested at once before the parse gives up with NIX1005.</summary>
    internal int MaxRuleDepth { get; set; } = 30_000;

    /// <summary>Whether running out of stack may be answered by a retry on a thread with a larger stack.</summary>
    internal bool MayRetryOnLargerStack { get; set; }

    /// <summary>
    /// As ANTLR's EnterRule without recording the rule's start token: with no parse tree nothing reads it,
    /// and fetching it made a token object for almost every rule call.
    /// </summary>
    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        State = state;
        Context = localctx;
        if (++_depth > MaxRuleDepth)
        {
            _depth--;
            throw new NestingTooDeepException(insufficientStack: false);
        }
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth--;
            throw new NestingTooDeepException(insufficientStack: true);
        }
        Builder.StartNode();
    }

    /// <summary>As ANTLR's ExitRule without recording the stop token (see <see cref="EnterRule"/>).</summary>
    public override void ExitRule()
    {
        _depth--;
        var context = Context;
        if (!Builder.Aborted) Builder.FinishNode(context.RuleIndex);
        State = context.invokingState;
        Context = (ParserRuleContext)context.Parent;
    }

    public override IToken Consume()
    {
        var token = CurrentToken;
        bool skipped = ErrorHandler.InErrorRecoveryMode(this);
        var result = base.Consume();
        Builder.AddToken(token.TokenIndex, skipped);
        return result;
    }

    /// <summary>
    /// Whether the next tokens are <c>name(.name)* =</c>, the start of a binding. No valid argument of an
    /// application is followed by <c>=</c>, so stopping the application there only changes recovery:
    /// <c>{ a = f x b = 2; }</c> then misses one <c>;</c> instead of losing the binding of <c>b</c>.
    /// </summary>
    internal bool AtBindingStart()
    {
        var input = (ArrayTokenStream)InputStream;
        return AtBindingStart(input.Types, input.Index);
    }

    /// <summary>Whether the tokens from <paramref name="index"/> on are <c>name(.name)* =</c>; the end of file stops the scan.</summary>
    internal static bool AtBindingStart(int[] types, int index)
    {
        int i = index;
        while (true)
        {
            int type = types[i];
            if (type != IDENTIFIER && type != OR_KW) return false;
            int next = types[i + 1];
            if (next == ASSIGN) return true;
            if (next != DOT) return false;
            i += 2;
        }
    }
}

/// <summary>Thrown from a rule entry when nesting is too deep to go on; no generated rule catches it.</summary>
internal sealed class NestingTooDeepException(bool insufficientStack) : Exception("Nesting too deep")
{
    public bool InsufficientStack { get; } = insufficientStack;
}
