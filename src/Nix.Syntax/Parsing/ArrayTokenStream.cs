using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace Nix.Syntax.Parsing;

/// <summary>
/// The parser's token stream over the token pass's arrays: token types, and the green tokens for text.
/// ANTLR token objects are made only when the parser asks for one and die young, so a large file does not
/// keep a million of them alive next to its tree.
/// </summary>
internal sealed class ArrayTokenStream : ITokenStream
{
    private readonly LexedSource _source;
    private readonly int[] _types;
    private readonly int _count;
    private int _index;
    private LightToken? _last;

    public ArrayTokenStream(LexedSource source)
    {
        _source = source;
        _types = source.Types;
        _count = source.Count;
        TokenSource = source.TokenSource;
    }

    public ITokenSource TokenSource { get; }

    /// <summary>The token types, indexed like the tokens; the last is the end of file.</summary>
    public int[] Types => _types;

    public int Index => _index;

    public int Size => _count;

    public string SourceName => TokenSource.SourceName;

    public IToken LT(int k)
    {
        if (k == 0) return null!;
        int i = k < 0 ? _index + k : _index + k - 1;
        if (i < 0) return null!;
        return Get(Math.Min(i, _count - 1));
    }

    public int LA(int k)
    {
        if (k == 0) return TokenConstants.InvalidType;
        int i = k < 0 ? _index + k : _index + k - 1;
        if (i < 0) return TokenConstants.InvalidType;
        return _types[Math.Min(i, _count - 1)];
    }

    public IToken Get(int i)
    {
        var last = _last;
        if (last is not null && last.TokenIndex == i) return last;
        return _last = new LightToken(_types[i], i, _source.Tokens[i].Text, _source.Starts[i], TokenSource);
    }

    public void Consume()
    {
        if (_types[_index] == TokenConstants.EOF) throw new InvalidOperationException("cannot consume EOF");
        _index++;
    }

    public int Mark() => -1;

    public void Release(int marker)
    {
    }

    public void Seek(int index) => _index = Math.Clamp(index, 0, _count - 1);

    public string GetText() => GetText(Interval.Of(0, _count - 1));

    public string GetText(Interval interval)
    {
        var builder = new System.Text.StringBuilder();
        for (int i = Math.Max(0, interval.a); i <= interval.b && i < _count; i++) builder.Append(_source.Tokens[i].Text);
        return builder.ToString();
    }

    public string GetText(RuleContext ctx) => GetText(ctx.SourceInterval);

    public string GetText(IToken start, IToken stop) =>
        start is null || stop is null ? string.Empty : GetText(Interval.Of(start.TokenIndex, stop.TokenIndex));

    /// <summary>What ANTLR needs of a token: its type, index and text.</summary>
    private sealed class LightToken(int type, int index, string text, int start, ITokenSource source) : IToken
    {
        public string Text => text;

        public int Type => type;

        public int Line => 0;

        public int Column => 0;

        public int Channel => TokenConstants.DefaultChannel;

        public int TokenIndex => index;

        public int StartIndex => start;

        public int StopIndex => start + text.Length - 1;

        public ITokenSource TokenSource => source;

        public ICharStream InputStream => source.InputStream;
    }
}
