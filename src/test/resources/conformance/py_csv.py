# csv as d2l.ai 2.2 reads data without pandas and the Python docs use it (finding #108):
# reader, writer, DictReader, DictWriter over files and io.StringIO, dialects, quoting
import csv, io, os, sys

rows = list(csv.DictReader(io.StringIO("NumRooms,RoofType,Price\nNA,NA,127500\n2,NA,106000\n")))
print(rows)
for row in csv.reader(io.StringIO('a,"b,c",d\n1,2,3\n')):
    print(row)
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data', 'houses.csv')
with open(here) as f:
    reader = csv.reader(f)
    header = next(reader)
    data = [[None if v == 'NA' else float(v) if v[0].isdigit() else v for v in row] for row in reader]
    print(header, data, reader.line_num)
with open(here, newline='') as f:
    dr = csv.DictReader(f)
    print(dr.fieldnames, [r['Price'] for r in dr], dr.line_num)

text = 'x,"say ""hi""",\n"multi\nline",  y ,z\n\n"a""b",c\r\nlast'
print(list(csv.reader(io.StringIO(text))))
print(list(csv.reader(text.splitlines())), list(csv.reader(['a b  c'], delimiter=' ', skipinitialspace=True)))
print(list(csv.reader(['1,"2",x,3.5'], quoting=csv.QUOTE_NONNUMERIC)) if False else list(csv.reader(['1,"two",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')), list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))
print(list(csv.reader(['a\tb\tc'], dialect='excel-tab')), list(csv.reader(["'a,b',c"], quotechar="'")), list(csv.reader(['"ab"c,d'])))
print(list(csv.reader(['a,"b', 'c",d'])), list(csv.reader(['"unterminated'])), list(csv.reader([])), list(csv.reader(['', ','])))
r = csv.DictReader(['a,b', '1,2,3,4', '5', '', '6,7'], restkey='rest', restval='?')
print(list(r), r.line_num)
r = csv.DictReader(['1,2', '3,4'], fieldnames=['x', 'y'])
print(list(r), r.fieldnames)
print(csv.DictReader([]).fieldnames)

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(['name', 'value, with comma', 'quote "q"', 3, 2.5, None, True, '', 'line\nbreak']))
w.writerows([[1, 2], [], [''], ('t', 'u')])
print(repr(out.getvalue()))
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    csv.writer(out, quoting=quoting, lineterminator='\n').writerow(['a', 1, 2.0, None, 'b c', ''])
    print(quoting, repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c"d'])
csv.writer(out, doublequote=False, escapechar='\\').writerow(['a"b'])
csv.writer(out, dialect='unix').writerow(['u', 1])
csv.writer(out, delimiter=';').writerow(['a;b', 'c'])
print(repr(out.getvalue()))
csv.writer(sys.stdout, lineterminator='\n').writerow(['to', 'stdout'])

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['first_name', 'last_name'])
dw.writeheader()
dw.writerow({'first_name': 'Baked', 'last_name': 'Beans'})
dw.writerows([{'first_name': 'Lovely'}, {'last_name': 'Spam', 'first_name': 'Wonderful'}])
print(repr(out.getvalue()), dw.fieldnames)
try:
    dw.writerow({'first_name': 'x', 'age': 3})
except ValueError as e:
    print('ValueError', e)
csv.DictWriter(out, ['a'], extrasaction='ignore', restval='-').writerow({'b': 1})
print(repr(out.getvalue()[-3:]))

class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
print(list(csv.reader(['a;b'], Semi)))
csv.register_dialect('pipes', delimiter='|')
print(list(csv.reader(['a|b'], dialect='pipes')), csv.list_dialects(), csv.get_dialect('pipes').delimiter, csv.get_dialect('excel').lineterminator == '\r\n')
csv.unregister_dialect('pipes')
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, issubclass(csv.Error, Exception))

for make in [lambda: csv.reader([], delimiter='ab'), lambda: csv.reader([], quoting=9), lambda: csv.reader([], dialect='nope'),
             lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']), lambda: csv.writer(io.StringIO()).writerow(5),
             lambda: list(csv.reader(['a\nb'])), lambda: list(csv.reader(['"ab"c'], strict=True)), lambda: list(csv.reader(['"ab'], strict=True)),
             lambda: list(csv.reader([b'a'])), lambda: list(csv.reader(['x'], quoting=csv.QUOTE_NONNUMERIC)), lambda: csv.reader(5),
             lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']), lambda: csv.DictWriter(io.StringIO(), ['a'], extrasaction='x')]:
    try:
        make()
        print('no error')
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
