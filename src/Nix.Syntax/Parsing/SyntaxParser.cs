using Nix.Syntax.Diagnostics;
using Nix.Syntax.InternalSyntax;
using Nix.Syntax.Parsing.Generated;

namespace Nix.Syntax.Parsing;

/// <summary>
/// Runs one parse: the token pass, then the ANTLR parser streaming into the green tree builder. Never throws
/// for any input: deep nesting that would exhaust the stack is retried once on a thread with a large stack,
/// and past <see cref="MaxNestingRuleDepth"/> ends in NIX1005 with the text kept as skipped trivia.
/// </summary>
internal static class SyntaxParser
{
    /// <summary>The deepest rule nesting followed: about 10,000 nested parentheses or 30,000 nested lists.</summary>
    public const int MaxNestingRuleDepth = 30_000;

    public static (GreenNode Root, List<PendingDiagnostic> Diagnostics) Parse(string text) => Parse(text, useFastPath: true);

    /// <summary>
    /// Parses <paramref name="text"/>; with <paramref name="useFastPath"/>, well-formed text is parsed by the
    /// <see cref="FastPathParser"/> and only text with a syntax error (or deep nesting) by ANTLR. Both give the
    /// same tree and diagnostics; tests turn the fast path off to check that.
    /// </summary>
    internal static (GreenNode Root, List<PendingDiagnostic> Diagnostics) Parse(string text, bool useFastPath)
    {
        var lexed = LexedSource.Lex(text);
        try
        {
            if (useFastPath && FastPathParser.TryParse(lexed) is { } fast) return Sorted(fast);

            var result = ParseTokens(lexed, mayRetry: true);
            if (result is { } done) return done;

            // The stack ran short before the depth limit: parse again where the limit, not the stack, decides.
            return LargeStack.Run(() => ParseTokens(lexed, mayRetry: false))!.Value;
        }
        finally
        {
            lexed.Return();
        }
    }

    private static (GreenNode, List<PendingDiagnostic>) Sorted((GreenNode Root, List<PendingDiagnostic> Diagnostics) result)
    {
        result.Diagnostics.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Descriptor.Id, b.Descriptor.Id));
        return result;
    }

    private static (GreenNode, List<PendingDiagnostic>)? ParseTokens(LexedSource lexed, bool mayRetry)
    {
        var diagnostics = new List<PendingDiagnostic>(lexed.Diagnostics);
        var builder = new GreenTreeBuilder(lexed, diagnostics);
        var parser = new NixParser(new ArrayTokenStream(lexed))
        {
            BuildParseTree = false,
            Builder = builder,
            MaxRuleDepth = MaxNestingRuleDepth,
        };
        parser.RemoveErrorListeners();
        parser.ErrorHandler = new NixErrorStrategy(lexed, diagnostics, builder);
        try
        {
            parser.file();
            return Sorted((builder.FinishRoot(), diagnostics));
        }
        catch (NestingTooDeepException e)
        {
            if (e.InsufficientStack && mayRetry) return null;
            builder.Aborted = true;
            var root = builder.AbandonedRoot();
            var kept = lexed.Diagnostics.ToList();
            kept.Add(new PendingDiagnostic(NixDiagnostics.NestingTooDeep, 0, 0, MaxNestingRuleDepth / 3));
            return (root, kept);
        }
        finally
        {
            builder.Release();
        }
    }
}
