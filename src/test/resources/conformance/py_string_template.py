# string.Template as the Python tutorial's 11.2 "Templating" uses it (finding #109)
from string import Template
import string

t = Template('${village}folk send $$10 to $cause.')
print(t.substitute(village='Nottingham', cause='the ditch fund'))
print(t.template, Template.delimiter, t.delimiter, type(t).__name__, isinstance(t, string.Template))
t = Template('Return the $item to $owner.')
d = dict(item='unladen swallow')
try:
    t.substitute(d)
except KeyError as e:
    print('KeyError', repr(e))
print(t.safe_substitute(d), t.substitute(d, owner='me'), t.substitute({'item': 1, 'owner': 2}, item=3))
print(t.get_identifiers(), t.is_valid(), Template('$a $b ${a} $$c').get_identifiers())

class BatchRename(Template):
    delimiter = '%'
photofiles = ['img_1074.jpg', 'img_1076.jpg', 'img_1077.jpg']
fmt = 'Ashley_%n%f'
t = BatchRename(fmt)
for i, filename in enumerate(photofiles):
    base, ext = filename.rsplit('.', 1)
    newname = t.substitute(d='x', n=i, f='.' + ext)
    print('{0} --> {1}'.format(filename, newname))
print(BatchRename('100%% of %{who} and $x').substitute(who='us'))

for bad in ['abc $', 'a\nb $ x', '$1', 'x\n\n $1 and', '${1}']:
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print('ValueError', e)
    print(repr(Template(bad).safe_substitute()), Template(bad).is_valid())

class Dotted(Template):
    idpattern = r'[a-z]+\.[a-z]+'
print(Dotted('$user.name is here').substitute({'user.name': 'Ada'}))

class Upper(Template):
    braceidpattern = r'[A-Z]+'
print(Upper('${ABC} $abc').substitute(ABC=1, abc=2))
print(Template('$Name $NAME').substitute(Name='n', NAME='N'), Template('$x$y.$z').substitute(x=1, y=[2], z=None))
try:
    Template('$who').substitute({}, {})
except TypeError as e:
    print('TypeError', e)
