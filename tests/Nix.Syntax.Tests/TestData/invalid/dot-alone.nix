# A lone `.` is not an expression.
.
