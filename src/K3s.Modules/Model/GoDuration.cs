using System.Text.RegularExpressions;
using K3s.Modules.Values;

namespace K3s.Modules;

/// <summary>A Go duration as the kubelet reads it, such as <c>30s</c>, <c>1m30s</c> or <c>500ms</c>.</summary>
public sealed partial record GoDuration
{
    /// <summary>Parses and checks a Go duration.</summary>
    /// <param name="text">The duration text.</param>
    /// <exception cref="FormatException">The text is not a Go duration.</exception>
    public GoDuration(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Pattern().IsMatch(text)) throw new FormatException($"'{text}' is not a Go duration (such as 30s, 1m30s, 500ms).");
        Text = text;
    }

    /// <summary>The duration as written.</summary>
    public string Text { get; }

    /// <summary>A duration of whole seconds, printed as <c>Ns</c>.</summary>
    /// <param name="seconds">The number of seconds.</param>
    /// <returns>The duration.</returns>
    public static GoDuration FromSeconds(int seconds) => new($"{seconds}s");

    /// <summary>A duration from its text.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator GoDuration(string text) => new(text);

    /// <inheritdoc/>
    public override string ToString() => Text;

    [GeneratedRegex(@"^(0|([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$")]
    private static partial Regex Pattern();
}
