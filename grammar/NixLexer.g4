// The Nix lexer, rule for rule after Nix's own src/libexpr/lexer.l.
//
// Flex start conditions map to modes: INITIAL and DEFAULT are DEFAULT_MODE, STRING is STRING_MODE,
// IND_STRING is IND_STRING_MODE, INPATH and INPATH_SLASH are PATH_MODE. Three things flex does that
// ANTLR cannot are done in the partial class NixLexer (src/Nix.Syntax/Parsing/NixLexer.cs):
//   * `}` pops a mode only when there is one to pop (flex keeps INITIAL at the bottom);
//   * PATH_MODE ends, without a token, at the first character that cannot continue the path
//     (flex's zero-width PATH_END);
//   * PATH_INTERPOLATION_START carries both the path head and `${`; the token pass splits it in two.
// Trivia (whitespace, line ends, comments) goes to the HIDDEN channel and becomes Roslyn-style trivia.
lexer grammar NixLexer;

channels { TRIVIA }

// ---- Keywords: before IDENTIFIER, so that on a tie of length the keyword wins (as in flex). ----
IF       : 'if';
THEN     : 'then';
ELSE     : 'else';
ASSERT   : 'assert';
WITH     : 'with';
LET      : 'let';
IN       : 'in';
REC      : 'rec';
INHERIT  : 'inherit';
OR_KW    : 'or';

// ---- Multi-character operators. ----
ELLIPSIS : '...';
EQ       : '==';
NEQ      : '!=';
LEQ      : '<=';
GEQ      : '>=';
AND      : '&&';
OR       : '||';
IMPL     : '->';
UPDATE   : '//';
CONCAT   : '++';
PIPE_FROM: '<|';
PIPE_INTO: '|>';

IDENTIFIER : [a-zA-Z_] [a-zA-Z0-9_'\-]*;
INT        : [0-9]+;
FLOAT      : ( [1-9] [0-9]* '.' [0-9]* | '0'? '.' [0-9]+ ) ( [Ee] [+\-]? [0-9]+ )?;

DOLLAR_CURLY : '${' -> pushMode(DEFAULT_MODE);
OPEN_BRACE   : '{'  -> pushMode(DEFAULT_MODE);
CLOSE_BRACE  : '}'  -> popMode;   // guarded in NixLexer.PopMode: never pops the bottom mode
DQUOTE       : '"'  -> pushMode(STRING_MODE);
// flex: \'\'(\ *\n)? : spaces and one LF right after '' belong to the opening token.
IND_STRING_OPEN : '\'\'' ( ' '* '\n' )? -> pushMode(IND_STRING_MODE);

// A path head followed by `${` (flex: {PATH_SEG}\$\{ | {HPATH_START}\$\{ and {PATH}/{HPATH} before `${`).
PATH_INTERPOLATION_START
    : ( PATH_CHAR* '/' | PATH_BODY | '~/' | HPATH_BODY ) '${' -> pushMode(PATH_MODE), pushMode(DEFAULT_MODE);
PATH         : PATH_BODY;
HPATH        : HPATH_BODY;
SPATH        : '<' PATH_CHAR+ ( '/' PATH_CHAR+ )* '>';
URI          : [a-zA-Z] [a-zA-Z0-9+\-.]* ':' [a-zA-Z0-9%/?:@&=+$,\-_.!~*']+;

// ---- Single characters (flex returns them as themselves). ----
OPEN_BRACKET : '[';
CLOSE_BRACKET: ']';
OPEN_PAREN   : '(';
CLOSE_PAREN  : ')';
SEMICOLON    : ';';
COLON        : ':';
COMMA        : ',';
ASSIGN       : '=';
DOT          : '.';
QUESTION     : '?';
AT           : '@';
PLUS         : '+';
MINUS        : '-';
STAR         : '*';
SLASH        : '/';
BANG         : '!';
LT           : '<';
GT           : '>';

// ---- Trivia. `\f` and `\v` are not whitespace in Nix; they fall to ERROR_CHAR. ----
WHITESPACE   : [ \t]+ -> channel(TRIVIA);
END_OF_LINE  : ( '\r\n' | '\n' | '\r' ) -> channel(TRIVIA);
LINE_COMMENT : '#' ~[\r\n]* -> channel(TRIVIA);
// flex: \/\*\*[^/*]([^*]|\*+[^*/])*\*+\/ ; `/**/` and `/***…` are ordinary comments.
DOC_COMMENT  : '/**' ~[/*] .*? '*/' -> channel(TRIVIA);
BLOCK_COMMENT: '/*' .*? '*/' -> channel(TRIVIA);

// Anything else is one invalid character; it stays in the tree (as a bad token) so nothing is lost.
ERROR_CHAR   : . ;

fragment PATH_CHAR  : [a-zA-Z0-9._\-+];
fragment PATH_BODY  : PATH_CHAR* ( '/' PATH_CHAR+ )+ '/'?;
fragment HPATH_BODY : '~' ( '/' PATH_CHAR+ )+ '/'?;

// ---- "…" strings. The text rule is flex's ([^$"\\]|\$[^{"\\]|\\.|\$\\.)+ ; a `$` right before the
// closing quote or the end of input is its own piece (flex uses trailing context for it). ----
mode STRING_MODE;
STRING_DOLLAR_CURLY : '${' -> type(DOLLAR_CURLY), pushMode(DEFAULT_MODE);
STRING_END          : '"' -> type(DQUOTE), popMode;
STR                 : ( ~[$"\\] | '$' ~[{"\\] | '\\' . | '$\\' . )+;
STRING_LONE         : ( '$' | '\\' | '$\\' ) -> type(STR);

// ---- ''…'' indented strings: flex's rules, with escapes kept in the raw text. ----
mode IND_STRING_MODE;
IND_STRING_CLOSE     : '\'\'' -> popMode;
IND_ESCAPE           : ( '\'\'$' | '\'\'\'' | '\'\'\\' . ) -> type(IND_STR);
IND_DOLLAR_CURLY     : '${' -> type(DOLLAR_CURLY), pushMode(DEFAULT_MODE);
IND_STR              : ( ~[$'] | '$' ~[{'] | '\'' ~['$] )+;
IND_LONE             : ( '$' | '\'' ) -> type(IND_STR);

// ---- The rest of an interpolated path, after its first `${ … }`. ----
mode PATH_MODE;
PATH_DOLLAR_CURLY    : '${' -> pushMode(DEFAULT_MODE);
PATH_STR             : ( [a-zA-Z0-9._\-+] | '/' )+;
