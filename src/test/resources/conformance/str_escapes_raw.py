print("a\tb", "c\\d", "\x41\u00e9", r"\n raw \d", "\101", len("\n"))
