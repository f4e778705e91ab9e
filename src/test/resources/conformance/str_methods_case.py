s = "hello World"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print(s.isalpha(), "abc".isalpha(), "123".isdigit(), " ".isspace(), "Abc".istitle(), "ABC".isupper(), "abc1".isalnum())
