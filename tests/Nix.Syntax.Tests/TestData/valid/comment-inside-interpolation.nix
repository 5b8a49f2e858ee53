# Comments inside `${ }` are trivia of the inner expression.
x: [ "${/* c */ x /* d */}" ''${ # line comment
  x}'' ./${/*e*/x} ]
