''one line, no newline''
