# Paths made only of dots.
[ ./. ../. ./.. ../.. ./../a ]
