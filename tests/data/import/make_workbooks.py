#!/usr/bin/env python3
"""make_workbooks.py OUTDIR: writes the source of each workbook fixture as flat OpenDocument (.fods) into OUTDIR.
make_workbook_fixtures.sh then has LibreOffice (Debian's libreoffice-calc-nogui, `soffice --headless --convert-to`) save
each as .xlsx and .ods: the committed fixtures are LibreOffice's own files, with its cached formula results."""
import sys
from xml.sax.saxutils import escape

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <style:style style:name="date" style:family="table-cell" style:data-style-name="N1"/>
 <style:style style:name="hide" style:family="table"><style:table-properties table:display="false"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
"""
TAIL = "</office:spreadsheet></office:body></office:document>\n"


def cell(v):
    """A cell from a Python value: str, int/float, ('date', 'YYYY-MM-DD'), ('formula', '=...'),
    ('span', rows, value) for a cell merged down over `rows` rows, None for an empty cell."""
    if v is None:
        return "<table:table-cell/>"
    if isinstance(v, tuple) and v[0] == "date":
        return ('<table:table-cell table:style-name="date" office:value-type="date" office:date-value="%s">'
                "<text:p>%s</text:p></table:table-cell>" % (v[1], v[1]))
    if isinstance(v, tuple) and v[0] == "formula":
        return '<table:table-cell table:formula="of:%s" office:value-type="float" office:value="0"/>' % escape(v[1])
    if isinstance(v, tuple) and v[0] == "span":
        inner = cell(v[2])
        return inner.replace("<table:table-cell", '<table:table-cell table:number-rows-spanned="%d"' % v[1], 1)
    if isinstance(v, (int, float)):
        return '<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v)
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(v)


def covered():
    return "<table:covered-table-cell/>"


def sheet(name, rows, hidden=False):
    style = ' table:style-name="hide"' if hidden else ""
    out = ['<table:table table:name="%s"%s>' % (escape(name), style)]
    for r in rows:
        out.append("<table:table-row>" + "".join(c if isinstance(c, str) and c.startswith("<table:covered")
                                                  else cell(c) for c in r) + "</table:table-row>")
    out.append("</table:table>")
    return "\n".join(out)


def book(path, sheets):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEAD + "\n".join(sheet(*s) for s in sheets) + TAIL)


out = sys.argv[1]
# Our own columns, with a formula, a date, a merged cell and a hidden sheet.
book(out + "/libreoffice_book.fods", [
    ("Actors", [["id", "name", "kind", "level", "territory", "updated", "score"],
                ["coop-a", "Coop A", "practitioner", "local", ("span", 2, "es"), ("date", "2019-05-01"), ("formula", "=2*3")],
                ["net-b", "Network B", "network", "regional", covered(), ("date", "2020-01-15"), ("formula", "=[.G2]/4")],
                [None],
                ["fund-c", "Fund C", "funder", "national", "fr", None, 0.1]]),
    ("Links", [["from", "to", "relation"],
               ["coop-a", "net-b", "membership"],
               ["fund-c", "coop-a", "funding"]]),
    ("Old links", [["from", "to"], ["net-b", "fund-c"]], True),
])
# Kumu's import sheets: Elements (Label, Type, Description, Tags) and Connections (From, To, Type).
book(out + "/kumu_style.fods", [
    ("Elements", [["Label", "Type", "Description", "Tags"],
                  ["Barcelona Activa", "Organization", "Local development agency", "public|employment"],
                  ["Coòpolis", "Organization", "Cooperative incubator", "cooperatives"],
                  ["XES", "Network", "Solidarity economy network", "network|market"],
                  ["Ajuntament de Barcelona", "Government", "City council", "public"],
                  ["Fiare", "Funder", "Ethical bank", "finance"]]),
    ("Connections", [["From", "To", "Type"],
                     ["Ajuntament de Barcelona", "Barcelona Activa", "funding"],
                     ["Barcelona Activa", "Coòpolis", "support"],
                     ["Coòpolis", "XES", "membership"],
                     ["Fiare", "XES", "membership"]]),
])
# The Participatory System Mapper's: Factors (Label, Note) and Links (From, To).
book(out + "/psm_style.fods", [
    ("Factors", [["Label", "Note"],
                 ["Local procurement", "Public buyers choosing social enterprises"],
                 ["Training", "Courses for new cooperatives"],
                 ["Access to finance", ""],
                 ["Job creation", "Jobs for people far from the labour market"]]),
    ("Links", [["From", "To"],
               ["Local procurement", "Job creation"],
               ["Training", "Job creation"],
               ["Access to finance", "Training"]]),
])
