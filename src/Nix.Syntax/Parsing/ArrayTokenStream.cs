using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace Nix.Syntax.Parsing;

/// <summary>
/// The parser's token stream: an array of significant tokens made by the token pass (trivia is already
/// attached to green tokens, so the parser never sees it). Simpler and cheaper than BufferedTokenStream.
/// </summary>
internal sealed class ArrayTokenStream : ITokenStream
{
    private readonly IToken[] _tokens;
    private int _index;

    public ArrayTokenStream(IToken[] tokens, ITokenSource source)
    {
        _tokens = tokens;
        TokenSource = source;
    }

    public ITokenSource TokenSource { get; }

    public int Index => _index;

    public int Size => _tokens.Length;

    public string SourceName => TokenSource.SourceName;

    public IToken LT(int k)
    {
        if (k == 0) return null!;
        int i = k < 0 ? _index + k : _index + k - 1;
        if (i < 0) return null!;
        return _tokens[Math.Min(i, _tokens.Length - 1)];
    }

    public int LA(int i) => LT(i)?.Type ?? TokenConstants.InvalidType;

    public IToken Get(int i) => _tokens[i];

    public void Consume()
    {
        if (_tokens[_index].Type == TokenConstants.EOF) throw new InvalidOperationException("cannot consume EOF");
        _index++;
    }

    public int Mark() => -1;

    public void Release(int marker)
    {
    }

    public void Seek(int index) => _index = Math.Clamp(index, 0, _tokens.Length - 1);

    public string GetText() => GetText(Interval.Of(0, _tokens.Length - 1));

    public string GetText(Interval interval)
    {
        var builder = new System.Text.StringBuilder();
        for (int i = Math.Max(0, interval.a); i <= interval.b && i < _tokens.Length; i++)
        {
            if (_tokens[i].Type == TokenConstants.EOF) break;
            builder.Append(_tokens[i].Text);
        }
        return builder.ToString();
    }

    public string GetText(RuleContext ctx) => GetText(ctx.SourceInterval);

    public string GetText(IToken start, IToken stop) =>
        start is null || stop is null ? string.Empty : GetText(Interval.Of(start.TokenIndex, stop.TokenIndex));
}
