# Single quotes that are not `''` are content.
''
  it's Bob's 'quoted' word
''
