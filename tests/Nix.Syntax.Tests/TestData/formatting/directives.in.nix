{
  formatted   =   1;
  /*nixfmt:disable*/
  table = [ 1 0
            0 1 ];
  /*nixfmt:enable*/
  after   =   2;
}
