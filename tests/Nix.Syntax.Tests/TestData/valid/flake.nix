# A flake-shaped attribute set.
{
  description = "NixK3s test flake";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-utils.url = "github:numtide/flake-utils";
    flake-utils.inputs.nixpkgs.follows = "nixpkgs";
  };

  outputs = { self, nixpkgs, flake-utils, ... }@inputs:
    flake-utils.lib.eachDefaultSystem (system:
      let
        pkgs = nixpkgs.legacyPackages.${system};
      in
      {
        packages.default = pkgs.callPackage ./package.nix { };
        devShells.default = pkgs.mkShell {
          packages = with pkgs; [ k3s kubectl kubernetes-helm ];
          shellHook = ''
            export KUBECONFIG=''${KUBECONFIG:-$PWD/kubeconfig}
          '';
        };
      })
    // {
      nixosModules.nixk3s = import ./module-k3s-server.nix;
      nixosConfigurations.node-1 = nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        specialArgs = { inherit inputs; };
        modules = [ self.nixosModules.nixk3s ./hosts/node-1.nix ];
      };
    };
}
