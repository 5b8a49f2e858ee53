using System.Collections;
using System.Runtime.CompilerServices;

namespace K3s.Modules.Values;

/// <summary>
/// An immutable list with value equality (same items in the same order), so that model records compare by
/// content. Build it with a collection expression: <c>EquatableList&lt;string&gt; x = ["a", "b"];</c>.
/// </summary>
/// <typeparam name="T">The item type; its own <see cref="object.Equals(object)"/> decides item equality.</typeparam>
[CollectionBuilder(typeof(EquatableList), nameof(EquatableList.Create))]
public sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[] _items;

    /// <summary>The empty list.</summary>
    public static EquatableList<T> Empty { get; } = new([]);

    internal EquatableList(T[] items) => _items = items;

    // The array itself, for owners that keep it (OptionPath): never to be written.
    internal T[] Items => _items;

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <summary>A list with <paramref name="item"/> appended.</summary>
    /// <param name="item">The new last item.</param>
    /// <returns>The new list.</returns>
    public EquatableList<T> Add(T item) => new([.. _items, item]);

    /// <summary>A list with <paramref name="items"/> appended.</summary>
    /// <param name="items">The items to append, in order.</param>
    /// <returns>The new list.</returns>
    public EquatableList<T> AddRange(IEnumerable<T> items)
    {
        // Paths are appended to once per definition: copy a sized collection straight into the new array.
        if (items is not IReadOnlyCollection<T> { Count: var count }) return new([.. _items, .. items]);
        var array = new T[_items.Length + count];
        _items.CopyTo(array, 0);
        if (items is EquatableList<T> list) list._items.CopyTo(array, _items.Length);
        else if (items is T[] more) more.CopyTo(array, _items.Length);
        else
        {
            int i = _items.Length;
            foreach (var item in items) array[i++] = item;
        }
        return new(array);
    }

    /// <inheritdoc/>
    public bool Equals(EquatableList<T>? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (other._items.Length != _items.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < _items.Length; i++)
            if (!comparer.Equals(_items[i], other._items[i])) return false;
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_items.Length);
        // A prefix is enough for a hash; equality still compares every item.
        for (int i = 0; i < Math.Min(_items.Length, 16); i++) hash.Add(_items[i]);
        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => "[" + string.Join(", ", _items) + "]";

    /// <summary>Whether two lists hold equal items in the same order.</summary>
    /// <param name="left">A list.</param>
    /// <param name="right">Another list.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(EquatableList<T>? left, EquatableList<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two lists differ.</summary>
    /// <param name="left">A list.</param>
    /// <param name="right">Another list.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(EquatableList<T>? left, EquatableList<T>? right) => !(left == right);
}

/// <summary>Creates <see cref="EquatableList{T}"/> instances.</summary>
public static class EquatableList
{
    /// <summary>A list of the given items (the builder of collection expressions).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    public static EquatableList<T> Create<T>(ReadOnlySpan<T> items) => items.Length == 0 ? EquatableList<T>.Empty : new(items.ToArray());

    /// <summary>A list of the given items.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    public static EquatableList<T> ToEquatableList<T>(this IEnumerable<T> items)
    {
        var array = items.ToArray();
        return array.Length == 0 ? EquatableList<T>.Empty : new(array);
    }
}
