#!/usr/bin/env python3
"""Checks that every corpus/NAME.gold.json says only what its rendered document really contains.

Text is taken the way a reader would see it: TXT/MD as is, HTML with tags removed (decoded with
its declared charset), DOCX rendered by LibreOffice to PDF, PDF through `pdftotext` (raw and
-layout). Each string of the gold (title, venue, chair, names, roles, abbreviations, item numbers
and titles, action texts and owners) must occur in the text, contiguously (whitespace folded) or,
for text wrapped inside table cells or columns, at least as all of its words. Due dates must be
written somewhere in the document in one of the usual forms.
Usage: scripts/corpus/verify-gold.py [corpus-dir]   (needs pdftotext; soffice for DOCX)
"""
import datetime
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

FORMATS = {".txt": "txt", ".md": "txt", ".html": "html", ".docx": "docx", ".pdf": "pdf"}


class _TextOnly(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def pdf_text(path):
    raw = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    layout = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    return raw + "\n" + layout


def document_text(path):
    ext = os.path.splitext(path)[1]
    data = open(path, "rb").read()
    if ext in (".txt", ".md"):
        return data.decode("utf-8")
    if ext == ".html":
        m = re.search(rb'charset=["\']?([\w-]+)', data[:2048], re.I)
        enc = m.group(1).decode() if m else "utf-8"
        parser = _TextOnly()
        parser.feed(data.decode("cp1252" if enc.lower() in ("windows-1252", "iso-8859-1") else enc))
        return "".join(parser.parts)
    if ext == ".docx":
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, path],
                           capture_output=True, check=True)
            return pdf_text(os.path.join(tmp, os.path.basename(path)[:-5] + ".pdf"))
    return pdf_text(path)


def fold(s):
    return re.sub(r"\s+", " ", s.replace("\u2019", "'")).strip().lower()


def words(s):
    return re.findall(r"[\w£$%]+", fold(s))


def due_forms(iso):
    d = datetime.date.fromisoformat(iso)
    month = d.strftime("%B")
    return [d.strftime("%d/%m/%Y"), f"{d.day} {month} {d.year}", f"{month} {d.day}, {d.year}",
            f"{d.day}{'th' if 11 <= d.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')} {month} {d.year}"]


def check(gold_path):
    gold = json.load(open(gold_path, encoding="utf-8"))
    folder = os.path.dirname(gold_path)
    problems, loose = [], []
    doc = os.path.join(folder, gold["source"])
    if not os.path.exists(doc):
        return [f"source file {gold['source']} missing"], []
    if FORMATS.get(os.path.splitext(doc)[1]) != gold["format"]:
        problems.append(f"format {gold['format']} does not fit {gold['source']}")
    text = document_text(doc)
    flat, vocab = fold(text), set(words(text))

    def need(label, value):
        if value is None:
            return
        if fold(value) in flat:
            return
        missing = [w for w in words(value) if w not in vocab]
        (problems if missing else loose).append(f"{label}: {value!r}" + (f" (missing {missing})" if missing else ""))

    m = gold["meeting"]
    for key in ("title", "body", "venue", "chair", "minute_taker"):
        need(f"meeting.{key}", m[key])
    for chair in (m["chair"] or "").split(", "):
        if chair and not any(a["name"] == chair for a in gold["attendance"]):
            problems.append(f"chair {chair!r} is not an attendee")
    for a in gold["attendance"]:
        need("attendee", a["name"])
        need(f"role of {a['name']}", a["role"])
        need(f"abbreviation of {a['name']}", a["abbreviation"])
        if a["status"] not in ("present", "apologies", "absent", "in_attendance"):
            problems.append(f"bad status {a['status']}")
    numbers = [i["number"] for i in gold["items"]]
    for i in gold["items"]:
        need(f"item {i['number']} title", i["title"])
        last = re.split(r"[./]", i["number"])[-1]
        if gold["format"] != "html" and last.lower() not in vocab and i["number"].lower() not in flat:
            problems.append(f"item number {i['number']} not printed")
    names = {a["name"] for a in gold["attendance"]}
    for act in gold["actions"]:
        need("action", act["text"])
        need("owner", act["owner"])
        if act["item"] is not None and act["item"] not in numbers:
            problems.append(f"action item {act['item']} is not an item")
        if act["owner_name"] is not None and act["owner_name"] not in names:
            problems.append(f"owner_name {act['owner_name']!r} is not an attendee")
        if act["due"] is not None and not any(fold(f) in flat or fold(f.lstrip("0")) in flat for f in due_forms(act["due"])):
            if not all(w in vocab for w in words(due_forms(act["due"])[1])):
                problems.append(f"due {act['due']} not written in the document")
    return problems, loose


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "corpus")
    failed = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".gold.json"):
            continue
        problems, loose = check(os.path.join(folder, name))
        status = "FAIL" if problems else "ok"
        print(f"{status:4} {name}" + (f"  ({len(loose)} matched by words only)" if loose else ""))
        for p in problems:
            print("     - " + p)
        for p in loose:
            print("     ~ " + p)
        failed += bool(problems)
    print(f"{failed} of the gold files failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
