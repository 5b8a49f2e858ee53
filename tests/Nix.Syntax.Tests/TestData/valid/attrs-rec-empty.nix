[ rec { } rec{} ]
