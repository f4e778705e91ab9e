vals = [1, 22, 333]
for v in vals:
    print(f"|{v:>5}|{v:<5}|{v:^5}|{v:05}|")
pi = 3.141592653589793
for p in range(5):
    print(f"{pi:.{p}f}", end=" ")
print()
print(f"{'nested ' + f'{1 + 1}'}", f"{3:{'>'}{4}}", f"{{{pi:.1f}}}")
data = {"name": "x", "vals": [1, 2]}
print(f"{data['name']}: {data['vals'][-1]} {len(data)}")
