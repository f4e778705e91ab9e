import math
print(math.sqrt(16), math.pi)
