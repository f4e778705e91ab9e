s = "Hello, World"
print(s[0], s[-1], s[1:5], s[:5], s[7:], s[::2], s[::-1], s[-5:-1], s[100:], s[3:1])
print(len(s), s[1:-1:3])
