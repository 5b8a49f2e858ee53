using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>The value of a <c>boot.kernel.sysctl</c> key: an integer or a string.</summary>
public abstract record SysctlValue
{
    private protected SysctlValue()
    {
    }

    /// <summary>An integer value, such as <c>1</c>.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator SysctlValue(long value) => new SysctlInteger(value);

    /// <summary>A string value, such as <c>"1 1 1 1"</c>.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator SysctlValue(string value) => new SysctlText(value);
}

/// <summary>An integer sysctl value.</summary>
/// <param name="Value">The value.</param>
public sealed record SysctlInteger(long Value) : SysctlValue;

/// <summary>A string sysctl value.</summary>
/// <param name="Value">The value.</param>
public sealed record SysctlText(string Value) : SysctlValue;
