using System.Text;

namespace Nix.Syntax.Benchmarks;

/// <summary>
/// Writes a large, deterministic Nix file in the style of nixpkgs' <c>pkgs/top-level/all-packages.nix</c>:
/// one attribute set of package definitions (<c>callPackage</c> calls, overrides, aliases, nested package
/// sets, <c>inherit (…)</c> lines) with the variety a real package set has: interpolated and indented
/// strings, lists, <c>let … in</c>, <c>if</c>, <c>//</c>, <c>++</c>, selects with <c>or</c>, lambdas with
/// formals, paths, line, block and doc comments, and blank lines between groups.
/// </summary>
/// <remarks>
/// The output depends only on the seed and the target size: the random source is a SplitMix64 written
/// here, not <see cref="Random"/>, so the text is the same on every runtime. Every construct is valid Nix
/// (as accepted by Nix 2.8's parser); no operator that needs an experimental feature is used.
/// </remarks>
public sealed class NixPackageSetGenerator
{
    private static readonly string[] Syllables =
    [
        "ba", "co", "di", "fu", "gal", "hex", "jo", "ka", "lu", "mo", "nix", "pa", "qu", "ro", "si", "tu",
        "vo", "wa", "xe", "zy", "ar", "el", "in", "on", "ur", "gno", "ssl", "zip", "cur", "pix", "ter", "mux",
        "bin", "gtk", "qt", "sql", "lua", "vim", "fish", "tor", "dns", "ftp", "git", "svn", "pdf", "png",
    ];

    private static readonly string[] Prefixes = ["lib", "py", "x", "gnome-", "kde-", "perl-", "go-", "rust-", "", "", "", "", "", ""];

    private static readonly string[] Suffixes = ["", "", "", "", "", "-bin", "-unwrapped", "-full", "-utils", "-tools", "d", "fs", "ctl", "_2", "_3", "-ng", "5", "6", "-cli", "-gtk"];

    private static readonly string[] Categories =
    [
        "development/libraries", "development/tools", "development/tools/misc", "development/compilers",
        "development/interpreters", "development/python-modules", "tools/misc", "tools/networking",
        "tools/security", "tools/text", "tools/archivers", "tools/filesystems", "tools/system",
        "applications/networking", "applications/editors", "applications/graphics", "applications/audio",
        "applications/video", "applications/misc", "applications/version-management", "servers/http",
        "servers/sql", "servers/monitoring", "os-specific/linux", "os-specific/darwin", "data/fonts",
        "desktops/gnome", "desktops/plasma-5", "games", "shells", "misc",
    ];

    private static readonly string[] Frameworks =
    [
        "Security", "CoreFoundation", "CoreServices", "Cocoa", "IOKit", "AppKit", "SystemConfiguration",
        "Foundation", "Carbon", "CoreAudio", "AudioToolbox", "Metal", "OpenGL", "WebKit", "ApplicationServices",
    ];

    private static readonly string[] Flags =
    [
        "enableX11", "withGui", "enableSsl", "withPython", "enableDocs", "withSystemd", "enableManpages",
        "withWayland", "enableShared", "enableStatic", "withLua", "withPerl", "enableTests", "withQt",
        "enableNls", "withPulseaudio", "enableJit", "withZstd", "enableLTO", "withIcu",
    ];

    private static readonly string[] Stdenvs =
    [
        "stdenv", "gccStdenv", "clangStdenv", "llvmPackages_16.stdenv", "llvmPackages_17.stdenv",
        "gcc13Stdenv", "pkgsStatic.stdenv", "stdenvNoCC",
    ];

    private static readonly string[] Platforms =
    [
        "stdenv.hostPlatform.isDarwin", "stdenv.hostPlatform.isLinux", "stdenv.hostPlatform.isAarch64",
        "stdenv.isDarwin", "stdenv.isLinux", "stdenv.hostPlatform.isMusl", "stdenv.hostPlatform.isStatic",
        "stdenv.buildPlatform.canExecute stdenv.hostPlatform", "config.allowUnfree or false",
    ];

    private static readonly string[] Words =
    [
        "fast", "small", "portable", "library", "tool", "for", "the", "and", "with", "a", "an", "of", "to",
        "parsing", "reading", "writing", "network", "file", "system", "image", "audio", "video", "terminal",
        "editor", "server", "client", "compiler", "interpreter", "bindings", "utilities", "modern",
        "lightweight", "secure", "simple", "daemon", "framework", "toolkit", "format", "protocol", "manager",
    ];

    private static readonly string[] Maintainers = ["Jörg Müller", "Zoë Ångström", "Łukasz Ż.", "José Núñez", "François Dubois", "Dmitri Čech"];

    private readonly StringBuilder _sb = new();
    private readonly List<string> _names = [];
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);
    private ulong _state;

    private NixPackageSetGenerator(ulong seed) => _state = seed;

    /// <summary>
    /// Generates the package set.
    /// </summary>
    /// <param name="targetBytes">Stop adding definitions once the text reaches this many characters.</param>
    /// <param name="seed">The random seed; the same seed and size always give the same text.</param>
    /// <returns>The Nix source text.</returns>
    public static string Generate(int targetBytes = 1_000_000, ulong seed = 0x5EED_2024_0B5E_55EDUL)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(targetBytes);
        var generator = new NixPackageSetGenerator(seed);
        return generator.Build(targetBytes);
    }

    private string Build(int targetBytes)
    {
        WriteHeader();
        var section = 0;
        while (_sb.Length < targetBytes)
        {
            WriteSection(section++);
        }

        _sb.Append("}\n");
        return _sb.ToString();
    }

    // ---------------------------------------------------------------- random helpers

    private ulong Next()
    {
        // SplitMix64.
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private int Int(int maxExclusive) => (int)(Next() % (ulong)maxExclusive);

    private int Int(int min, int maxInclusive) => min + Int(maxInclusive - min + 1);

    private bool Chance(int percent) => Int(100) < percent;

    private T Pick<T>(T[] items) => items[Int(items.Length)];

    private string Ref() => _names.Count == 0 || Chance(15) ? NewBaseName() : _names[Int(_names.Count)];

    private string NewBaseName()
    {
        while (true)
        {
            var sb = new StringBuilder();
            var count = Int(1, 3);
            for (var i = 0; i < count; i++) sb.Append(Pick(Syllables));
            var name = sb.ToString();
            if (!IsKeyword(name)) return name;
        }
    }

    /// <summary>A reference that is not yet in <paramref name="used"/> (the names bound in one attribute set), then recorded there.</summary>
    private string RefNotIn(HashSet<string> used)
    {
        while (true)
        {
            var name = Ref();
            if (used.Add(name)) return name;
        }
    }

    /// <summary>A name for a top-level attribute: <paramref name="preferred"/> if still free, else a fresh one.</summary>
    private string Claim(string preferred) => _defined.Add(preferred) ? preferred : FreshName();

    private string FreshName()
    {
        while (true)
        {
            var name = Pick(Prefixes) + NewBaseName() + Pick(Suffixes);
            if (Chance(10)) name += Int(1, 40).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (IsKeyword(name) || !_defined.Add(name)) continue;
            return name;
        }
    }

    private static bool IsKeyword(string name) =>
        name is "if" or "then" or "else" or "assert" or "with" or "let" or "in" or "rec" or "inherit" or "or";

    private string CamelName()
    {
        var baseName = NewBaseName();
        var second = Pick(Syllables);
        return baseName + char.ToUpperInvariant(second[0]) + second[1..] + (Chance(40) ? "Packages" : "");
    }

    private string Version() =>
        Chance(80) ? $"{Int(0, 12)}.{Int(0, 40)}.{Int(0, 20)}" : $"{Int(2015, 2024)}-{Int(1, 12):00}-{Int(1, 28):00}";

    private string Hash()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        Span<char> chars = stackalloc char[43];
        for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[Int(alphabet.Length)];
        return "sha256-" + new string(chars) + "=";
    }

    private string Sentence(int min, int max)
    {
        var count = Int(min, max);
        var words = new string[count];
        for (var i = 0; i < count; i++) words[i] = Pick(Words);
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words);
    }

    private string CategoryPath(string name) =>
        Chance(20)
            ? $"../by-name/{(name.Length >= 2 ? name[..2] : name + "_")}/{name}/package.nix"
            : $"../{Pick(Categories)}/{name}";

    // ---------------------------------------------------------------- text helpers

    private NixPackageSetGenerator W(string text)
    {
        _sb.Append(text);
        return this;
    }

    private NixPackageSetGenerator Line(string indent, string text)
    {
        _sb.Append(indent).Append(text).Append('\n');
        return this;
    }

    private void Blank() => _sb.Append('\n');

    // ---------------------------------------------------------------- file structure

    private void WriteHeader()
    {
        W("/* The top-level package collection of a generated package set.\n")
            .W("\n")
            .W("   This file is machine-written for benchmarking the Nix.Syntax parser; it imitates the\n")
            .W("   shape of nixpkgs' all-packages.nix: thousands of definitions, most of them callPackage\n")
            .W("   calls, grouped by topic and sorted within each group.\n")
            .W("*/\n")
            .W("{ lib, noSysDirs, config, overlays, ... }:\n")
            .W("res: pkgs: super:\n")
            .W("\n")
            .W("with pkgs;\n")
            .W("\n")
            .W("{\n")
            .W("  # A stdenv capable of building 32-bit binaries.\n")
            .W("  stdenv_32bit = lowPrio (if stdenv.hostPlatform.is32bit then stdenv else multiStdenv);\n")
            .W("\n")
            .W("  stdenvNoCC = stdenv.override (\n")
            .W("    { cc = null; hasCC = false; }\n")
            .W("    // lib.optionalAttrs (stdenv.hostPlatform.isDarwin && (stdenv.hostPlatform != stdenv.buildPlatform)) {\n")
            .W("      # TODO: This is a hack to use stdenvNoCC to produce a CF when cross\n")
            .W("      # compiling. It's not very sound. The cross stdenv has:\n")
            .W("      extraBuildInputs = [ ];\n")
            .W("    }\n")
            .W("  );\n")
            .W("\n");
    }

    private void WriteSection(int index)
    {
        var title = Sentence(1, 3).ToUpperInvariant();
        if (Chance(70))
        {
            Line("  ", $"### {title}");
        }
        else
        {
            Line("  ", $"## {title} ({index})");
        }

        Blank();
        var entries = Int(8, 30);
        for (var i = 0; i < entries; i++)
        {
            WriteEntry();
            if (Chance(55)) Blank();
        }

        Blank();
    }

    private void WriteEntry()
    {
        const string I = "  ";
        if (Chance(6)) Line(I, "# " + Sentence(4, 12) + (Chance(30) ? $"; see https://github.com/NixOS/nixpkgs/issues/{Int(1000, 300000)}" : "."));
        if (Chance(4)) WriteDocComment(I);

        var roll = Int(1000);
        switch (roll)
        {
            case < 380: WriteCallPackage(I); break;
            case < 450: WriteCallPackageWithArgs(I); break;
            case < 500: WriteOverride(I); break;
            case < 540: WriteOverrideAttrs(I); break;
            case < 580: WriteInheritFrom(I); break;
            case < 620: WritePackageSet(I); break;
            case < 660: WriteLetIn(I); break;
            case < 700: WriteIfThenElse(I); break;
            case < 730: WriteUpdate(I); break;
            case < 760: WriteSelectOr(I); break;
            case < 790: WriteFunction(I); break;
            case < 820: WriteScript(I); break;
            case < 850: WriteAlias(I); break;
            case < 870: WriteDerivation(I); break;
            case < 890: WriteAssert(I); break;
            case < 910: WriteWrapped(I); break;
            case < 930: WriteRecSet(I); break;
            case < 950: WriteBlockComment(I); WriteCallPackage(I); break;
            case < 970: WriteNestedAttrPath(I); break;
            case < 985: WriteVersioned(I); break;
            default: WriteMisc(I); break;
        }
    }

    // ---------------------------------------------------------------- entry kinds

    private void WriteCallPackage(string indent)
    {
        var name = FreshName();
        _names.Add(name);
        var quoted = Chance(2) || char.IsDigit(name[0]);
        var key = quoted ? $"\"{name}\"" : name;
        var trailing = Chance(5) ? $" # {Sentence(2, 6).ToLowerInvariant()}" : "";
        Line(indent, $"{key} = callPackage {CategoryPath(name)} {{ }};{trailing}");
    }

    private void WriteCallPackageWithArgs(string indent)
    {
        var name = FreshName();
        _names.Add(name);
        var args = new List<string>();
        if (Chance(40))
        {
            var fws = Enumerable.Range(0, Int(1, 4)).Select(_ => Pick(Frameworks)).Distinct();
            args.Add($"inherit (darwin.apple_sdk.frameworks) {string.Join(' ', fws)};");
        }

        if (Chance(35)) args.Add($"stdenv = {Pick(Stdenvs)};");
        if (Chance(40)) args.Add($"{Pick(Flags)} = {(Chance(50) ? "true" : "false")};");
        var used = new HashSet<string>(StringComparer.Ordinal) { "stdenv", "python" };
        if (Chance(30)) args.Add($"inherit ({Pick(["llvmPackages", "darwin", "xorg", "gnome", "perlPackages", "python3Packages"])}) {RefNotIn(used)} {RefNotIn(used)};");
        if (Chance(25)) args.Add($"{RefNotIn(used)} = {Ref()}.override {{ {Pick(Flags)} = true; }};");
        if (Chance(20)) args.Add($"python = python3.withPackages (ps: with ps; [ {Ref()} {Ref()} ]);");
        if (args.Count == 0) args.Add($"{RefNotIn(used)} = {Ref()}_{Int(1, 9)};");

        if (args.Count == 1 && Chance(60))
        {
            Line(indent, $"{name} = callPackage {CategoryPath(name)} {{ {args[0]} }};");
            return;
        }

        Line(indent, $"{name} = callPackage {CategoryPath(name)} {{");
        foreach (var a in args) Line(indent + "  ", a);
        Line(indent, "};");
    }

    private void WriteOverride(string indent)
    {
        var target = Ref();
        var name = Claim(target + Pick(["Full", "Minimal", "-full", "-minimal", "_static", "-nox", "WithPlugins"]));
        _names.Add(name);
        var flags = Enumerable.Range(0, Int(1, 4)).Select(_ => Pick(Flags)).Distinct().Select(f => $"{f} = {(Chance(50) ? "true" : "false")};").ToList();
        if (flags.Count <= 2 && Chance(60))
        {
            Line(indent, $"{name} = {target}.override {{ {string.Join(' ', flags)} }};");
            return;
        }

        var lowPrio = Chance(30);
        Line(indent, $"{name} = {(lowPrio ? "lowPrio (" : "")}{target}.override {{");
        foreach (var f in flags) Line(indent + "  ", f);
        if (Chance(40)) Line(indent + "  ", $"{Ref()} = null; # not packaged for {Pick(["darwin", "musl", "aarch64", "i686"])} yet");
        Line(indent, lowPrio ? "});" : "};");
    }

    private void WriteOverrideAttrs(string indent)
    {
        var target = Ref();
        var name = FreshName();
        _names.Add(name);
        var arg = Pick(["old", "oldAttrs", "prev", "finalAttrs: previousAttrs"]);
        var prev = arg.Contains(':') ? "previousAttrs" : arg;
        Line(indent, $"{name} = {target}.overrideAttrs ({arg}: {{");
        var i2 = indent + "  ";
        if (Chance(70)) Line(i2, $"pname = \"${{{prev}.pname}}-{Pick(["patched", "git", "with-plugins", "nightly"])}\";");
        if (Chance(50)) Line(i2, $"version = \"{Version()}\";");
        if (Chance(60)) Line(i2, $"buildInputs = ({prev}.buildInputs or [ ]) ++ [ {Ref()} {Ref()} ];");
        if (Chance(40))
        {
            Line(i2, $"patches = {prev}.patches or [ ] ++ [");
            var n = Int(1, 3);
            for (var k = 0; k < n; k++)
            {
                if (Chance(50))
                    Line(i2 + "  ", $"./patches/{Ref()}-{Int(1, 9)}.patch");
                else
                    Line(i2 + "  ", $"(fetchpatch {{ url = \"https://github.com/{Ref()}/{Ref()}/commit/{Hash()[7..19]}.patch\"; hash = \"{Hash()}\"; }})");
            }

            Line(i2, "];");
        }

        if (Chance(40)) Line(i2, $"configureFlags = {prev}.configureFlags ++ lib.optional {Pick(Platforms)} \"--disable-{Ref()}\";");
        if (Chance(30)) Line(i2, $"meta = {prev}.meta // {{ broken = {Pick(Platforms)}; }};");
        if (Chance(30)) Line(i2, $"doCheck = false; # tests need network access");
        Line(indent, "});");
    }

    private void WriteInheritFrom(string indent)
    {
        var names = Enumerable.Range(0, Int(1, 6)).Select(_ => FreshName()).ToList();
        _names.AddRange(names);
        var kind = Int(4);
        var frameworks = Frameworks.Where(f => !_defined.Contains(f)).Take(Int(1, 4)).ToList();
        if (kind == 0 && frameworks.Count == 0) kind = 2;
        switch (kind)
        {
            case 0:
                foreach (var f in frameworks) _defined.Add(f);
                Line(indent, $"inherit (darwin.apple_sdk.frameworks) {string.Join(' ', frameworks)};");
                break;
            case 1:
                Line(indent, $"inherit (callPackages {CategoryPath(Ref())} {{ }})");
                foreach (var n in names) Line(indent + "  ", n);
                Line(indent + "  ", ";");
                break;
            case 2:
                Line(indent, $"inherit ({Ref()}) {string.Join(' ', names)};");
                break;
            default:
                Line(indent, $"inherit (import ../{Pick(Categories)}/{Ref()}/default.nix {{ inherit lib {Ref()}; }}) {string.Join(' ', names)};");
                break;
        }
    }

    private void WritePackageSet(string indent)
    {
        var lang = Pick(["python", "perl", "lua", "ruby", "php", "haskell", "ocaml", "node", "emacs"]);
        var ver = Pick(["3", "311", "312", "5_38", "5_4", "8_2", "94", "4_14", "20", "29", ""]);
        var kind = Int(4);
        if (kind < 2 && _defined.Contains($"{lang}{ver}Packages")) kind += 2;
        switch (kind)
        {
            case 0:
                _defined.Add($"{lang}{ver}Packages");
                Line(indent, $"{lang}{ver}Packages = recurseIntoAttrs {lang}{ver}.pkgs;");
                break;
            case 1:
                _defined.Add($"{lang}{ver}Packages");
                Line(indent, $"{lang}{ver}Packages = {lang}{ver}.pkgs;");
                break;
            case 2:
            {
                var name = Claim(CamelName());
                var used = new HashSet<string>(StringComparer.Ordinal) { "overrides" };
                Line(indent, $"{name} = recurseIntoAttrs (callPackage ../{Pick(Categories)}/{lang}-modules {{");
                Line(indent + "  ", $"inherit ({lang}{ver}Packages) {RefNotIn(used)} {RefNotIn(used)};");
                Line(indent + "  ", $"overrides = self: super: {{ {Ref()} = super.{Ref()}.override {{ {Pick(Flags)} = false; }}; }};");
                Line(indent, "});");
                break;
            }

            default:
            {
                var name = Claim(CamelName());
                Line(indent, $"{name} = lib.makeScope newScope (self: with self; {{");
                var n = Int(2, 6);
                var used = new HashSet<string>(StringComparer.Ordinal);
                for (var k = 0; k < n; k++)
                {
                    var member = FreshName();
                    used.Add(member);
                    Line(indent + "  ", $"{member} = callPackage ../{Pick(Categories)}/{name}/{member}.nix {{ }};");
                }

                if (Chance(50)) Line(indent + "  ", $"inherit ({Ref()}) {RefNotIn(used)};");
                Line(indent, "});");
                break;
            }
        }
    }

    private void WriteLetIn(string indent)
    {
        var name = FreshName();
        _names.Add(name);
        var i2 = indent + "  ";
        Line(indent, $"{name} =");
        Line(i2, "let");
        Line(i2 + "  ", $"version = \"{Version()}\";");
        if (Chance(60))
        {
            Line(i2 + "  ", "src = fetchurl {");
            Line(i2 + "    ", $"url = \"https://download.example.org/{name}/v${{version}}/{name}-${{version}}.tar.{Pick(["gz", "xz", "bz2", "zst"])}\";");
            Line(i2 + "    ", $"hash = \"{Hash()}\";");
            Line(i2 + "  ", "};");
        }
        else
        {
            Line(i2 + "  ", "src = fetchFromGitHub {");
            Line(i2 + "    ", $"owner = \"{Ref()}\";");
            Line(i2 + "    ", $"repo = \"{name}\";");
            Line(i2 + "    ", "rev = \"v${version}\";");
            Line(i2 + "    ", $"hash = \"{Hash()}\";");
            Line(i2 + "  ", "};");
        }

        if (Chance(40)) Line(i2 + "  ", $"inherit ({Ref()}) {RefNotIn(["version", "src", "major"])};");
        if (Chance(30)) Line(i2 + "  ", $"major = lib.versions.major version;");
        Line(i2, "in");
        if (Chance(30))
            Line(i2, $"callPackage {CategoryPath(name)} {{ inherit version src; ${{\"{Ref()}-compat\"}} = {Ref()}; }};");
        else
            Line(i2, $"callPackage {CategoryPath(name)} {{ inherit version src; }};");
    }

    private void WriteIfThenElse(string indent)
    {
        var name = FreshName();
        _names.Add(name);
        var cond = Pick(Platforms);
        if (Chance(50))
        {
            Line(indent, $"{name} = if {cond} then {Ref()} else {Ref()};");
            return;
        }

        Line(indent, $"{name} =");
        Line(indent + "  ", $"if {cond} then");
        Line(indent + "    ", $"callPackage ../{Pick(Categories)}/{name}/darwin.nix {{ }}");
        if (Chance(50))
        {
            Line(indent + "  ", $"else if {Pick(Platforms)} && !{Pick(Platforms).Split(' ')[0]} then");
            Line(indent + "    ", $"{Ref()}.override {{ {Pick(Flags)} = {(Chance(50) ? "true" : "false")}; }}");
        }

        Line(indent + "  ", "else");
        Line(indent + "    ", $"callPackage {CategoryPath(name)} {{ }};");
    }

    private void WriteUpdate(string indent)
    {
        var name = FreshName();
        _names.Add(name);
        var target = Ref();
        if (Chance(50))
        {
            Line(indent, $"{name} = {target} // {{ meta = {target}.meta // {{ description = \"{Sentence(3, 8)}\"; }}; }};");
            return;
        }

        Line(indent, $"{name} =");
        Line(indent + "  ", $"{Ref()}");
        Line(indent + "  ", $"// lib.optionalAttrs {Pick(Platforms)} {{");
        Line(indent + "    ", $"{Ref()} = {Ref()};");
        Line(indent + "  ", "}");
        var used = new HashSet<string>(StringComparer.Ordinal) { "priority" };
        Line(indent + "  ", $"// {{ inherit ({Ref()}) {RefNotIn(used)} {RefNotIn(used)}; priority = {Int(-10, 20)}; }};");
    }

    private void WriteSelectOr(string indent)
    {
        var name = FreshName();
        _names.Add(name);
        switch (Int(5))
        {
            case 0:
                Line(indent, $"{name} = config.{Ref()}.package or {Ref()};");
                break;
            case 1:
                Line(indent, $"{name} = (config.packageOverrides or (p: {{ }})) {Ref()};");
                break;
            case 2:
                Line(indent, $"{name} = {Ref()}.passthru.{Ref()} or (throw \"{name}: missing passthru.{Ref()}\");");
                break;
            case 3:
                Line(indent, $"{name} = if {Ref()} ? {Ref()} then {Ref()}.${{\"{Ref()}\"}} else null;");
                break;
            default:
                Line(indent, $"{name} = lib.attrByPath [ \"{Ref()}\" \"{Ref()}\" ] null pkgs;");
                break;
        }
    }

    private void WriteFunction(string indent)
    {
        var stem = NewBaseName();
        var name = Claim("mk" + char.ToUpperInvariant(stem[0]) + stem[1..] + (Chance(40) ? "Derivation" : ""));
        var i2 = indent + "  ";
        switch (Int(3))
        {
            case 0:
                Line(indent, $"{name} = {{ version, hash, patches ? [ ], {Pick(Flags)} ? {(Chance(50) ? "true" : "false")}, ... }}@args:");
                Line(i2, $"callPackage ../{Pick(Categories)}/{Ref()}/generic.nix (args // {{");
                Line(i2 + "  ", "inherit version hash;");
                Line(i2 + "  ", $"patches = patches ++ [ ./{Ref()}-fix-build.patch ];");
                Line(i2, "});");
                break;
            case 1:
                Line(indent, $"{name} = args@{{ pname, src ? null, nativeBuildInputs ? [ ], meta ? {{ }} }}:");
                Line(i2, "stdenv.mkDerivation (args // {");
                Line(i2 + "  ", $"nativeBuildInputs = nativeBuildInputs ++ [ pkg-config {Ref()} ];");
                Line(i2 + "  ", $"meta = {{ platforms = lib.platforms.unix; }} // meta;");
                Line(i2, "});");
                break;
            default:
                Line(indent, $"{name} = x: y: {{ inherit x y; sum = x + y * {Int(2, 9)} - {Int(1, 5)}; ratio = x / (y + 1); }};");
                break;
        }
    }

    private void WriteScript(string indent)
    {
        var name = FreshName();
        _names.Add(name);
        var tool = Ref();
        Line(indent, $"{name} = writeShellScriptBin \"{name}\" ''");
        var i2 = indent + "  ";
        Line(i2, "set -euo pipefail");
        Line(i2, $"export PATH=${{lib.makeBinPath [ coreutils gnused {tool} ]}}:$PATH");
        if (Chance(50)) Line(i2, "# keep the shell's own ''${HOME} and ''${XDG_CONFIG_HOME:-$HOME/.config}");
        if (Chance(40)) Line(i2, $"if [ -z \"''${{{tool.ToUpperInvariant().Replace('-', '_')}_HOME:-}}\" ]; then");
        else Line(i2, "if true; then");
        Line(i2 + "  ", $"echo '''quoted''' \"{Sentence(2, 5)}\"");
        Line(i2, "fi");
        if (Chance(30)) Line(i2, $"cp ${{./{tool}.conf}} \"$out/etc/{tool}.conf\"");
        Line(i2, $"exec ${{{tool}}}/bin/{tool} \"$@\"");
        Line(indent, "'';");
    }

    private void WriteAlias(string indent)
    {
        var name = FreshName();
        var target = Ref();
        switch (Int(3))
        {
            case 0:
                Line(indent, $"{name} = throw \"'{name}' has been renamed to '{target}'\"; # Added {Int(2019, 2024)}-{Int(1, 12):00}-{Int(1, 28):00}");
                break;
            case 1:
                Line(indent, $"{name} = {target}; # alias");
                break;
            default:
                Line(indent, $"{name} = lib.warn \"{name} is deprecated, use {target} instead\" {target};");
                break;
        }
    }

    private void WriteDerivation(string indent)
    {
        var name = FreshName();
        _names.Add(name);
        var i2 = indent + "  ";
        var i3 = i2 + "  ";
        Line(indent, $"{name} = stdenv.mkDerivation (finalAttrs: {{");
        Line(i2, $"pname = \"{name}\";");
        Line(i2, $"version = \"{Version()}\";");
        Line(i2, "src = fetchurl {");
        Line(i3, $"url = \"mirror://gnu/{name}/{name}-${{finalAttrs.version}}.tar.gz\";");
        Line(i3, $"sha256 = \"{Hash()}\";");
        Line(i2, "};");
        Line(i2, $"nativeBuildInputs = [ pkg-config {Ref()} ] ++ lib.optionals {Pick(Platforms)} [ {Ref()} ];");
        Line(i2, $"buildInputs = [ {Ref()} {Ref()} {Ref()} ];");
        Line(i2, $"configureFlags = [ \"--with-{Ref()}=${{{Ref()}}}\" \"--enable-{Ref()}\" ];");
        Line(i2, $"NIX_CFLAGS_COMPILE = \"-Wno-error=format-security -DVERSION=\\\"${{finalAttrs.version}}\\\"\";");
        Line(i2, $"enableParallelBuilding = true;");
        if (Chance(50))
        {
            Line(i2, "postInstall = ''");
            Line(i3, "mkdir -p $out/share/doc");
            Line(i3, $"install -Dm644 README $out/share/doc/{name}/README");
            Line(i3, $"substituteInPlace $out/bin/{name} --replace '/usr/bin/env' '${{coreutils}}/bin/env'");
            Line(i2, "'';");
        }

        Line(i2, "meta = with lib; {");
        Line(i3, $"description = \"{Sentence(3, 9)}\";");
        Line(i3, $"homepage = \"https://www.example.org/{name}/\";");
        Line(i3, $"license = licenses.{Pick(["mit", "gpl2Plus", "gpl3Only", "asl20", "bsd3", "lgpl21Plus", "mpl20"])};");
        Line(i3, $"maintainers = with maintainers; [ {Ref().Replace("-", "")} ]; # {Pick(Maintainers)}");
        Line(i3, "platforms = platforms.unix;");
        Line(i2, "};");
        Line(indent, "});");
    }

    private void WriteAssert(string indent)
    {
        var name = FreshName();
        _names.Add(name);
        var dep = Ref();
        Line(indent, $"{name} =");
        Line(indent + "  ", $"assert lib.versionAtLeast {dep}.version \"{Int(1, 9)}.{Int(0, 9)}\";");
        Line(indent + "  ", $"assert {Pick(Flags)} -> {dep} != null;");
        Line(indent + "  ", $"callPackage {CategoryPath(name)} {{ {Pick(Flags)} = !{Pick(Platforms).Split(' ')[0]} || {Pick(Flags)}; }};");
    }

    private void WriteWrapped(string indent)
    {
        var name = FreshName();
        _names.Add(name);
        Line(indent, $"{name} = wrapFirefox {Ref()} {{");
        Line(indent + "  ", $"extraPolicies = {{ DisableTelemetry = true; Homepage = {{ URL = \"https://{Ref()}.example.org\"; Locked = false; }}; }};");
        Line(indent + "  ", $"extraPrefs = \"{Sentence(2, 4)}\\n\";");
        Line(indent + "  ", $"nameSuffix = \"-{Ref()}\";");
        Line(indent, "};");
    }

    private void WriteRecSet(string indent)
    {
        var name = Claim(CamelName());
        _names.Add(name);
        Line(indent, $"{name} = rec {{");
        var a = FreshName();
        Line(indent + "  ", $"{a} = callPackage {CategoryPath(a)} {{ }};");
        Line(indent + "  ", $"{a}-wrapped = callPackage ../{Pick(Categories)}/{a}/wrapper.nix {{ inherit {a}; }};");
        Line(indent + "  ", $"default = {a}-wrapped;");
        Line(indent + "  ", $"all = [ {a} {a}-wrapped ] ++ lib.attrValues {{ inherit ({Ref()}) {Ref()}; }};");
        Line(indent, "};");
    }

    private void WriteBlockComment(string indent)
    {
        Line(indent, "/* " + Sentence(3, 8) + ".");
        Line(indent, "   " + Sentence(3, 10) + " */");
    }

    private void WriteDocComment(string indent)
    {
        Line(indent, "/**");
        Line(indent + "  ", Sentence(4, 12) + ".");
        Blank();
        Line(indent + "  ", "# Inputs");
        Blank();
        Line(indent + "  ", $"`{Ref()}`");
        Line(indent + "  ", ": " + Sentence(3, 8));
        Blank();
        Line(indent + "  ", "# Example");
        Blank();
        Line(indent + "  ", "```nix");
        Line(indent + "  ", $"{Ref()}.override {{ {Pick(Flags)} = true; }}");
        Line(indent + "  ", "```");
        Line(indent, "*/");
    }

    private void WriteNestedAttrPath(string indent)
    {
        var set = Claim(CamelName());
        var member = FreshName();
        _names.Add(member);
        Line(indent, $"{set}.{member} = callPackage {CategoryPath(member)} {{ }};");
        if (Chance(50)) Line(indent, $"{set}.\"{member}-doc\" = {set}.{member}.doc or null;");
    }

    private void WriteVersioned(string indent)
    {
        var baseName = NewBaseName();
        var versions = Enumerable.Range(0, Int(2, 4)).Select(_ => Int(1, 30)).Distinct().OrderBy(v => v).ToList();
        foreach (var v in versions)
        {
            var name = $"{baseName}_{v}";
            if (!_defined.Add(name)) continue;
            _names.Add(name);
            Line(indent, $"{name} = callPackage ../{Pick(Categories)}/{baseName}/{v}.nix {{ }};");
        }

        var latest = $"{baseName}_{versions[^1]}";
        if (_defined.Add(baseName)) Line(indent, $"{baseName} = {latest};");
        if (!_defined.Add(baseName + "Packages")) return;
        Line(indent, $"{baseName}Packages = lib.recurseIntoAttrs (lib.mapAttrs (n: v: v.passthru.tests or {{ }}) {{ inherit {string.Join(' ', versions.Select(v => $"{baseName}_{v}").Where(_names.Contains))}; }});");
    }

    private void WriteMisc(string indent)
    {
        var name = FreshName();
        _names.Add(name);
        switch (Int(6))
        {
            case 0:
                Line(indent, $"{name} = builtins.listToAttrs (map (n: {{ name = \"{name}-${{n}}\"; value = {Ref()}; }}) [ \"a\" \"b\" \"c\" ]);");
                break;
            case 1:
                Line(indent, $"{name} = import <nixpkgs/nixos/lib/eval-config.nix> {{ modules = [ ./{name}-module.nix ]; system = \"x86_64-linux\"; }};");
                break;
            case 2:
                Line(indent, $"{name} = {Ref()}.{Ref()}.\"{Ref()}\";");
                break;
            case 3:
                Line(indent, $"{name} = lib.mapAttrs' (n: v: lib.nameValuePair \"{name}-${{n}}\" v) {{ x = {Int(0, 99)}; y = {Int(0, 99)}.{Int(0, 99)}; z = -{Int(1, 9)}; }};");
                break;
            case 4:
                Line(indent, $"{name} = callPackage (./{Ref()} + \"/{name}.nix\") {{ src = ./sources/${{{Ref()}.version}}; }};");
                break;
            default:
                Line(indent, $"{name} = with {Ref()}; [ a b c ] ++ (if {Pick(Platforms)} then [ d ] else [ ]) ++ [ \"\\${{literal}}\" ];");
                break;
        }
    }
}
