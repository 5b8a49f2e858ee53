using Nix.Syntax.Generator.Model;

namespace Nix.Syntax.Generator.Writers;

/// <summary>Writes NixSyntaxVisitor.g.cs: the visitor with a result and the one without.</summary>
internal static class VisitorWriter
{
    public static string Write(TreeModel tree)
    {
        var w = new CodeWriter();
        w.FileHeader();

        w.Summary("Visits syntax nodes and computes a result: <see cref=\"Visit\"/> calls the <c>Visit…</c> method of the node's class, which by default calls <see cref=\"DefaultVisit\"/>.");
        w.Line("/// <typeparam name=\"TResult\">The type of the result.</typeparam>");
        w.Line("public abstract partial class NixSyntaxVisitor<TResult>");
        w.Open();
        w.Summary("Calls the <c>Visit…</c> method of <paramref name=\"node\"/>'s class.");
        w.Param("node", "The node, or null.");
        w.Returns("The method's result, or <c>default</c> for null.");
        w.Line("public virtual TResult? Visit(SyntaxNode? node)");
        w.Open();
        w.Line("if (node is null) return default;");
        w.Line("// A visitor recurses through Visit; on a deep tree it continues on a thread with a large stack.");
        w.Line("if (System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) return node.Accept(this);");
        w.Line("return LargeStack.RunOver(node, () => node.Accept(this));");
        w.Close();
        w.Line();
        w.Summary("Called by every <c>Visit…</c> method that is not overridden.");
        w.Param("node", "The node.");
        w.Returns("<c>default</c>, unless overridden.");
        w.Line("public virtual TResult? DefaultVisit(SyntaxNode node) => default;");
        foreach (var node in tree.ConcreteNodes)
        {
            w.Line();
            w.Summary($"Called for {Names.Article(node.Name)} <see cref=\"{node.Name}\"/>; calls <see cref=\"DefaultVisit\"/> unless overridden.");
            w.Param("node", "The node.");
            w.Returns("The result for the node.");
            w.Line($"public virtual TResult? Visit{node.ShortName}({node.Name} node) => DefaultVisit(node);");
        }

        w.Close();
        w.Line();

        w.Summary("Visits syntax nodes: <see cref=\"Visit\"/> calls the <c>Visit…</c> method of the node's class, which by default calls <see cref=\"DefaultVisit\"/>.");
        w.Line("public abstract partial class NixSyntaxVisitor");
        w.Open();
        w.Summary("Calls the <c>Visit…</c> method of <paramref name=\"node\"/>'s class; does nothing for null.");
        w.Param("node", "The node, or null.");
        w.Line("public virtual void Visit(SyntaxNode? node)");
        w.Open();
        w.Line("if (node is null) return;");
        w.Line("// A visitor recurses through Visit; on a deep tree it continues on a thread with a large stack.");
        w.Line("if (System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) node.Accept(this);");
        w.Line("else LargeStack.RunOver(node, () => { node.Accept(this); return 0; });");
        w.Close();
        w.Line();
        w.Summary("Called by every <c>Visit…</c> method that is not overridden; does nothing unless overridden.");
        w.Param("node", "The node.");
        w.Line("public virtual void DefaultVisit(SyntaxNode node)");
        w.Open();
        w.Close();
        foreach (var node in tree.ConcreteNodes)
        {
            w.Line();
            w.Summary($"Called for {Names.Article(node.Name)} <see cref=\"{node.Name}\"/>; calls <see cref=\"DefaultVisit\"/> unless overridden.");
            w.Param("node", "The node.");
            w.Line($"public virtual void Visit{node.ShortName}({node.Name} node) => DefaultVisit(node);");
        }

        w.Close();
        return w.ToString();
    }
}
