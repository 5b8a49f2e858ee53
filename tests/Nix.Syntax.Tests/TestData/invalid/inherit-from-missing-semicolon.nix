# inherit needs a terminating `;`.
a: { inherit (a) }
