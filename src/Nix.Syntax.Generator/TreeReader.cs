using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Nix.Syntax.Generator.Model;

namespace Nix.Syntax.Generator;

/// <summary>
/// Reads NixSyntax.xml into a <see cref="TreeModel"/> and rejects anything the generator would turn into wrong
/// or surprising code: unknown elements or attributes, unknown base or field types, a token field without kinds,
/// a kind shared by two classes, a missing comment.
/// </summary>
internal static partial class TreeReader
{
    private const string SyntaxTokenType = "SyntaxToken";
    private const string ListPrefix = "SyntaxList<";
    private const string SeparatedListPrefix = "SeparatedSyntaxList<";

    public static TreeModel Read(string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new FormatException("NixSyntax.xml is not well-formed XML: " + e.Message, e);
        }

        var tree = document.Root!;
        Expect(tree.Name.LocalName == "Tree", tree, "the root element must be <Tree>");
        CheckAttributes(tree, "Root");
        string root = Required(tree, "Root");

        var elements = tree.Elements().ToList();
        foreach (var element in elements)
            Expect(element.Name.LocalName is "AbstractNode" or "Node", element, $"unknown element <{element.Name.LocalName}> in <Tree>");

        // Names first, so that a base or field type may refer to a class declared later in the file.
        var declared = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            string name = Required(element, "Name");
            Expect(Names.IsIdentifier(name) && name.EndsWith("Syntax", StringComparison.Ordinal) && name != "Syntax", element,
                $"the class name '{name}' must be an identifier ending in 'Syntax'");
            Expect(name != root, element, $"'{name}' is the root class");
            Expect(declared.TryAdd(name, element), element, $"the class '{name}' is declared twice");
        }

        var nodes = new List<NodeModel>();
        var kindOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            var node = element.Name.LocalName == "AbstractNode"
                ? ReadAbstractNode(element, root, declared)
                : ReadNode(element, root, declared, kindOwners);
            nodes.Add(node);
        }

        return new TreeModel(root, nodes);
    }

    private static NodeModel ReadAbstractNode(XElement element, string root, Dictionary<string, XElement> declared)
    {
        CheckAttributes(element, "Name", "Base");
        CheckChildren(element, "TypeComment");
        string name = Required(element, "Name");
        string baseName = ReadBase(element, root, declared);
        var comment = ReadComment(element, "TypeComment");
        return new NodeModel(name, baseName, IsAbstract: true, [], [], comment);
    }

    private static NodeModel ReadNode(XElement element, string root, Dictionary<string, XElement> declared, Dictionary<string, string> kindOwners)
    {
        CheckAttributes(element, "Name", "Base");
        CheckChildren(element, "Kind", "TypeComment", "Field");
        string name = Required(element, "Name");
        string baseName = ReadBase(element, root, declared);
        var comment = ReadComment(element, "TypeComment");

        var kinds = ReadKinds(element);
        Expect(kinds.Count > 0, element, $"the node '{name}' has no <Kind>");
        foreach (var kind in kinds)
        {
            Expect(kindOwners.TryAdd(kind, name), element,
                $"the kind '{kind}' is listed for both '{(kindOwners.TryGetValue(kind, out var owner) ? owner : "")}' and '{name}'");
        }

        var fields = new List<FieldModel>();
        var fieldNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fieldElement in element.Elements("Field"))
        {
            var field = ReadField(fieldElement, name, fields.Count, root, declared);
            Expect(fieldNames.Add(field.Name), fieldElement, $"the field '{field.Name}' of '{name}' is declared twice");
            fields.Add(field);
        }

        return new NodeModel(name, baseName, IsAbstract: false, kinds, fields, comment);
    }

    private static FieldModel ReadField(XElement element, string owner, int slot, string root, Dictionary<string, XElement> declared)
    {
        CheckAttributes(element, "Name", "Type", "Optional");
        CheckChildren(element, "Kind", "FieldComment");
        string name = Required(element, "Name");
        string where = $"the field '{name}' of '{owner}'";
        Expect(Names.IsIdentifier(name) && char.IsAsciiLetterUpper(name[0]), element, $"{where}: the name must be a PascalCase identifier");
        Expect(!Names.ReservedMemberNames.Contains(name), element, $"{where}: '{name}' is already a member of every node");
        Expect(name != owner, element, $"{where}: a member may not have the name of its class");

        bool optional = (string?)element.Attribute("Optional") switch
        {
            null or "false" => false,
            "true" => true,
            var other => throw Error(element, $"{where}: Optional must be 'true' or 'false', not '{other}'"),
        };

        string type = Required(element, "Type").Trim();
        FieldKind kind;
        string? nodeType;
        if (type == SyntaxTokenType)
        {
            kind = FieldKind.Token;
            nodeType = null;
        }
        else if (type.StartsWith(ListPrefix, StringComparison.Ordinal) && type.EndsWith('>'))
        {
            kind = FieldKind.List;
            nodeType = type[ListPrefix.Length..^1].Trim();
        }
        else if (type.StartsWith(SeparatedListPrefix, StringComparison.Ordinal) && type.EndsWith('>'))
        {
            kind = FieldKind.SeparatedList;
            nodeType = type[SeparatedListPrefix.Length..^1].Trim();
        }
        else
        {
            kind = FieldKind.Node;
            nodeType = type;
        }

        if (nodeType is not null)
        {
            Expect(nodeType == root || declared.ContainsKey(nodeType), element,
                $"{where}: the type '{nodeType}' is neither '{root}' nor a class declared in the file (lists of tokens are not supported)");
        }

        var kinds = ReadKinds(element);
        switch (kind)
        {
            case FieldKind.Token:
                Expect(kinds.Count > 0, element, $"{where}: a token field needs at least one <Kind>");
                break;
            case FieldKind.Node:
                Expect(kinds.Count == 0, element, $"{where}: a node field takes no <Kind> (its class decides what it holds)");
                break;
            case FieldKind.List:
                Expect(kinds.Count == 0, element, $"{where}: a SyntaxList field takes no <Kind>");
                Expect(!optional, element, $"{where}: a list cannot be optional (an absent list is an empty list)");
                break;
            case FieldKind.SeparatedList:
                Expect(kinds.Count > 0, element, $"{where}: a SeparatedSyntaxList field needs the <Kind> of its separators");
                Expect(!optional, element, $"{where}: a list cannot be optional (an absent list is an empty list)");
                break;
        }

        var comment = ReadComment(element, "FieldComment");
        return new FieldModel(name, kind, nodeType, optional, kinds, comment, slot);
    }

    private static string ReadBase(XElement element, string root, Dictionary<string, XElement> declared)
    {
        string name = Required(element, "Name");
        string baseName = Required(element, "Base");
        if (baseName == root) return baseName;
        Expect(declared.TryGetValue(baseName, out var baseElement), element, $"the base '{baseName}' of '{name}' is not declared");
        Expect(baseElement!.Name.LocalName == "AbstractNode", element,
            $"the base '{baseName}' of '{name}' is a <Node>; node classes are sealed, so a base must be an <AbstractNode>");

        // Abstract bases may chain; make sure the chain reaches the root.
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };
        string current = baseName;
        while (current != root)
        {
            Expect(seen.Add(current), element, $"the bases of '{name}' form a cycle");
            Expect(declared.TryGetValue(current, out var currentElement), element, $"the base '{current}' is not declared");
            current = Required(currentElement!, "Base");
        }

        return baseName;
    }

    private static List<string> ReadKinds(XElement element)
    {
        var kinds = new List<string>();
        foreach (var kindElement in element.Elements("Kind"))
        {
            CheckAttributes(kindElement, "Name");
            Expect(!kindElement.HasElements && string.IsNullOrWhiteSpace(kindElement.Value), kindElement, "<Kind> takes only a Name");
            string kind = Required(kindElement, "Name");
            Expect(Names.IsIdentifier(kind), kindElement, $"the kind '{kind}' is not an identifier");
            Expect(!kinds.Contains(kind), kindElement, $"the kind '{kind}' is listed twice");
            kinds.Add(kind);
        }

        return kinds;
    }

    private static DocComment ReadComment(XElement owner, string elementName)
    {
        var comments = owner.Elements(elementName).ToList();
        Expect(comments.Count == 1, owner, $"<{owner.Name.LocalName} Name=\"{(string?)owner.Attribute("Name")}\"> needs exactly one <{elementName}>");
        var comment = comments[0];
        CheckAttributes(comment);

        var children = comment.Nodes().Where(n => n is not XText text || !string.IsNullOrWhiteSpace(text.Value)).ToList();
        bool sectioned = children.Count > 0 && children.All(n => n is XElement { Name.LocalName: "summary" or "remarks" });
        string summary;
        string? remarks = null;
        if (sectioned)
        {
            var summaries = comment.Elements("summary").ToList();
            var allRemarks = comment.Elements("remarks").ToList();
            Expect(summaries.Count == 1 && allRemarks.Count <= 1, comment, $"<{elementName}> takes one <summary> and at most one <remarks>");
            summary = InnerXml(summaries[0]);
            remarks = allRemarks.Count == 1 ? InnerXml(allRemarks[0]) : null;
        }
        else
        {
            summary = InnerXml(comment);
        }

        Expect(summary.Length > 0, comment, $"<{elementName}> is empty");
        return new DocComment(summary, remarks);
    }

    /// <summary>The content of <paramref name="element"/> as XML text, whitespace collapsed.</summary>
    private static string InnerXml(XElement element)
    {
        var builder = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            Expect(node is XText or XElement, element, "a comment may hold only text and elements");
            builder.Append(node.ToString(SaveOptions.DisableFormatting));
        }

        return Whitespace().Replace(builder.ToString(), " ").Trim();
    }

    private static void CheckAttributes(XElement element, params string[] allowed)
    {
        foreach (var attribute in element.Attributes())
        {
            Expect(!attribute.IsNamespaceDeclaration && allowed.Contains(attribute.Name.LocalName) && attribute.Name.Namespace == XNamespace.None,
                element, $"unknown attribute '{attribute.Name}' on <{element.Name.LocalName}>");
        }
    }

    private static void CheckChildren(XElement element, params string[] allowed)
    {
        foreach (var child in element.Elements())
            Expect(allowed.Contains(child.Name.LocalName), child, $"unknown element <{child.Name.LocalName}> in <{element.Name.LocalName}>");
        foreach (var text in element.Nodes().OfType<XText>())
            Expect(string.IsNullOrWhiteSpace(text.Value), element, $"<{element.Name.LocalName}> may not contain text");
    }

    private static string Required(XElement element, string attribute)
    {
        string? value = (string?)element.Attribute(attribute);
        Expect(!string.IsNullOrWhiteSpace(value), element, $"<{element.Name.LocalName}> needs the attribute {attribute}");
        return value!;
    }

    private static void Expect(bool condition, XObject where, string message)
    {
        if (!condition) throw Error(where, message);
    }

    private static FormatException Error(XObject where, string message)
    {
        var info = (IXmlLineInfo)where;
        string position = info.HasLineInfo() ? $"({info.LineNumber},{info.LinePosition})" : "";
        return new FormatException($"NixSyntax.xml{position}: {message}.");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
