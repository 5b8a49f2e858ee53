# Various URI schemes and the full set of URI characters.
[
  mailto:admin@example.org
  ftp://ftp.example.org/pub/file.tar.gz
  git+ssh://git@example.org/owner/repo.git?ref=main
  urn:isbn:0451450523
  a:b!c~d*e'f$g,h%20i
  http://example.org:8080/a/b
]
