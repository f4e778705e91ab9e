print(1/3)
print(str(1/3))
