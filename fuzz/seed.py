#!/usr/bin/env python3
"""Writes the checked-in seed corpus: a sample of the real answers and pathway answers from every
partnership's scenarios, the fixture pack, and one reproducer for each hostile-input defect of
issue 10. Run it again after the scenarios change: `python3 fuzz/seed.py`."""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
corpus = root / "fuzz" / "corpus"


def write(target, name, data):
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


# Only seed-* and repro-* files are rewritten; found-* files are what fuzzing found, kept as they are.
for target in ("json_reader", "answers", "pathway", "pack"):
    for old in (corpus / target).glob("seed-*"):
        old.unlink()

# Real answers: every fourth scenario of each partnership keeps the corpus small but varied.
for scenarios in sorted(root.glob("content/*/scenarios.json")):
    name = scenarios.parent.name
    data = json.loads(scenarios.read_text())
    for case in data["scenarios"][::4]:
        write("answers", f"seed-{name}-{case['id']}.json", json.dumps(case["answers"]))
    for case in data["pathways"][::4]:
        write("pathway", f"seed-{name}-{case['id']}.json", json.dumps(case.get("answers", {})))
write("pack", "seed-mini-pack.json", (root / "tests/fixtures/mini_pack.json").read_text())
write("json_reader", "seed-calendar.json", (root / "content/calendars/england-and-wales.json").read_text())
write("json_reader", "seed-values.json", '{"a": [1, -2.5e1, "x\\u00e9\\ud83d\\ude00", null, true, {}], "b": -0}')

# Reproducers, one per defect (issue 10). Each stays small; the shape is what matters.
dup = '{"' + "k" * 2000 + '": {' + ",".join(['"a":0'] * 3000) + "}}"
for target in ("json_reader", "answers", "pathway"):
    write(target, "repro-1-duplicate-keys-under-a-long-key.json", dup)
    write(target, "repro-2-control-characters.json", '{"consent":"\\u001b]0;owned\\u0007\\u001b[2J", "\\u001b[31mk": 1}')
    write(target, "repro-2-many-unknown-keys.json", "{" + ",".join(f'"k{i}":0' for i in range(3000)) + "}")
    write(target, "repro-2-long-date.json", '{"date": "' + "9" * 5000 + '"}')
    write(target, "repro-5-overlong-utf8.json", b'{"consent": "\xc0\xaf\xe0\x80\xaf"}')
    write(target, "repro-5-surrogate-utf8.json", b'{"date": "\xed\xa0\x80"}')
    write(target, "repro-5-byte-order-mark.json", b'\xef\xbb\xbf{"date": "2026-11-23"}')
    write(target, "repro-5-partial-byte-order-mark.json", b'\xef\xbb{}')
    write(target, "repro-8-absurd-numbers.json", '{"weeks_since_step_down": 1e300, "age_years": -1e-300, "agreed_level": 9223372036854775807}')
write("answers", "repro-2-too-large.json", "[" + ",".join(["0"] * 40000) + "]")
write("json_reader", "repro-deep-nesting.json", "[" * 250 + "]" * 250)
write("answers", "repro-6-long-query.json", " ".join(["bruise", "knife", "self-harm", "nudes"] * 250))

mini = json.loads((root / "tests/fixtures/mini_pack.json").read_text())
for i, url in enumerate(["javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                         "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"]):
    bad = json.loads(json.dumps(mini))
    bad["contacts"][0]["url"] = url
    write("pack", f"repro-3-link-scheme-{i}.json", json.dumps(bad))
bad = json.loads(json.dumps(mini))
bad["id"] = 'q"><img src=x onerror=alert(1)>'
write("pack", "repro-4-hostile-id.json", json.dumps(bad))
write("pack", "repro-5-overlong-utf8.json", json.dumps(mini).replace('"My family has debts"', '"My family has \\u00e9"').encode().replace(b"\\u00e9", b"\xc0\xaf"))
