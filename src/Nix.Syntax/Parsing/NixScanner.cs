using T = Nix.Syntax.Parsing.Generated.NixLexer;

namespace Nix.Syntax.Parsing;

/// <summary>
/// A hand-written scanner that yields exactly the token stream of the ANTLR lexer generated from
/// grammar/NixLexer.g4 (same token types, same spans, same modes), without an object per token. The grammar
/// stays the definition: <c>ScannerTests</c> compares the two token for token on the corpus and on random
/// text. Rules are tried as ANTLR does: the longest match wins, and on a tie the rule written first.
/// </summary>
internal sealed class NixScanner
{
    private readonly string _text;
    private readonly List<int> _modes = new();
    private int _position;
    private int _mode = DefaultMode;

    private const int DefaultMode = 0;

    public NixScanner(string text) => _text = text;

    /// <summary>The mode after the last token (T.DEFAULT_MODE, T.STRING_MODE, T.IND_STRING_MODE, T.PATH_MODE).</summary>
    public int CurrentMode => _mode;

    /// <summary>Whether the scanner is inside a string or indented string, at any depth.</summary>
    public bool InsideString => _mode is T.STRING_MODE or T.IND_STRING_MODE || _modes.Contains(T.STRING_MODE) || _modes.Contains(T.IND_STRING_MODE);

    /// <summary>Scans the next token: its type (TokenConstants.EOF at the end), span and channel.</summary>
    public int Next(out int start, out int end, out bool trivia)
    {
        if (_mode == T.PATH_MODE && !ContinuesPath(_position)) PopMode();
        start = _position;
        trivia = false;
        if (_position >= _text.Length)
        {
            end = _position;
            return Antlr4.Runtime.TokenConstants.EOF;
        }
        int type = _mode switch
        {
            T.STRING_MODE => ScanString(out end),
            T.IND_STRING_MODE => ScanIndentedString(out end),
            T.PATH_MODE => ScanPath(out end),
            _ => ScanDefault(out end, out trivia),
        };
        _position = end;
        return type;
    }

    private void PushMode(int mode)
    {
        _modes.Add(_mode);
        _mode = mode;
    }

    private void PopMode()
    {
        // As NixLexer.PopMode: the bottom mode is never popped.
        if (_modes.Count == 0) return;
        _mode = _modes[^1];
        _modes.RemoveAt(_modes.Count - 1);
    }

    private char At(int i) => i < _text.Length ? _text[i] : '\0';

    private bool Has(int i) => i < _text.Length;

    private bool ContinuesPath(int i) =>
        Has(i) && (NixLexerFacts.IsPathChar(_text[i]) || _text[i] == '/' || (_text[i] == '$' && At(i + 1) == '{' && Has(i + 1)));

    // ---- DEFAULT_MODE ----

    private int ScanDefault(out int end, out bool trivia)
    {
        int i = _position;
        char c = _text[i];
        trivia = false;
        switch (c)
        {
            case ' ' or '\t':
            {
                int j = i + 1;
                while (Has(j) && _text[j] is ' ' or '\t') j++;
                end = j;
                trivia = true;
                return T.WHITESPACE;
            }
            case '\n':
                end = i + 1;
                trivia = true;
                return T.END_OF_LINE;
            case '\r':
                end = At(i + 1) == '\n' && Has(i + 1) ? i + 2 : i + 1;
                trivia = true;
                return T.END_OF_LINE;
            case '#':
            {
                int j = i + 1;
                while (Has(j) && _text[j] is not '\r' and not '\n') j++;
                end = j;
                trivia = true;
                return T.LINE_COMMENT;
            }
            case '"':
                end = i + 1;
                PushMode(T.STRING_MODE);
                return T.DQUOTE;
            case '{':
                end = i + 1;
                PushMode(DefaultMode);
                return T.OPEN_BRACE;
            case '}':
                end = i + 1;
                PopMode();
                return T.CLOSE_BRACE;
            case '\'':
                if (At(i + 1) == '\'' && Has(i + 1))
                {
                    // '' then optionally spaces and one LF.
                    int j = i + 2;
                    int k = j;
                    while (Has(k) && _text[k] == ' ') k++;
                    end = Has(k) && _text[k] == '\n' ? k + 1 : j;
                    PushMode(T.IND_STRING_MODE);
                    return T.IND_STRING_OPEN;
                }
                end = i + 1;
                return T.ERROR_CHAR;
        }
        return ScanLongest(i, out end, out trivia);
    }

    /// <summary>The rules that compete by length: names, numbers, paths, URIs, operators, comments.</summary>
    private int ScanLongest(int i, out int end, out bool trivia)
    {
        trivia = false;
        int bestType = T.ERROR_CHAR, bestLength = 1;
        // Candidates in grammar order; a later one must be strictly longer to win.
        void Offer(int type, int length)
        {
            if (length > bestLength || (length == bestLength && RuleOrder(type) < RuleOrder(bestType)))
            {
                bestType = type;
                bestLength = length;
            }
        }

        char c = _text[i];
        int id = MatchIdentifier(i);
        if (id > 0) Offer(KeywordOrIdentifier(i, id), id);
        int number = MatchDigits(i);
        if (number > 0) Offer(T.INT, number);
        int fl = MatchFloat(i);
        if (fl > 0) Offer(T.FLOAT, fl);
        int interpolated = MatchPathInterpolationStart(i);
        if (interpolated > 0) Offer(T.PATH_INTERPOLATION_START, interpolated);
        int path = MatchPathBody(i);
        if (path > 0) Offer(T.PATH, path);
        int home = MatchHomePathBody(i);
        if (home > 0) Offer(T.HPATH, home);
        int search = MatchSearchPath(i);
        if (search > 0) Offer(T.SPATH, search);
        int uri = MatchUri(i);
        if (uri > 0) Offer(T.URI, uri);
        char d = At(i + 1);
        bool hasD = Has(i + 1);
        switch (c)
        {
            case '.':
                if (hasD && d == '.' && At(i + 2) == '.' && Has(i + 2)) Offer(T.ELLIPSIS, 3);
                Offer(T.DOT, 1);
                break;
            case '=':
                if (hasD && d == '=') Offer(T.EQ, 2);
                Offer(T.ASSIGN, 1);
                break;
            case '!':
                if (hasD && d == '=') Offer(T.NEQ, 2);
                Offer(T.BANG, 1);
                break;
            case '<':
                if (hasD && d == '=') Offer(T.LEQ, 2);
                if (hasD && d == '|') Offer(T.PIPE_FROM, 2);
                Offer(T.LT, 1);
                break;
            case '>':
                if (hasD && d == '=') Offer(T.GEQ, 2);
                Offer(T.GT, 1);
                break;
            case '&':
                if (hasD && d == '&') Offer(T.AND, 2);
                break;
            case '|':
                if (hasD && d == '|') Offer(T.OR, 2);
                if (hasD && d == '>') Offer(T.PIPE_INTO, 2);
                break;
            case '-':
                if (hasD && d == '>') Offer(T.IMPL, 2);
                Offer(T.MINUS, 1);
                break;
            case '/':
                if (hasD && d == '/') Offer(T.UPDATE, 2);
                if (hasD && d == '*')
                {
                    int doc = MatchDocComment(i);
                    if (doc > 0) Offer(T.DOC_COMMENT, doc);
                    int block = MatchBlockComment(i);
                    if (block > 0) Offer(T.BLOCK_COMMENT, block);
                }
                Offer(T.SLASH, 1);
                break;
            case '+':
                if (hasD && d == '+') Offer(T.CONCAT, 2);
                Offer(T.PLUS, 1);
                break;
            case '$':
                if (hasD && d == '{') Offer(T.DOLLAR_CURLY, 2);
                break;
            case '[': Offer(T.OPEN_BRACKET, 1); break;
            case ']': Offer(T.CLOSE_BRACKET, 1); break;
            case '(': Offer(T.OPEN_PAREN, 1); break;
            case ')': Offer(T.CLOSE_PAREN, 1); break;
            case ';': Offer(T.SEMICOLON, 1); break;
            case ':': Offer(T.COLON, 1); break;
            case ',': Offer(T.COMMA, 1); break;
            case '?': Offer(T.QUESTION, 1); break;
            case '@': Offer(T.AT, 1); break;
            case '*': Offer(T.STAR, 1); break;
        }

        end = i + bestLength;
        switch (bestType)
        {
            case T.DOLLAR_CURLY:
                PushMode(DefaultMode);
                break;
            case T.PATH_INTERPOLATION_START:
                PushMode(T.PATH_MODE);
                PushMode(DefaultMode);
                break;
            case T.DOC_COMMENT or T.BLOCK_COMMENT:
                trivia = true;
                break;
        }
        return bestType;
    }

    /// <summary>The position of a rule in NixLexer.g4, for ties of length (earlier wins): ANTLR numbers token types in rule order.</summary>
    private static int RuleOrder(int type) => type;

    private int KeywordOrIdentifier(int i, int length)
    {
        var word = _text.AsSpan(i, length);
        return word switch
        {
            "if" => T.IF,
            "then" => T.THEN,
            "else" => T.ELSE,
            "assert" => T.ASSERT,
            "with" => T.WITH,
            "let" => T.LET,
            "in" => T.IN,
            "rec" => T.REC,
            "inherit" => T.INHERIT,
            "or" => T.OR_KW,
            _ => T.IDENTIFIER,
        };
    }

    private int MatchIdentifier(int i)
    {
        char c = _text[i];
        if (!(char.IsAsciiLetter(c) || c == '_')) return 0;
        int j = i + 1;
        while (Has(j) && (char.IsAsciiLetterOrDigit(_text[j]) || _text[j] is '_' or '\'' or '-')) j++;
        return j - i;
    }

    private int MatchDigits(int i)
    {
        int j = i;
        while (Has(j) && char.IsAsciiDigit(_text[j])) j++;
        return j - i;
    }

    // ( [1-9] [0-9]* '.' [0-9]* | '0'? '.' [0-9]+ ) ( [Ee] [+\-]? [0-9]+ )?
    private int MatchFloat(int i)
    {
        int j;
        char c = _text[i];
        if (c is >= '1' and <= '9')
        {
            j = i + MatchDigits(i);
            if (At(j) != '.' || !Has(j)) return 0;
            j++;
            j += MatchDigits(j);
        }
        else
        {
            j = i;
            if (c == '0') j++;
            if (At(j) != '.' || !Has(j)) return 0;
            int digits = MatchDigits(j + 1);
            if (digits == 0)
            {
                // '0' '.' needs digits; so does a bare '.'.
                return 0;
            }
            j += 1 + digits;
        }
        if (Has(j) && _text[j] is 'e' or 'E')
        {
            int k = j + 1;
            if (Has(k) && _text[k] is '+' or '-') k++;
            int exponent = MatchDigits(k);
            if (exponent > 0) j = k + exponent;
        }
        return j - i;
    }

    // PATH_CHAR* ( '/' PATH_CHAR+ )+ '/'?
    private int MatchPathBody(int i)
    {
        int j = i;
        while (Has(j) && NixLexerFacts.IsPathChar(_text[j])) j++;
        int groups = 0;
        while (Has(j + 1) && _text[j] == '/' && NixLexerFacts.IsPathChar(_text[j + 1]))
        {
            j += 2;
            while (Has(j) && NixLexerFacts.IsPathChar(_text[j])) j++;
            groups++;
        }
        if (groups == 0) return 0;
        if (Has(j) && _text[j] == '/') j++;
        return j - i;
    }

    // '~' ( '/' PATH_CHAR+ )+ '/'?
    private int MatchHomePathBody(int i)
    {
        if (_text[i] != '~') return 0;
        int body = MatchPathBody(i + 1);
        if (body == 0) return 0;
        // The body must start with '/', not with path characters.
        if (!Has(i + 1) || _text[i + 1] != '/') return 0;
        return 1 + body;
    }

    // ( PATH_CHAR* '/' | PATH_BODY | '~/' | HPATH_BODY ) '${'
    private int MatchPathInterpolationStart(int i)
    {
        int best = 0;
        bool DollarCurlyAt(int k) => Has(k + 1) && _text[k] == '$' && _text[k + 1] == '{';

        int j = i;
        while (Has(j) && NixLexerFacts.IsPathChar(_text[j])) j++;
        if (Has(j) && _text[j] == '/' && DollarCurlyAt(j + 1)) best = Math.Max(best, j + 1 + 2 - i);
        int path = MatchPathBody(i);
        if (path > 0 && DollarCurlyAt(i + path)) best = Math.Max(best, path + 2);
        if (_text[i] == '~')
        {
            if (Has(i + 1) && _text[i + 1] == '/' && DollarCurlyAt(i + 2)) best = Math.Max(best, 4);
            int home = MatchHomePathBody(i);
            if (home > 0 && DollarCurlyAt(i + home)) best = Math.Max(best, home + 2);
        }
        return best;
    }

    // '<' PATH_CHAR+ ( '/' PATH_CHAR+ )* '>'
    private int MatchSearchPath(int i)
    {
        if (_text[i] != '<') return 0;
        int j = i + 1;
        int first = j;
        while (Has(j) && NixLexerFacts.IsPathChar(_text[j])) j++;
        if (j == first) return 0;
        while (Has(j + 1) && _text[j] == '/' && NixLexerFacts.IsPathChar(_text[j + 1]))
        {
            j += 2;
            while (Has(j) && NixLexerFacts.IsPathChar(_text[j])) j++;
        }
        return Has(j) && _text[j] == '>' ? j + 1 - i : 0;
    }

    // [a-zA-Z] [a-zA-Z0-9+\-.]* ':' [a-zA-Z0-9%/?:@&=+$,\-_.!~*']+
    private int MatchUri(int i)
    {
        if (!char.IsAsciiLetter(_text[i])) return 0;
        int j = i + 1;
        while (Has(j) && (char.IsAsciiLetterOrDigit(_text[j]) || _text[j] is '+' or '-' or '.')) j++;
        if (!Has(j) || _text[j] != ':') return 0;
        int k = j + 1;
        while (Has(k) && NixLexerFacts.IsUriChar(_text[k])) k++;
        return k > j + 1 ? k - i : 0;
    }

    // '/**' ~[/*] .*? '*/'
    private int MatchDocComment(int i)
    {
        if (!(Has(i + 3) && _text[i + 2] == '*' && _text[i + 3] is not '/' and not '*')) return 0;
        int close = _text.IndexOf("*/", i + 4, StringComparison.Ordinal);
        return close < 0 ? 0 : close + 2 - i;
    }

    // '/*' .*? '*/'
    private int MatchBlockComment(int i)
    {
        int close = _text.IndexOf("*/", i + 2, StringComparison.Ordinal);
        return close < 0 ? 0 : close + 2 - i;
    }

    // ---- STRING_MODE: '${', '"', and text (pieces of text are joined later, so their split is free) ----

    private int ScanString(out int end)
    {
        int i = _position;
        char c = _text[i];
        if (c == '$' && Has(i + 1) && _text[i + 1] == '{')
        {
            end = i + 2;
            PushMode(DefaultMode);
            return T.DOLLAR_CURLY;
        }
        if (c == '"')
        {
            end = i + 1;
            PopMode();
            return T.DQUOTE;
        }
        // ( ~[$"\\] | '$' ~[{"\\] | '\\' . | '$\\' . )+, else a lone '$', '\\' or '$\\'.
        int j = i;
        while (Has(j))
        {
            char x = _text[j];
            if (x is not '$' and not '"' and not '\\') { j++; continue; }
            if (x == '\\') { if (Has(j + 1)) { j += 2; continue; } break; }
            if (x == '$')
            {
                if (Has(j + 1) && _text[j + 1] is not '{' and not '"' and not '\\') { j += 2; continue; }
                if (Has(j + 2) && _text[j + 1] == '\\') { j += 3; continue; }
                break;
            }
            break;
        }
        if (j == i) j = i + (c == '$' && Has(i + 1) && _text[i + 1] == '\\' ? 2 : 1);
        end = j;
        return T.STR;
    }

    // ---- IND_STRING_MODE ----

    private int ScanIndentedString(out int end)
    {
        int i = _position;
        char c = _text[i];
        if (c == '\'' && Has(i + 1) && _text[i + 1] == '\'')
        {
            if (Has(i + 2) && _text[i + 2] is '$' or '\'')
            {
                end = i + 3;
                return T.IND_STR;
            }
            if (Has(i + 3) && _text[i + 2] == '\\')
            {
                end = i + 4;
                return T.IND_STR;
            }
            end = i + 2;
            PopMode();
            return T.IND_STRING_CLOSE;
        }
        if (c == '$' && Has(i + 1) && _text[i + 1] == '{')
        {
            end = i + 2;
            PushMode(DefaultMode);
            return T.DOLLAR_CURLY;
        }
        // ( ~[$'] | '$' ~[{'] | '\'' ~['$] )+, else a lone '$' or '\''.
        int j = i;
        while (Has(j))
        {
            char x = _text[j];
            if (x is not '$' and not '\'') { j++; continue; }
            if (Has(j + 1))
            {
                char y = _text[j + 1];
                if (x == '$' && y is not '{' and not '\'') { j += 2; continue; }
                if (x == '\'' && y is not '\'' and not '$') { j += 2; continue; }
            }
            break;
        }
        end = j == i ? i + 1 : j;
        return T.IND_STR;
    }

    // ---- PATH_MODE: more text and interpolations after a path's first '${ … }' ----

    private int ScanPath(out int end)
    {
        int i = _position;
        if (_text[i] == '$')
        {
            end = i + 2;
            PushMode(DefaultMode);
            return T.PATH_DOLLAR_CURLY;
        }
        int j = i;
        while (Has(j) && (NixLexerFacts.IsPathChar(_text[j]) || _text[j] == '/')) j++;
        end = j;
        return T.PATH_STR;
    }
}

/// <summary>Character classes of the Nix lexer.</summary>
internal static class NixLexerFacts
{
    /// <summary>PATH_CHAR: <c>[a-zA-Z0-9._\-+]</c>.</summary>
    public static bool IsPathChar(int c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-' || c == '+';

    /// <summary>The characters of a URI after its colon: <c>[a-zA-Z0-9%/?:@&amp;=+$,\-_.!~*']</c>.</summary>
    public static bool IsUriChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '%' or '/' or '?' or ':' or '@' or '&' or '=' or '+' or '$' or ',' or '-' or '_' or '.' or '!' or '~' or '*' or '\'';
}
