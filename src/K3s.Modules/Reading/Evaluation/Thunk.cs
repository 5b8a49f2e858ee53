using Nix.Syntax;

namespace K3s.Modules.Reading.Evaluation;

/// <summary>A value not computed yet: an expression with its scope, forced at most once.</summary>
internal sealed class Thunk
{
    // One of these computes the value: a function, an expression with its scope and evaluator (kept as
    // fields rather than a closure, which would cost two objects per thunk), or an attribute's lazy value.
    private readonly Func<NixValue>? _compute;
    private readonly Evaluator? _evaluator;
    private readonly NixAttribute? _attribute;
    private NixValue? _value;
    private bool _forcing;

    public Thunk(ExpressionSyntax expression, Scope scope, Evaluator evaluator)
    {
        Expression = expression;
        Scope = scope;
        _evaluator = evaluator;
    }

    /// <summary>The value of an attribute, computed when it is first asked for.</summary>
    public Thunk(NixAttribute attribute) => _attribute = attribute;

    public Thunk(Func<NixValue> compute, ExpressionSyntax? expression = null, Scope? scope = null)
    {
        _compute = compute;
        Expression = expression;
        Scope = scope;
    }

    public Thunk(NixValue value) => _value = value;

    /// <summary>The expression, when the thunk came from one (conditions are named by its text).</summary>
    public ExpressionSyntax? Expression { get; }

    /// <summary>The scope the expression is evaluated in.</summary>
    public Scope? Scope { get; }

    public NixValue Force()
    {
        if (_value is not null) return _value;
        // Infinite recursion in the source (or in our approximation of it) yields an unknown, not a hang.
        if (_forcing) return new UnknownValue("infinite recursion") { Syntax = Expression };
        _forcing = true;
        try
        {
            _value = _compute is not null ? _compute()
                : _evaluator is not null ? _evaluator.Evaluate(Expression!, Scope!)
                : _attribute!.Value;
        }
        finally
        {
            _forcing = false;
        }
        return _value;
    }
}
