using Nix.Syntax;

namespace K3s.Modules;

/// <summary>
/// The attribute set a module file yields: found through the module function (<c>{ config, ... }: …</c>),
/// parentheses, <c>let … in</c> and <c>with …;</c>, in any order.
/// </summary>
public static class ModuleBody
{
    /// <summary>The module's attribute set, or null when the expression yields no set literal.</summary>
    /// <param name="root">A file root or expression.</param>
    /// <param name="includeRecursive">
    /// Whether a <c>rec { … }</c> set counts. Reading or changing a binding that is there can use any set; adding a
    /// new binding cannot, because in a recursive set its name would come into scope of the other bindings' values.
    /// </param>
    /// <returns>The set, or null.</returns>
    public static AttrSetExpressionSyntax? Find(SyntaxNode? root, bool includeRecursive)
    {
        var node = root;
        while (true)
        {
            switch (node)
            {
                case SourceFileSyntax file: node = file.Expression; break;
                case LambdaExpressionSyntax lambda: node = lambda.Body; break;
                case ParenthesizedExpressionSyntax parenthesized: node = parenthesized.Expression; break;
                case LetExpressionSyntax let: node = let.Body; break;
                case WithExpressionSyntax with: node = with.Body; break;
                case AttrSetExpressionSyntax set:
                    return includeRecursive || set.RecKeyword.Kind == NixSyntaxKind.None ? set : null;
                default: return null;
            }
        }
    }
}
