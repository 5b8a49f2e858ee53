# inherit is only allowed inside bindings.
inherit a;
