class Config:
    def __init__(self):
        self.data = {"lr": 0.1}
    def __getattr__(self, name):
        if name in self.data:
            return self.data[name]
        raise AttributeError(name)
c = Config()
print(c.lr, getattr(c, "lr"), hasattr(c, "momentum"))
setattr(c, "epochs", 3)
print(c.epochs, c.__dict__ == {"data": {"lr": 0.1}, "epochs": 3})
delattr(c, "epochs")
print(hasattr(c, "epochs"))
