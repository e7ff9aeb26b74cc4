#!/usr/bin/env bash
# The CLI contract of docs/API.md: exit codes, JSON on stdout, errors on stderr.
set -u
cli="$1"
pack=tests/fixtures/mini_pack.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
expect() {  # expect NAME WANTED_EXIT ACTUAL_EXIT
  if [ "$2" != "$3" ]; then echo "FAIL: $1: exit $3, wanted $2"; failures=$((failures + 1)); else echo "ok: $1"; fi
}

"$cli" validate content/gloucestershire/pack.json >"$tmp/out" 2>"$tmp/err"; expect "validate a valid pack" 0 $?
grep -q valid "$tmp/out" || { echo "FAIL: validate prints nothing"; failures=$((failures + 1)); }

# The safety invariants (threshold/safety.hpp): a safe pack prints how many screenings were checked; the
# fixture pack, which says nothing of significant harm or of danger in its consent, fails with pointers;
# so does Dudley with the route its consent exception names taken away (asking would put the child at
# risk: "go ahead without consent", and only the Early Help Assessment, which needs consent, left).
# Luton's MASH decisions are not things a practitioner ticks (issue 23): the old id is refused.
echo '{"indicators": ["immediate_protection"]}' | "$cli" evaluate --pack content/luton/pack.json --answers - >"$tmp/out" 2>"$tmp/err"
expect "Luton's 'immediate protection' is no longer an indicator" 2 $?
"$cli" check --pack content/gloucestershire/pack.json >"$tmp/out" 2>"$tmp/err"; expect "check a safe pack" 0 $?
grep -q 'combinations of answers checked, 0 safety problems' "$tmp/out" || { echo "FAIL: check prints no count: $(cat "$tmp/out")"; failures=$((failures + 1)); }
"$cli" check --pack "$pack" >"$tmp/out" 2>"$tmp/err"; expect "check an unsafe pack" 1 $?
grep -q '/consent/1/exceptions: pack.unsafe: Unsafe: in immediate danger' "$tmp/err" || { echo "FAIL: no danger problem in: $(cat "$tmp/err")"; failures=$((failures + 1)); }
"$cli" validate "$pack" >"$tmp/out" 2>"$tmp/err"; expect "validate runs the safety checks" 1 $?
mkdir -p "$tmp/dudley" && cp content/calendars/england-and-wales.json "$tmp/calendars.json"
python3 - "$tmp/dudley/pack.json" <<'PY'
import json, sys
p = json.load(open("content/dudley/pack.json"))
for c in p["consent"]:
    for e in c["exceptions"]:
        e.pop("route", None)
json.dump(p, open(sys.argv[1], "w"))
PY
"$cli" check --pack "$tmp/dudley/pack.json" --calendar content/calendars/england-and-wales.json >"$tmp/out" 2>"$tmp/err"
expect "check Dudley without its exception's route" 1 $?
grep -q '/consent/2/exceptions/0/route: pack.unsafe' "$tmp/err" || { echo "FAIL: no route pointer in: $(cat "$tmp/err")"; failures=$((failures + 1)); }

sed 's/"domain": "family", "level": 2, "text": "My family has debts"/"domain": "nowhere", "level": 2, "text": "My family has debts"/; s/"kind": "strength", //' "$pack" >"$tmp/broken.json"
mkdir -p "$tmp/calendars" && cp content/calendars/england-and-wales.json "$tmp/calendars/"
"$cli" validate "$tmp/broken.json" >"$tmp/out" 2>"$tmp/err"; expect "validate a broken pack" 1 $?
grep -q '/indicators/2/domain: pack.unknown_reference' "$tmp/err" || { echo "FAIL: no pointer in: $(cat "$tmp/err")"; failures=$((failures + 1)); }
grep -q "broken.json" "$tmp/err" || { echo "FAIL: the file is not named"; failures=$((failures + 1)); }

# A pack that is not JSON, far from any calendar: the message is about the pack, not the calendar.
far=$(mktemp -d) && echo '{ "id": "x", ' >"$far/pack.json"
"$cli" validate "$far/pack.json" >"$tmp/out" 2>"$tmp/err"; expect "validate a pack that is not JSON" 1 $?
rm -rf "$far"
grep -q 'pack.syntax: Not valid JSON at line 2' "$tmp/err" || { echo "FAIL: not JSON: $(cat "$tmp/err")"; failures=$((failures + 1)); }
grep -q 'calendar' "$tmp/err" && { echo "FAIL: a calendar message for a pack that is not JSON"; failures=$((failures + 1)); }

echo '{"indicators":["health_4_weapon"]}' | "$cli" evaluate --pack "$pack" --answers - >"$tmp/out" 2>"$tmp/err"; expect "evaluate" 0 $?
python3 -c "import json,sys; d=json.load(open('$tmp/out')); sys.exit(0 if d['level']==4 else 1)" || { echo "FAIL: evaluate output"; failures=$((failures + 1)); }
echo '{"indicators":["nope"]}' | "$cli" evaluate --pack "$pack" --answers - >"$tmp/out" 2>"$tmp/err"; expect "evaluate unusable answers" 2 $?
grep -q 'answers.unknown_indicator' "$tmp/err" || { echo "FAIL: no error code on stderr"; failures=$((failures + 1)); }
[ -s "$tmp/out" ] && { echo "FAIL: stdout not empty on error"; failures=$((failures + 1)); }
echo 'not json' >"$tmp/a.json"; "$cli" evaluate --pack "$pack" --answers "$tmp/a.json" >/dev/null 2>&1; expect "evaluate non-JSON answers" 2 $?
"$cli" evaluate --pack "$tmp/broken.json" --answers "$tmp/a.json" >/dev/null 2>&1; expect "evaluate with a broken pack" 1 $?
"$cli" evaluate --pack "$pack" >/dev/null 2>&1; expect "evaluate without answers" 2 $?

"$cli" search --pack "$pack" bruise baby >"$tmp/out" 2>"$tmp/err"; expect "search" 0 $?
python3 -c "import json,sys; d=json.load(open('$tmp/out')); sys.exit(0 if d[0]['id']=='health_4_non_mobile_bruise' and {'id','text','level','domain'} <= d[0].keys() else 1)" || { echo "FAIL: search output"; failures=$((failures + 1)); }

"$cli" render --pack "$pack" >"$tmp/out" 2>"$tmp/err"; expect "render" 0 $?
grep -q '<!DOCTYPE html>' "$tmp/out" || { echo "FAIL: render output"; failures=$((failures + 1)); }
# The reference's CSP names its one inline style by SHA-256: recompute it, so a style edit cannot
# silently leave the page unstyled.
python3 - "$tmp/out" <<'PY' || { echo "FAIL: the CSP's style hash does not match the inline style"; failures=$((failures + 1)); }
import base64, hashlib, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
sys.exit(0 if f"style-src 'sha256-{digest}'" in html else 1)
PY

echo '{"steps":[{"node":"consent","choice":"refused"}]}' | "$cli" pathway --pack "$pack" --id step_up --answers - >"$tmp/out" 2>"$tmp/err"; expect "pathway" 0 $?
grep -q '"node": "refused"' "$tmp/out" || { echo "FAIL: pathway output"; failures=$((failures + 1)); }
echo '{"steps":[{"node":"nope","choice":"x"}]}' | "$cli" pathway --pack "$pack" --id step_up --answers - >/dev/null 2>"$tmp/err"; expect "pathway bad step" 2 $?
grep -q 'pathway.unexpected_step' "$tmp/err" || { echo "FAIL: pathway error"; failures=$((failures + 1)); }

# Hostile input (issue 10): control characters never reach the terminal; oversized answers are refused.
printf '{"consent":"\\u001b]0;owned\\u0007\\u001b[2J", "\\u001b[31mkey":1}' | "$cli" evaluate --pack "$pack" --answers - >/dev/null 2>"$tmp/err"; expect "evaluate answers with control characters" 2 $?
if LC_ALL=C grep -q "$(printf '[\001-\011\013-\037\177]')" "$tmp/err"; then echo "FAIL: a control character reached stderr: $(od -c "$tmp/err" | head -3)"; failures=$((failures + 1)); fi
grep -q 'U+001B\[31mkey' "$tmp/err" || { echo "FAIL: the escaped key is not shown: $(cat "$tmp/err")"; failures=$((failures + 1)); }
python3 -c "print('[' + ','.join(['0'] * 40000) + ']')" >"$tmp/big.json"
"$cli" evaluate --pack "$pack" --answers "$tmp/big.json" >/dev/null 2>"$tmp/err"; expect "evaluate oversized answers" 2 $?
grep -q 'answers.too_large' "$tmp/err" || { echo "FAIL: oversized answers: $(head -c 300 "$tmp/err")"; failures=$((failures + 1)); }
[ "$(wc -l <"$tmp/err")" -eq 1 ] || { echo "FAIL: oversized answers give $(wc -l <"$tmp/err") lines"; failures=$((failures + 1)); }

# Issue 25, defect 1: a long key is cut in the pointer as in the message, from answers and from a pack.
python3 -c "import json; print(json.dumps({'k' * 60000: 1}))" >"$tmp/long-key.json"
"$cli" evaluate --pack "$pack" --answers "$tmp/long-key.json" >/dev/null 2>"$tmp/err"; expect "evaluate answers with a 60 KB key" 2 $?
[ "$(wc -c <"$tmp/err")" -lt 1000 ] || { echo "FAIL: a 60 KB key gives $(wc -c <"$tmp/err") bytes on stderr"; failures=$((failures + 1)); }
grep -q "answers.unknown_key" "$tmp/err" || { echo "FAIL: long key: $(head -c 300 "$tmp/err")"; failures=$((failures + 1)); }
python3 - "$pack" "$tmp/long-key-pack.json" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
at = text.index("{") + 1
open(sys.argv[2], "w", encoding="utf-8").write(text[:at] + '"' + "k" * (7 * 1024 * 1024) + '": 1, ' + text[at:])
PY
for command in "validate $tmp/long-key-pack.json" "render --pack $tmp/long-key-pack.json" "search --pack $tmp/long-key-pack.json bruise"; do
  "$cli" $command >/dev/null 2>"$tmp/err"; expect "$command (a 7 MB key)" 1 $?
  [ "$(wc -c <"$tmp/err")" -lt 1000 ] || { echo "FAIL: $command: a 7 MB key gives $(wc -c <"$tmp/err") bytes on stderr"; failures=$((failures + 1)); }
done

# Issue 25, defect 2: C1 controls (U+009B, an 8-bit CSI) and bidi controls never reach stderr raw,
# from a value or from a file name.
printf '{"consent":"\302\23331m\342\200\256txt.exe\330\234\342\201\246"}' >"$tmp/c1.json"
cp "$tmp/c1.json" "$tmp/$(printf 'name\302\233\342\200\256')"
for answers in "$tmp/c1.json" "$tmp/$(printf 'name\302\233\342\200\256')" "$tmp/$(printf 'missing\302\233')"; do
  "$cli" evaluate --pack "$pack" --answers "$answers" >/dev/null 2>"$tmp/err"; expect "evaluate answers with C1 and bidi controls" 2 $?
  python3 - "$tmp/err" <<'PY' || { echo "FAIL: a C1 or bidi control reached stderr: $(od -c "$tmp/err" | head -4)"; failures=$((failures + 1)); }
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
sys.exit(1 if re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]", text) else 0)
PY
done
"$cli" evaluate --pack "$pack" --answers "$tmp/c1.json" >/dev/null 2>"$tmp/err"
grep -q 'U+009B31mU+202Etxt.exeU+061CU+2066' "$tmp/err" || { echo "FAIL: the controls are not shown by code: $(cat "$tmp/err")"; failures=$((failures + 1)); }

# threshold diff (issue 27): Medway against a revised copy with six deliberate edits lists exactly those,
# numbers and consent first; a pack against itself has none; exit 0 either way, 1 for an invalid pack.
old=tests/fixtures/revisions/medway_2021.json new=tests/fixtures/revisions/medway_revised.json
"$cli" diff "$old" "$new" >"$tmp/out" 2>"$tmp/err"; expect "diff a revision" 0 $?
python3 - "$tmp/out" <<'PY' || { echo "FAIL: diff text: $(cat "$tmp/out")"; failures=$((failures + 1)); }
import sys
text = open(sys.argv[1], encoding="utf-8").read()
assert text.startswith("6 changes for practitioners\n"), text
phone = text.index("phone number changed from 01634 334466 to 01632 960123")
consent = text.index("Consent at level 2 (Children with additional needs), when the family refuse: re-worded.")
assert phone < consent < text.index("Indicators (4)") < text.index("Indicator moved from level 2")
for id in ("first_response", "consent_level_2", "cd_2_isolated", "cd_2_neet", "fe_2_cost_of_living"):
    assert id not in text, id  # named as practitioners know them, never by id
PY
"$cli" diff "$old" "$new" --json >"$tmp/out" 2>"$tmp/err"; expect "diff --json" 0 $?
python3 - "$tmp/out" <<'PY' || { echo "FAIL: diff --json: $(head -c 600 "$tmp/out")"; failures=$((failures + 1)); }
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
got = [(c["kind"], c["group"], c["id"], c["field"]) for c in d["changes"]]
assert got == [
    ("changed", "contacts_and_consent", "first_response", "phone"),
    ("reworded", "contacts_and_consent", "consent_level_2", "when_refused/text"),
    ("moved", "indicators", "cd_2_isolated", "level"),
    ("reworded", "indicators", "cd_2_neet", "text"),
    ("removed", "indicators", "pc_2_parents_criminal_justice", ""),
    ("added", "indicators", "fe_2_cost_of_living", ""),
], got
assert d["changes"][0]["old_pointer"] == "/contacts/1/phone" and d["changes"][5]["old_pointer"] is None
PY
"$cli" diff content/medway/pack.json "$old" >"$tmp/out" 2>"$tmp/err"; expect "diff a pack with itself" 0 $?
grep -qx 'No changes: the two versions say the same to a practitioner.' "$tmp/out" || { echo "FAIL: diff with itself: $(cat "$tmp/out")"; failures=$((failures + 1)); }
"$cli" diff content/medway/pack.json "$old" --json >"$tmp/out" 2>"$tmp/err"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["changes"] == [] and d["count"] == 0' "$tmp/out" || { echo "FAIL: diff --json with itself"; failures=$((failures + 1)); }
echo '{"schema_version": 1, "id": "broken", "calendar": "england-and-wales"}' >"$tmp/broken.json"
"$cli" diff "$old" "$tmp/broken.json" --calendar content/calendars/england-and-wales.json >"$tmp/out" 2>"$tmp/err"
expect "diff with an invalid NEW" 1 $?
grep -q "^$tmp/broken.json: /partnership: pack.missing_key" "$tmp/err" || { echo "FAIL: diff's error names no file: $(cat "$tmp/err")"; failures=$((failures + 1)); }
grep -q "^$old" "$tmp/err" && { echo "FAIL: diff blames the valid pack: $(cat "$tmp/err")"; failures=$((failures + 1)); }
[ -s "$tmp/out" ] && { echo "FAIL: diff printed a comparison of an invalid pack"; failures=$((failures + 1)); }
"$cli" diff "$old" >/dev/null 2>&1; expect "diff with one pack" 2 $?

# threshold new (issue 27): a skeleton that validate, check and scenarios accept; an existing folder or a
# bad id is refused and nothing is written.
mkdir -p "$tmp/content" && cp -r content/calendars "$tmp/content/calendars" && cp content/pack.schema.json "$tmp/content/"
today=$(date +%F)
"$cli" new anytown --dir "$tmp/content/anytown" >"$tmp/out" 2>"$tmp/err"; expect "new anytown" 0 $?
for f in pack.json scenarios.json README.md; do
  [ -s "$tmp/content/anytown/$f" ] || { echo "FAIL: new wrote no $f"; failures=$((failures + 1)); }
done
grep -q '"$schema": "../pack.schema.json"' "$tmp/content/anytown/pack.json" || { echo "FAIL: new's \$schema"; failures=$((failures + 1)); }
# Its partnership.checked is the day it was made (the date before and after, in case midnight passed).
grep -q -e "\"checked\": \"$today\"" -e "\"checked\": \"$(date +%F)\"" "$tmp/content/anytown/pack.json" || { echo "FAIL: new's checked date is not today"; failures=$((failures + 1)); }
"$cli" validate "$tmp/content/anytown/pack.json" >"$tmp/out" 2>"$tmp/err"; expect "validate a new pack" 0 $?
"$cli" check --pack "$tmp/content/anytown/pack.json" >"$tmp/out" 2>"$tmp/err"; expect "check a new pack" 0 $?
"$cli" scenarios --pack "$tmp/content/anytown/pack.json" >"$tmp/out" 2>"$tmp/err"; expect "scenarios of a new pack" 0 $?
grep -q ' 4 of 4 scenarios pass' "$tmp/out" || { echo "FAIL: new's scenarios: $(cat "$tmp/out")"; failures=$((failures + 1)); }
"$cli" render --pack "$tmp/content/anytown/pack.json" >"$tmp/out" 2>"$tmp/err"
grep -q -e 'comment' -e 'Ofcom' "$tmp/out" && { echo "FAIL: an author's note reached the reference"; failures=$((failures + 1)); }
cp "$tmp/content/anytown/pack.json" "$tmp/before.json"
"$cli" new anytown --dir "$tmp/content/anytown" >/dev/null 2>"$tmp/err"; expect "new into a folder that exists" 2 $?
grep -q 'already exists' "$tmp/err" || { echo "FAIL: new's refusal: $(cat "$tmp/err")"; failures=$((failures + 1)); }
cmp -s "$tmp/before.json" "$tmp/content/anytown/pack.json" || { echo "FAIL: new overwrote a pack"; failures=$((failures + 1)); }
"$cli" new Any-Town --dir "$tmp/content/bad" >/dev/null 2>"$tmp/err"; expect "new with a bad id" 2 $?
[ -e "$tmp/content/bad" ] && { echo "FAIL: new made a folder for a bad id"; failures=$((failures + 1)); }
"$cli" new >/dev/null 2>&1; expect "new with no id" 2 $?

"$cli" frobnicate >/dev/null 2>&1; expect "unknown command" 2 $?
"$cli" >/dev/null 2>&1; expect "no command" 2 $?
"$cli" validate /no/such/pack.json >/dev/null 2>&1; expect "missing pack file" 1 $?

[ "$failures" -eq 0 ] || { echo "$failures CLI check(s) failed"; exit 1; }
echo "all CLI checks pass"
