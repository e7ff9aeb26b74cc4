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
for target in ("json_reader", "json_utf8", "answers", "pathway", "pack", "pack_structure"):
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

# Issue 25: a long key echoed whole, C1 and bidi controls, a number that underflows to 0, a text past
# the limit, a hidden Bcc in a contact's email or mailto: link.
write("answers", "repro-25-1-long-key.json", '{"' + "k" * 20000 + '": 1}')
write("answers", "repro-25-2-c1-and-bidi.json", '{"consent": "\\u009b31m\\u202etxt.exe\\u2066", "\\u202ekey": 1}')
write("answers", "repro-25-5-underflow.json", '{"age_years": 1e-400, "age_months": -1e-400}')
write("json_reader", "repro-25-5-underflow.json", '[1e-400, -1e-400, 0e-400, 4.9e-324, 2.2250738585072014e-308]')
pack_repros = {}
bad = json.loads(json.dumps(mini))
bad["contacts"][0]["email"] = "mash@dudley.gov.uk?bcc=someone@evil.example&subject=x"
pack_repros["repro-25-4-hidden-bcc.json"] = json.dumps(bad)
bad = json.loads(json.dumps(mini))
bad["contacts"][0]["url"] = "mailto:mash@dudley.gov.uk?bcc=someone@evil.example"
pack_repros["repro-25-4-mailto-bcc.json"] = json.dumps(bad)
bad = json.loads(json.dumps(mini))
bad["k" * 5000 + "/~"] = 1
pack_repros["repro-25-1-long-key.json"] = json.dumps(bad)
bad = json.loads(json.dumps(mini))
bad["indicators"][0]["text"] = "word " * 2000
pack_repros["repro-25-3-long-text.json"] = json.dumps(bad)
for name, text in pack_repros.items():
    write("pack", name, text)
    write("pack_structure", name, text)
write("pack_structure", "seed-mini-pack.json", (root / "tests/fixtures/mini_pack.json").read_text())

# json_utf8: the first byte says where the rest goes (0 a string, 1 a key, 2 a number, 3 a document).
utf8_samples = {
    "plain": b"plain text",
    "c1-csi": b"\xc2\x9b31m",
    "bidi": b"\xe2\x80\xaetxt.exe\xe2\x81\xa6\xd8\x9c\xe2\x80\x8e",
    "escapes": b"\\u009b \\u202e \\ud83d\\ude00 \\u0000 \\n",
    "lone-surrogate-escape": b"\\ud800x",
    "overlong": b"\xc0\xaf\xe0\x80\xaf",
    "surrogate": b"\xed\xa0\x80",
    "beyond-10ffff": b"\xf4\x90\x80\x80",
    "cut-off": b"caf\xc3",
    "four-byte": b"\xf0\x9f\x91\xb6 caf\xc3\xa9",
    "long-with-slashes": b"a/b~c" * 40,
}
for name, sample in utf8_samples.items():
    write("json_utf8", f"seed-string-{name}", b"\x00" + sample)
    write("json_utf8", f"seed-key-{name}", b"\x01" + sample)
for i, number in enumerate(["1e-400", "-1e-400", "0e-400", "1e309", "4.9e-324", "2.2250738585072014e-308", "-0",
                            "9223372036854775807", "9223372036854775808", "-9223372036854775809",
                            "1.7976931348623157e308", "123456789012345678901234567890e-10", "0.1", "1E+2"]):
    write("json_utf8", f"seed-number-{i}", b"\x02" + number.encode())
write("json_utf8", "seed-document", b"\x03" + '{"a": [1, "\\u202e", {"\\u009b": null}], "a": true}'.encode())
