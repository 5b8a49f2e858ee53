using System.Text;
using Nix.Syntax.Generator;

// Usage: dotnet run --project src/Nix.Syntax.Generator [-- [--check] [--xml <NixSyntax.xml>] [<output folder>]]
//   Writes the generated files into the output folder (default: src/Nix.Syntax/Generated under the repository
//   root, found from the current directory), and deletes *.g.cs files there that are no longer generated.
//   --check writes nothing and exits with 1 when a file would change.

bool check = false;
string? xmlPath = null;
string? outputPath = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--check":
            check = true;
            break;
        case "--xml" when i + 1 < args.Length:
            xmlPath = args[++i];
            break;
        case "-h" or "--help":
            Console.WriteLine("Usage: dotnet run --project src/Nix.Syntax.Generator [-- [--check] [--xml <NixSyntax.xml>] [<output folder>]]");
            return 0;
        case var arg when !arg.StartsWith('-') && outputPath is null:
            outputPath = arg;
            break;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'. Use --help.");
            return 2;
    }
}

string? root = SyntaxGenerator.FindRepositoryRoot(Directory.GetCurrentDirectory())
               ?? SyntaxGenerator.FindRepositoryRoot(AppContext.BaseDirectory);
if ((xmlPath is null || outputPath is null) && root is null)
{
    Console.Error.WriteLine($"Cannot find the repository root ({SyntaxGenerator.XmlPath}) above the current directory; pass --xml and an output folder.");
    return 2;
}

xmlPath ??= Path.Combine(root!, SyntaxGenerator.XmlPath);
outputPath ??= Path.Combine(root!, SyntaxGenerator.OutputPath);

IReadOnlyDictionary<string, string> files;
try
{
    files = SyntaxGenerator.Generate(File.ReadAllText(xmlPath));
}
catch (FormatException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Directory.CreateDirectory(outputPath);
int changed = 0;
foreach (var (name, content) in files)
{
    string path = Path.Combine(outputPath, name);
    bool same = File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(utf8.GetBytes(content));
    if (same) continue;
    changed++;
    Console.WriteLine($"{(check ? "stale" : "wrote")}: {path}");
    if (!check) File.WriteAllText(path, content, utf8);
}

foreach (var path in Directory.EnumerateFiles(outputPath, "*.g.cs"))
{
    if (files.ContainsKey(Path.GetFileName(path))) continue;
    changed++;
    Console.WriteLine($"{(check ? "not generated any more" : "deleted")}: {path}");
    if (!check) File.Delete(path);
}

Console.WriteLine(changed == 0 ? "All generated files are up to date." : $"{changed} file(s) {(check ? "stale" : "updated")}.");
return check && changed > 0 ? 1 : 0;
