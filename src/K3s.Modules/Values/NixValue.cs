namespace K3s.Modules.Values;

/// <summary>
/// A value of a NixOS option as the model holds it: data (booleans, integers, strings, lists, attribute
/// sets, null) or a Nix expression kept as source (<see cref="NixExpression"/>). Every kind has value equality.
/// </summary>
public abstract record NixValue
{
    private protected NixValue()
    {
    }

    /// <summary>A boolean.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator NixValue(bool value) => new NixBool(value);

    /// <summary>An integer.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator NixValue(long value) => new NixInt(value);

    /// <summary>A string without interpolation.</summary>
    /// <param name="value">The text.</param>
    public static implicit operator NixValue(string value) => NixString.Of(value);

    /// <summary>The value inside a priority wrapper (<see cref="NixPriority"/>), or this value.</summary>
    internal NixValue WithoutPriority() => this is NixPriority p ? p.Value : this;
}

/// <summary><c>true</c> or <c>false</c>.</summary>
/// <param name="Value">The value.</param>
public sealed record NixBool(bool Value) : NixValue;

/// <summary>An integer literal (negative values print as <c>-n</c>).</summary>
/// <param name="Value">The value.</param>
public sealed record NixInt(long Value) : NixValue;

/// <summary><c>null</c>.</summary>
public sealed record NixNull : NixValue
{
    /// <summary>The one null value.</summary>
    public static NixNull Instance { get; } = new();
}

/// <summary>One element of a list, with the comment after it on its line.</summary>
/// <param name="Value">The element.</param>
/// <param name="Comment">The comment text (without <c>#</c>), or null.</param>
public sealed record NixListItem(NixValue Value, string? Comment = null);

/// <summary><c>[ a b c ]</c>.</summary>
/// <param name="Items">The elements in order.</param>
public sealed record NixList(EquatableList<NixListItem> Items) : NixValue
{
    /// <summary>The empty list.</summary>
    public static NixList Empty { get; } = new(EquatableList<NixListItem>.Empty);

    /// <summary>A list of values without comments.</summary>
    /// <param name="values">The elements.</param>
    /// <returns>The list.</returns>
    public static NixList Of(params NixValue[] values) => new(values.Select(v => new NixListItem(v)).ToEquatableList());
}

/// <summary>One binding of an attribute set: <c>path = value;</c>, with its comments.</summary>
/// <param name="Path">The attribute path, relative to the set.</param>
/// <param name="Value">The value.</param>
/// <param name="Remark">Comments, or null.</param>
public sealed record NixBinding(OptionPath Path, NixValue Value, Remark? Remark = null);

/// <summary><c>{ a = 1; b.c = 2; }</c>: bindings in order, as written (dotted paths are kept).</summary>
/// <param name="Bindings">The bindings.</param>
public sealed record NixAttrs(EquatableList<NixBinding> Bindings) : NixValue
{
    /// <summary>The empty set <c>{ }</c>.</summary>
    public static NixAttrs Empty { get; } = new(EquatableList<NixBinding>.Empty);

    /// <summary>A set with one more binding at the end.</summary>
    /// <param name="path">Dotted path text, such as <c>plugins."io.containerd.grpc.v1.cri".cni.bin_dir</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new set.</returns>
    public NixAttrs Set(string path, NixValue value) => new(Bindings.Add(new NixBinding(OptionPath.Parse(path), value)));

    /// <summary>A set with one more binding at the end.</summary>
    /// <param name="path">The path.</param>
    /// <param name="value">The value.</param>
    /// <param name="remark">Comments for the binding.</param>
    /// <returns>The new set.</returns>
    public NixAttrs Set(OptionPath path, NixValue value, Remark? remark = null) => new(Bindings.Add(new NixBinding(path, value, remark)));
}

/// <summary><c>with pkgs; body</c> (as in <c>environment.systemPackages = with pkgs; [ … ]</c>).</summary>
/// <param name="Namespace">The scope expression, such as <c>pkgs</c>.</param>
/// <param name="Body">The body.</param>
public sealed record NixWith(NixExpression Namespace, NixValue Body) : NixValue;

/// <summary>A definition with a priority: <c>lib.mkForce value</c> or <c>lib.mkDefault value</c>.</summary>
/// <param name="Priority">The priority (not <see cref="Priority.Normal"/>).</param>
/// <param name="Value">The wrapped value.</param>
public sealed record NixPriority(Priority Priority, NixValue Value) : NixValue;
