# Leading zeros are allowed and ignored: 007 is 7.
[ 007 00 0 0123 000000000000000000001 ]
