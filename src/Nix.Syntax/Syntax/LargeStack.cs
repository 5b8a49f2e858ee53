using System.Globalization;
using System.Runtime.ExceptionServices;

namespace Nix.Syntax;

/// <summary>
/// Continues a deep recursion on a fresh thread with a large stack when the current one runs short (the parser
/// does the same in SyntaxParser). The calling thread waits, so the work stays sequential: state the caller
/// keeps in fields is seen as usual, and an exception comes back with its original stack trace.
/// </summary>
internal static class LargeStack
{
    /// <summary>The stack of each helper thread; a million-level rewrite needs a few of them in a chain.</summary>
    public const int StackSize = 256 * 1024 * 1024;

    /// <summary>Runs <paramref name="work"/> on a new thread with a large stack and returns its result.</summary>
    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        var thread = new Thread(() =>
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            t_onLargeStack = true;
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, StackSize)
        {
            Name = "Nix.Syntax deep tree",
            IsBackground = true,
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    /// <summary>
    /// Runs <paramref name="work"/>, a recursion over <paramref name="subtree"/>, on a new thread with a large stack,
    /// after creating the subtree's red nodes iteratively here. Why: every garbage collection scans the whole
    /// stack, so nodes allocated a hundred thousand frames deep make each collection cost that depth, and the
    /// walk quadratic; created up front, on a shallow stack, the deep recursion allocates (almost) nothing.
    /// </summary>
    public static T RunOver<T>(SyntaxNode subtree, Func<T> work)
    {
        // Only the first hop, still on a shallow stack, creates them; later hops find them made.
        if (!t_onLargeStack)
        {
            foreach (var _ in subtree.DescendantNodesAndTokens()) { }
        }

        return Run(work);
    }

    [ThreadStatic]
    private static bool t_onLargeStack;

    /// <summary>Runs <paramref name="work"/> on a new thread with a large stack.</summary>
    public static void Run(Action work) => Run<object?>(() =>
    {
        work();
        return null;
    });
}
