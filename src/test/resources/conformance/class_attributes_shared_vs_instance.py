class Team:
    members = []
    def __init__(self, name):
        self.name = name
        self.own = []
    def join(self, who):
        self.members.append(who)
        self.own.append(who)
a = Team("a"); b = Team("b")
a.join(1); b.join(2)
print(Team.members, a.own, b.own, a.members is b.members)
a.members = ["shadow"]
print(a.members, b.members, Team.members)
print(vars(b))
