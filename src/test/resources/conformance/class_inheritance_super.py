class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return "animal " + self.speak()
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks
    def speak(self):
        return super().speak() + "!"
class Puppy(Dog):
    def speak(self):
        return "tiny " + super().speak()
d = Puppy("Rex", ["sit"])
print(d.speak(), d.describe(), d.tricks, isinstance(d, Animal), issubclass(Puppy, Dog), [c.__name__ for c in Puppy.__mro__])
