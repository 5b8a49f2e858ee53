# Degenerate block comments: `/**/`, `/***/`, stars and slashes inside.
/**/ /***/ /* * */ /* / */ /* ** / */ 1 /****/
