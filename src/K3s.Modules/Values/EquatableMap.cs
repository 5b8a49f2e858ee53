using System.Collections;

namespace K3s.Modules.Values;

/// <summary>
/// An immutable map from names to values, kept in ordinal key order, with value equality. It models Nix
/// <c>attrsOf</c> options (manifests, charts), whose entries Nix sorts by name anyway.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class EquatableMap<TValue> : IReadOnlyDictionary<string, TValue>, IEquatable<EquatableMap<TValue>>
{
    private readonly SortedDictionary<string, TValue> _entries;

    /// <summary>The empty map.</summary>
    public static EquatableMap<TValue> Empty { get; } = new(new SortedDictionary<string, TValue>(StringComparer.Ordinal));

    private EquatableMap(SortedDictionary<string, TValue> entries) => _entries = entries;

    /// <summary>A map of the given entries; a later entry with the same key replaces an earlier one.</summary>
    /// <param name="entries">The entries.</param>
    /// <returns>The map.</returns>
    public static EquatableMap<TValue> Create(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var map = new SortedDictionary<string, TValue>(StringComparer.Ordinal);
        foreach (var (key, value) in entries) map[key] = value;
        return map.Count == 0 ? Empty : new(map);
    }

    /// <summary>A map with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    /// <param name="key">The name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new map.</returns>
    public EquatableMap<TValue> SetItem(string key, TValue value)
    {
        var map = new SortedDictionary<string, TValue>(_entries, StringComparer.Ordinal) { [key] = value };
        return new(map);
    }

    /// <inheritdoc/>
    public TValue this[string key] => _entries[key];

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _entries.Keys;

    /// <inheritdoc/>
    public IEnumerable<TValue> Values => _entries.Values;

    /// <inheritdoc/>
    public int Count => _entries.Count;

    /// <inheritdoc/>
    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, out TValue value) => _entries.TryGetValue(key, out value!);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(EquatableMap<TValue>? other)
    {
        if (other is null || other.Count != Count) return false;
        var comparer = EqualityComparer<TValue>.Default;
        foreach (var (key, value) in _entries)
            if (!other._entries.TryGetValue(key, out var otherValue) || !comparer.Equals(value, otherValue)) return false;
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EquatableMap<TValue>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var key in _entries.Keys.Take(16)) hash.Add(key, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => "{" + string.Join(", ", _entries.Select(e => $"{e.Key} = {e.Value}")) + "}";
}
