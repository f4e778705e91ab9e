# unicodedata as the PyTorch tutorials use it (char-RNN classification/generation, seq2seq's
# unicodeToAscii) and the rest of the module: properties, names, numeric values, normalization of
# sequences (canonical reordering, composition, Hangul), and CPython's errors.
import string
import unicodedata

all_letters = string.ascii_letters + " .,;'"


def unicodeToAscii(s):
    return ''.join(
        c for c in unicodedata.normalize('NFD', s)
        if unicodedata.category(c) != 'Mn'
        and c in all_letters
    )


print(unicodeToAscii('Ślusàrski'))
for name in ['Nguyễn', 'Dvořák', 'Ångström', 'Çelik', 'Šťastný', 'Ó Briain', 'Müller']:
    print(name, '->', unicodeToAscii(name))


def seq2seqUnicodeToAscii(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


print(seq2seqUnicodeToAscii("Ça va ? J'ai très faim."))
print(unicodedata.unidata_version)

for ch in ['a', 'Z', '5', '½', '²', '\u0301', '\u0327', ' ', '\u00a0', '€', '中', '가', '😀', '\U0001fae0', '\u2028', '\x00', '\ufeff', '(']:
    print(repr(ch), unicodedata.category(ch), unicodedata.bidirectional(ch), unicodedata.east_asian_width(ch),
          unicodedata.combining(ch), unicodedata.mirrored(ch), repr(unicodedata.decomposition(ch)),
          unicodedata.name(ch, '?'), unicodedata.decimal(ch, None), unicodedata.digit(ch, None), unicodedata.numeric(ch, None))

for name in ['LATIN SMALL LETTER A', 'latin small letter e with acute', 'HANGUL SYLLABLE GAG', 'CJK UNIFIED IDEOGRAPH-4E2D',
             'CJK UNIFIED IDEOGRAPH-04E2D', 'cjk compatibility ideograph-f900', 'LATIN CAPITAL LETTER GHA', 'KATAKANA LETTER AINU P',
             'SNOWMAN', 'NUL']:
    print(name, ascii(unicodedata.lookup(name)))
for bad in ['hangul syllable gag', 'cjk unified ideograph-4e2d', 'CJK UNIFIED IDEOGRAPH-AC00', 'NO SUCH THING', 'x' * 300]:
    try:
        unicodedata.lookup(bad)
    except KeyError as e:
        print('KeyError', e)

# Normalization of sequences: a small deterministic generator over letters, marks of several
# combining classes, Hangul jamo and syllables, and compatibility characters.
pool = 'aeoAEOnNcC\u0300\u0301\u0302\u0303\u0308\u0323\u0327\u031b\u0345\u05b0\u0591\u1100\u1161\u11a8\uac00\uac01\u1e9b\ufb01\u2460\u00bd\u212b\u2126\u0344\u0f73\u3000\uff21'
state = 12345
totals = {}
for n in range(600):
    chars = []
    for _ in range(1 + n % 7):
        state = (state * 1103515245 + 12345) % 2 ** 31
        chars.append(pool[state % len(pool)])
    s = ''.join(chars)
    for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
        t = unicodedata.normalize(form, s)
        assert unicodedata.is_normalized(form, t), (form, ascii(s))
        totals[form] = totals.get(form, 0) + sum((i + 1) * ord(c) for i, c in enumerate(t))
        if n < 12:
            print(form, ascii(s), ascii(t), unicodedata.is_normalized(form, s))
print(totals)

for call in [lambda: unicodedata.category('ab'), lambda: unicodedata.category(5), lambda: unicodedata.category(''),
             lambda: unicodedata.name('\x00'), lambda: unicodedata.decimal('a'), lambda: unicodedata.digit('½'),
             lambda: unicodedata.numeric('a'), lambda: unicodedata.normalize('NFX', 'a'), lambda: unicodedata.normalize('NFC', 1),
             lambda: unicodedata.normalize(1, 'a'), lambda: unicodedata.normalize('NFC'), lambda: unicodedata.is_normalized('NFD', 'a', 1),
             lambda: unicodedata.lookup(5), lambda: unicodedata.category(), lambda: unicodedata.name('a', 1, 2),
             lambda: unicodedata.category(chr=' ')]:
    try:
        print(call())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
