s = """first line
second "line"
  third"""
print(s)
t = '''one'''
print(len(s), t)
