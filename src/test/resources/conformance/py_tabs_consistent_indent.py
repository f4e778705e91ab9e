# Source: tester finding #74 (session 10): tabs and spaces that agree at any tab width are fine.
def tabs(n):
	if n:
		return "tab"
	return "none"
def spaces(n):
    if n:
        return "spaces"
    return "none"
def both(n):
	if n:
	    return "tab then spaces"
	return "none"
class C:
  def m(self):
  	return "two spaces then a tab"
print(tabs(1), spaces(1), both(1), C().m(), both(0))
if True:
	x = 1
print(x)
