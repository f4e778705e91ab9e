# V5: AttributeError ties go to the first name in sorted order (CPython searches dir(obj)).
class C:
    def __init__(self):
        self.zb = 1
        self.za = 2


print(C().za)
C().zc
