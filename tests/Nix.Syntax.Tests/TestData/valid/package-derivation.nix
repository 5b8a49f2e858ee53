# A package expression in the callPackage style.
{ lib
, stdenv
, fetchFromGitHub
, makeWrapper
, kubectl
, withCompletions ? true
}:

stdenv.mkDerivation rec {
  pname = "k3s-helper";
  version = "0.3.1";

  src = fetchFromGitHub {
    owner = "example";
    repo = pname;
    rev = "v${version}";
    hash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  };

  nativeBuildInputs = [ makeWrapper ];

  installPhase = ''
    runHook preInstall
    install -Dm755 bin/${pname} $out/bin/${pname}
    wrapProgram $out/bin/${pname} \
      --prefix PATH : ${lib.makeBinPath [ kubectl ]}
  '' + lib.optionalString withCompletions ''
    mkdir -p $out/share/bash-completion/completions
    $out/bin/${pname} completion bash > $out/share/bash-completion/completions/${pname}
  '' + ''
    runHook postInstall
  '';

  meta = with lib; {
    description = "Small helper around kubectl for k3s clusters";
    homepage = "https://example.org/${pname}";
    license = licenses.mit;
    platforms = platforms.linux;
    maintainers = [ ];
  };
}
