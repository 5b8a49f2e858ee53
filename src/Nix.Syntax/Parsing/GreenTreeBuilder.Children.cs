using System.Runtime.CompilerServices;
using Nix.Syntax.InternalSyntax;
using K = Nix.Syntax.NixSyntaxKind;

namespace Nix.Syntax.Parsing;

internal sealed partial class GreenTreeBuilder
{
    /// <summary>
    /// A cursor over one rule's children on the value stack. What the grammar requires but is not there
    /// (the rule failed part-way) is supplied as a missing token or expression, so every node has its shape.
    /// </summary>
    private ref struct Children
    {
        private readonly GreenTreeBuilder _builder;
        private readonly int _start;
        private readonly int _length;
        private int _index;

        public Children(GreenTreeBuilder builder, int start, int length)
        {
            _builder = builder;
            _start = start;
            _length = length;
            _index = 0;
        }

        public readonly bool AtEnd => _index >= _length;

        public readonly int Count => _length;

        public readonly GreenNode Peek(int offset = 0) => _builder._values[_start + _index + offset];

        public readonly bool Has(int offset) => _index + offset < _length;

        public readonly int PeekTokenIndex() => _builder._valueTokens[_start + _index];

        public readonly bool At(K kind) => !AtEnd && Peek().IsToken && Peek().Kind == kind;

        public readonly bool PeekIsExpression() => !AtEnd && SyntaxFacts.IsExpression(Peek().Kind);

        public GreenNode Take() => _builder._values[_start + _index++];

        // At() has checked the kind, and only tokens have token kinds: no class-hierarchy cast needed.
        public GreenToken Token(K kind) => At(kind) ? Unsafe.As<GreenToken>(Take()) : GreenToken.CreateMissing(kind);

        public GreenToken? OptionalToken(K kind) => At(kind) ? Unsafe.As<GreenToken>(Take()) : null;

        public GreenNode Expression() => PeekIsExpression() ? Take() : MissingExpression();

        public GreenNode? Node(K kind) => !AtEnd && Peek().Kind == kind ? Take() : null;

        public GreenList Bindings() => TakeWhile(static n => n.Kind is K.AttrPathValue or K.Inherit);

        /// <summary>The run of children that satisfy <paramref name="predicate"/>, as a list; no intermediate copies.</summary>
        public GreenList TakeWhile(Func<GreenNode, bool> predicate)
        {
            int start = _index;
            while (!AtEnd && predicate(Peek())) _index++;
            int count = _index - start;
            if (count == 0) return GreenList.Empty;
            if (count == 1) return _builder._cache.List(_builder._values[_start + start]);
            if (count == 2) return GreenList.Create(_builder._values[_start + start], _builder._values[_start + start + 1]);
            var items = new GreenNode[count];
            Array.Copy(_builder._values, _start + start, items, 0, count);
            return GreenList.Create(items);
        }

        /// <summary>The children no rule builder placed.</summary>
        public readonly ReadOnlySpan<GreenNode> Remaining() =>
            _index >= _length ? ReadOnlySpan<GreenNode>.Empty : _builder._values.AsSpan(_start + _index, _length - _index);
    }
}
