# Several interpolations spread over several segments.
user: host: [ ./hosts/${host}/users/${user}.nix ../users/${user}/${host}.nix /srv/${host}-${user}/data ]
