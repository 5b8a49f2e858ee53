// The Nix grammar, after Nix's own src/libexpr/parser.y (an LALR(1) grammar with %expect 0).
//
// Shaped for speed and for a stack that never overflows:
//   * expr_function's right recursion (`x: …`, `{…}: …`, `assert e; …`, `with e; …`, `let … in …`)
//     is a loop of heads before the body; the tree builder nests them.
//   * Every unary and binary operator of expr_op, plus `?`, the pipes and application, is one flat
//     sequence in `operation`; the tree builder folds it with Nix's precedence table (swift-syntax's
//     SequenceExpr idea). expr_if lives in `expr` and expr_simple in `select`: three rule calls per
//     operand instead of six, since every rule call costs a context and error-recovery bookkeeping. A million-term `++` chain is a loop, never a recursion, and Nix's quirks (`!a + b` is
//     `!(a + b)`, non-associative comparisons, unmixable pipes) live in one table in C#.
//   * No two alternatives share a non-terminal prefix, so adaptive prediction looks ahead only a few
//     tokens (see shared/design/antlr-performance.md).
// The builder (src/Nix.Syntax/Parsing/GreenTreeBuilder.cs) turns each rule's children into green nodes.
parser grammar NixParser;

options { tokenVocab = NixLexer; }

file
    : expr EOF
    ;

// expr_function: heads, then an expr_if (the conditional, or an operation).
expr
    : ( IDENTIFIER COLON                          // x: body
      | IDENTIFIER AT formals COLON               // x @ { … }: body
      | formals ( AT IDENTIFIER )? COLON          // { … }: body, { … } @ x: body
      | ASSERT expr SEMICOLON                     // assert cond; body
      | WITH expr SEMICOLON                       // with ns; body
      | LET binding* IN                           // let … in body
      )*
      ( IF expr THEN expr ELSE expr
      | operation
      )
    ;

// expr_op and the pipes, flat: prefix operators, operands, binary operators, `? attrpath`. An operand is
// an application, expr_app: a select followed by argument selects. No argument starts a binding
// (`{ a = f b = 2; }`): no valid program has an argument followed by `=`, so the predicate only helps
// recovery after a missing `;`.
operation
    : ( BANG | MINUS )* select ( { !AtBindingStart() }? select )*
      ( ( PIPE_INTO | PIPE_FROM | IMPL | OR | AND | EQ | NEQ | LT | GT | LEQ | GEQ
        | UPDATE | PLUS | MINUS | STAR | SLASH | CONCAT ) ( BANG | MINUS )* select ( { !AtBindingStart() }? select )*
      | QUESTION attrPath
      )*
    ;

// expr_select over expr_simple: `e.a.b`, `e.a.b or d`, and the "cursed" `e or` (an application of e to the
// variable `or`).
select
    : ( IDENTIFIER
      | INT
      | FLOAT
      | string
      | indentedString
      | path
      | SPATH
      | URI
      | OPEN_PAREN expr CLOSE_PAREN
      | LET OPEN_BRACE binding* CLOSE_BRACE             // legacy let { … body = …; }
      | REC OPEN_BRACE binding* CLOSE_BRACE
      | OPEN_BRACE binding* CLOSE_BRACE
      | OPEN_BRACKET select* CLOSE_BRACKET
      )
      ( DOT attrPath ( OR_KW select )? | OR_KW )?
    ;

string
    : DQUOTE ( STR | interpolation )* DQUOTE
    ;

indentedString
    : IND_STRING_OPEN ( IND_STR | interpolation )* IND_STRING_CLOSE
    ;

interpolation
    : DOLLAR_CURLY expr CLOSE_BRACE
    ;

// A path: its head, then (only after an interpolation) more text and interpolations.
path
    : ( PATH | HPATH ) ( PATH_DOLLAR_CURLY expr CLOSE_BRACE | PATH_STR )*
    ;

binding
    : attrPath ASSIGN expr SEMICOLON
    | INHERIT ( OPEN_PAREN expr CLOSE_PAREN )? attrName* SEMICOLON
    ;

attrPath
    : attrName ( DOT attrName )*
    ;

attrName
    : IDENTIFIER
    | OR_KW
    | string
    | interpolation
    ;

// formal_set: `{ }`, `{ ... }`, `{ a, b ? d }`, `{ a, }`, `{ a, ... }`; never `{ a, ..., }`.
formals
    : OPEN_BRACE ( formal ( COMMA formal )* ( COMMA ELLIPSIS? )? | ELLIPSIS )? CLOSE_BRACE
    ;

formal
    : IDENTIFIER ( QUESTION expr )?
    ;
