# `00.5` is INT 00 then FLOAT .5; `01.5` is INT 01 then FLOAT .5; `1.2.3` is 1.2 then .3.
# So this list has six elements.
[ 00.5 01.5 1.2.3 ]
