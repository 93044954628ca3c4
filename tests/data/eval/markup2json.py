#!/usr/bin/env python3
"""Turns the hand-written gold markup of tests/data/eval/source/*.txt into tests/data/eval/articles/*.json.

Markup (see README.md): a header of "key: value" lines, a line "---", then the article text with
  [[Type|text]]                 an entity, figure or date span: Person, Organisation, Place, Group,
                                Figure, Money, Date, Event, Weapon; spans may nest ([[Figure|[[Group|Russian]] ...]]);
  [[Type;key=value;...|text]]   the same with normalised values: value, valueMax, unit (figures),
                                amount, amountMax, currency (money), date (ISO 8601, dates);
  {{...}}                       a claim sentence; {{<speaker=Name;stance=denies>...}} with its speaker and stance.
Offsets in the JSON are UTF-16 code units (what QString indexes), computed here.

Run from anywhere: python3 tests/data/eval/markup2json.py  (rewrites every JSON from its source)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"Person", "Organisation", "Place", "Group", "Figure", "Money", "Date", "Event", "Weapon"}


def utf16(s):
    return len(s.encode("utf-16-le")) // 2


def parse_attrs(spec):
    attrs = {}
    for pair in spec.split(";"):
        if not pair.strip():
            continue
        key, _, value = pair.partition("=")
        key, value = key.strip(), value.strip()
        if key in ("value", "valueMax", "amount", "amountMax"):
            attrs[key] = float(value)
        else:
            attrs[key] = value
    return attrs


def convert(path):
    raw = open(path, encoding="utf-8").read()
    header, sep, body = raw.partition("\n---\n")
    if not sep:
        sys.exit(f"{path}: no '---' line after the header")
    meta = {}
    for line in header.splitlines():
        if line.strip():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    out = []  # characters of the plain text
    stack = []  # open spans: (kind, start, attrs)
    entities, claims = [], []
    i = 0
    while i < len(body):
        if body.startswith("[[", i):
            bar = body.index("|", i)
            spec = body[i + 2:bar]
            typ, _, attrspec = spec.partition(";")
            if typ not in TYPES:
                sys.exit(f"{path}: unknown type {typ!r} at {i}")
            stack.append(("entity", len(out), typ, parse_attrs(attrspec)))
            i = bar + 1
        elif body.startswith("]]", i):
            kind, start, typ, attrs = stack.pop()
            if kind != "entity":
                sys.exit(f"{path}: ']]' closes a claim at {i}")
            entities.append((start, len(out), typ, attrs))
            i += 2
        elif body.startswith("{{", i):
            i += 2
            attrs = {}
            if body.startswith("<", i):
                close = body.index(">", i)
                attrs = parse_attrs(body[i + 1:close])
                i = close + 1
            stack.append(("claim", len(out), "Claim", attrs))
        elif body.startswith("}}", i):
            kind, start, typ, attrs = stack.pop()
            if kind != "claim":
                sys.exit(f"{path}: '}}}}' closes an entity at {i}")
            claims.append((start, len(out), attrs))
            i += 2
        else:
            out.append(body[i])
            i += 1
    if stack:
        sys.exit(f"{path}: unclosed span")
    text = "".join(out).rstrip("\n") + "\n"

    def span(start, end):
        return {"start": utf16(text[:start]), "end": utf16(text[:end]), "text": text[start:end]}

    doc = {
        "id": meta.get("id", os.path.splitext(os.path.basename(path))[0]),
        "split": meta.get("split", "dev"),
        "outlet": meta.get("outlet", ""),
        "published": meta.get("published", ""),
        "title": meta.get("title", ""),
        "offsets": "utf16",
        "text": text,
        "entities": [dict(span(s, e), type=t, **a) for s, e, t, a in sorted(entities)],
        "claims": [dict(span(s, e), **a) for s, e, a in sorted(claims)],
    }
    return doc


def main():
    src = os.path.join(HERE, "source")
    dst = os.path.join(HERE, "articles")
    os.makedirs(dst, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if not name.endswith(".txt"):
            continue
        doc = convert(os.path.join(src, name))
        with open(os.path.join(dst, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{name}: {len(doc['entities'])} spans, {len(doc['claims'])} claims")


if __name__ == "__main__":
    main()
