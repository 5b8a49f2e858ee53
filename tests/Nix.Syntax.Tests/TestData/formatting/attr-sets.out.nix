{
  empty = { };
  single = {
    enable = true;
  };
  two = {
    a = 1;
    b = 2;
  };
  nested.deeper.value = "x";
  rec_set = rec {
    a = 1;
    b = a + 1;
  };
  multiline = {
  };
  "quoted-name" = 1;
  ${dynamic} = 2;
}
