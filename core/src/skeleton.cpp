// The files `threshold new` writes. Every value a partnership must supply says REPLACE, so that one left
// in place is plain on the page; the front door's number is one Ofcom keeps for drama (it rings nowhere).
#include "threshold/skeleton.hpp"

#include <algorithm>

namespace threshold {

namespace {

constexpr std::string_view pack_template = R"json({
  "$schema": "@SCHEMA@",
  "$comment": [
    "A pack is one partnership's threshold guidance as cited data. content/SCHEMA.md explains every field.",
    "Every value marked REPLACE is a placeholder: replace it with what your threshold document says, and cite the document's lines and section in each \"source\".",
    "\"$comment\" notes like this one are for you: the engine checks them and drops them; no practitioner ever sees them. Delete them when you are done if you like.",
    "Check as you go: threshold validate pack.json, threshold check --pack pack.json, threshold scenarios --pack pack.json."
  ],
  "schema_version": 1,
  "id": "@ID@",
  "calendar": "england-and-wales",
  "partnership": {
    "$comment": [
      "From the document's cover page and imprint: who publishes it, its title, its dates, where it applies. source_file is the plain-text copy of the document that every \"lines\" citation counts in.",
      "published and review: the document's own dates in its words (\"March 2021\"), or \"\" where it gives none. checked: the day you last checked every entry of this pack against the document (YYYY-MM-DD); change it each time you check again. review_by (optional, YYYY-MM-DD): the day the document is due for review; after it, practitioners are told the guidance may have been replaced."
    ],
    "name": "REPLACE: the partnership's name (for example \"Anytown Safeguarding Children Partnership\")",
    "area": "REPLACE: the area (\"Anytown\")",
    "document_title": "REPLACE: the document's title, as on its cover",
    "cite_as": "REPLACE: how practitioners name the document (\"Anytown Threshold Guidance\")",
    "published": "",
    "review": "",
    "checked": "@CHECKED@",
    "applies_to": "REPLACE: who the guidance is for (\"Children and young people living in Anytown\")",
    "source_file": "REPLACE-source.txt",
    "not_covered": [
      "REPLACE: one sentence for each thing a practitioner might look for that the document does not cover (or remove this line)."
    ],
    "source": { "lines": [1, 1], "section": "REPLACE: the title page" }
  },
  "levels": [
    {
      "$comment": "One entry per level of need, from the document's levels table or continuum. number: the document's own numbering; route: the way forward the document gives at that level (an id from \"routes\").",
      "id": "level_1", "number": 1, "label": "REPLACE: Universal",
      "summary": "REPLACE: the level's one-line meaning, in the document's words",
      "definition": ["REPLACE: the document's definition of level 1"],
      "route": "universal",
      "source": { "lines": [1, 1], "section": "REPLACE: the section that defines level 1" }
    },
    {
      "id": "level_2", "number": 2, "label": "REPLACE: Additional needs (single agency)",
      "summary": "REPLACE: the level's one-line meaning",
      "definition": ["REPLACE: the document's definition of level 2"],
      "route": "single_agency",
      "source": { "lines": [1, 1], "section": "REPLACE: the section that defines level 2" }
    },
    {
      "id": "level_3", "number": 3, "label": "REPLACE: Early Help (multi-agency)",
      "summary": "REPLACE: the level's one-line meaning",
      "definition": ["REPLACE: the document's definition of level 3"],
      "route": "early_help",
      "source": { "lines": [1, 1], "section": "REPLACE: the section that defines level 3" }
    },
    {
      "id": "level_4", "number": 4, "label": "REPLACE: Specialist / statutory",
      "summary": "REPLACE: the level's one-line meaning",
      "definition": ["REPLACE: the document's definition of level 4 (children in need, child protection)"],
      "route": "statutory_referral",
      "source": { "lines": [1, 1], "section": "REPLACE: the section that defines level 4" }
    }
  ],
  "default_level": 1,
  "domains": [
    {
      "$comment": "The areas the document's indicator matrix is arranged in (its columns or headings). Remove domains and indicators if the document has no matrix.",
      "id": "child", "label": "REPLACE: the child's development",
      "source": { "lines": [1, 1], "section": "REPLACE: the matrix heading" }
    },
    {
      "id": "family", "label": "REPLACE: family and environment",
      "source": { "lines": [1, 1], "section": "REPLACE: the matrix heading" }
    }
  ],
  "tags": [
    {
      "$comment": "Themes that lead elsewhere besides the level (domestic abuse: MARAC; radicalisation: Prevent; an allegation against staff: the LADO). content/SCHEMA.md lists the common ids.",
      "id": "domestic_abuse", "label": "Domestic abuse"
    }
  ],
  "indicators": [
    {
      "$comment": "One entry per cell line of the matrix, worded exactly as the document words it. level and domain: the cell's row and column. kind \"strength\" for signs that needs are met. Flags: strategy_discussion (the document marks it, for example with *), immediate_danger, consent_may_increase_risk.",
      "id": "child_1_healthy", "domain": "child", "level": 1, "kind": "strength",
      "text": "REPLACE: a level 1 sign, in the document's words (\"Physically healthy\")",
      "source": { "lines": [1, 1], "section": "REPLACE: the matrix, level 1" }
    },
    {
      "id": "child_2_attendance", "domain": "child", "level": 2,
      "text": "REPLACE: a level 2 indicator, in the document's words (\"Attendance below 90%\")",
      "keywords": ["school"],
      "source": { "lines": [1, 1], "section": "REPLACE: the matrix, level 2" }
    },
    {
      "id": "family_3_domestic_abuse", "domain": "family", "level": 3,
      "text": "REPLACE: a level 3 indicator, in the document's words (\"Domestic abuse in the home\")",
      "tags": ["domestic_abuse"],
      "source": { "lines": [1, 1], "section": "REPLACE: the matrix, level 3" }
    },
    {
      "id": "child_4_injury", "domain": "child", "level": 4, "strategy_discussion": true,
      "text": "REPLACE: a level 4 indicator, in the document's words (\"Unexplained injury\")",
      "source": { "lines": [1, 1], "section": "REPLACE: the matrix, level 4" }
    }
  ],
  "contacts": [
    {
      "$comment": "Keep this one: 999 is the first step whenever a child is in immediate danger.",
      "id": "police_999", "label": "Police (emergency)", "phone": "999",
      "source": { "lines": [1, 1], "section": "REPLACE: where the document says to call 999" }
    },
    {
      "$comment": "The front door for referrals (MASH, First Response, Children's Advice and Duty Service) from the document's contacts page: its daytime number, hours, out-of-hours service and link. 01632 960000 is a number Ofcom keeps for drama: it rings nowhere. Replace it.",
      "id": "front_door", "label": "REPLACE: the front door's name (MASH)",
      "phone": "01632 960000", "hours": "REPLACE: Monday to Friday, 9am to 5pm",
      "out_of_hours": { "label": "REPLACE: Emergency Duty Team", "phone": "01632 960001", "hours": "REPLACE: evenings, weekends and bank holidays" },
      "source": { "lines": [1, 1], "section": "REPLACE: the contacts section" }
    },
    {
      "$comment": "Who a practitioner talks to first in their own setting (the document usually says: your designated safeguarding lead).",
      "id": "safeguarding_lead", "label": "Your designated safeguarding lead",
      "notes": "In your own school or service.",
      "source": { "lines": [1, 1], "section": "REPLACE: where the document says to talk to your safeguarding lead" }
    }
  ],
  "routes": [
    {
      "$comment": "The ways forward, one per kind of response. Keep these ids (universal, single_agency, early_help, statutory_referral, emergency) so that results compare across partnerships; use the document's own names in label (MARF, Request for Support form, Early Help Assessment).",
      "id": "universal", "label": "REPLACE: Support within universal services",
      "text": ["REPLACE: what the document says to do at level 1"],
      "source": { "lines": [1, 1], "section": "REPLACE: the level 1 response" }
    },
    {
      "id": "single_agency", "label": "REPLACE: Support from your own agency",
      "text": ["REPLACE: what the document says to do at level 2"],
      "contacts": ["safeguarding_lead"],
      "source": { "lines": [1, 1], "section": "REPLACE: the level 2 response" }
    },
    {
      "$comment": "needs_consent: the service takes it only with the family's agreement (an Early Help Assessment). threshold check makes sure it is never the way forward after a refusal.",
      "id": "early_help", "label": "REPLACE: Early Help Assessment",
      "text": ["REPLACE: what the document says to do at level 3"],
      "needs_consent": true, "contacts": ["safeguarding_lead"],
      "source": { "lines": [1, 1], "section": "REPLACE: the level 3 response" }
    },
    {
      "id": "statutory_referral", "label": "REPLACE: Referral to Children's Social Care (the front door)",
      "text": ["REPLACE: how to refer at level 4 (the form, the phone call)"],
      "contacts": ["front_door"],
      "source": { "lines": [1, 1], "section": "REPLACE: the level 4 response" }
    },
    {
      "id": "emergency", "label": "Call 999",
      "text": ["If a child is in immediate danger, call the police on 999."],
      "contacts": ["police_999"],
      "source": { "lines": [1, 1], "section": "REPLACE: where the document says to call 999" }
    }
  ],
  "emergency": {
    "$comment": "What the result says when a child is in immediate danger: 999 first (the text must say 999), then the local numbers in then_contacts.",
    "route": "emergency", "level": 4,
    "text": ["If a child is in immediate danger, call the police on 999."],
    "then_contacts": ["front_door"],
    "source": { "lines": [1, 1], "section": "REPLACE: where the document says to call 999" }
  },
  "strategy_discussion": {
    "$comment": "The document's note on indicators marked for a strategy discussion (needed when any indicator has strategy_discussion: true).",
    "text": "REPLACE: the document's key to marked indicators (\"* a strategy discussion will be held\")",
    "source": { "lines": [1, 1], "section": "REPLACE: the matrix key" }
  },
  "significant_harm": {
    "$comment": "What suspected significant harm means in this document: the level it puts it at and the way forward it gives (usually the statutory referral). implied_when: what already says it, so the question is not asked.",
    "level": 4, "route": "statutory_referral",
    "text": ["REPLACE: the document's words on significant harm"],
    "implied_when": { "fact": "strategy_discussion", "op": "eq", "value": true },
    "source": { "lines": [1, 1], "section": "REPLACE: the section on significant harm" }
  },
  "consent": [
    {
      "$comment": "The document's consent rules, one entry per level they differ at. required: consent must (or should normally) be sought. when_refused.may_proceed_without: whether a referral may still go ahead after a refusal (false for Early Help, which needs agreement).",
      "id": "consent_level_3", "level": 3, "required": true,
      "text": ["REPLACE: what the document says about consent for Early Help"],
      "when_refused": {
        "text": ["REPLACE: what the document says to do when the family refuse Early Help"],
        "may_proceed_without": false,
        "source": { "lines": [1, 1], "section": "REPLACE: the consent section" }
      },
      "source": { "lines": [1, 1], "section": "REPLACE: the consent section" }
    },
    {
      "$comment": "exceptions: when the document says not to seek consent first (it would put the child at risk, or a crime). Without \"when\", an exception applies when seeking consent would increase the risk or a flagged concern is ticked.",
      "id": "consent_level_4", "level": 4, "required": true,
      "text": ["REPLACE: what the document says about consent for a referral to Children's Social Care"],
      "exceptions": [
        {
          "$comment": "The engine's own immediate-danger decision stands for immediate_danger here. threshold check requires that consent never holds back a referral when a child is in immediate danger.",
          "id": "immediate_danger_or_risk",
          "text": ["REPLACE: the document's words on when not to seek consent (\"where the child is in immediate danger, or seeking consent would place the child at increased risk of significant harm\")"],
          "when": { "any": [ { "fact": "immediate_danger", "op": "eq", "value": true }, { "fact": "consent", "op": "eq", "value": "would_increase_risk" }, { "fact": "consent_risk_indicator", "op": "eq", "value": true } ] },
          "source": { "lines": [1, 1], "section": "REPLACE: the consent section" }
        }
      ],
      "when_refused": {
        "text": ["REPLACE: what the document says when the family refuse a referral (\"discuss with your safeguarding lead; you may refer without consent\")"],
        "may_proceed_without": true,
        "source": { "lines": [1, 1], "section": "REPLACE: the consent section" }
      },
      "record": {
        "text": ["REPLACE: what the document says to record (\"record your decision and the reasons\")"],
        "source": { "lines": [1, 1], "section": "REPLACE: the consent section" }
      },
      "advice_contacts": ["front_door"],
      "source": { "lines": [1, 1], "section": "REPLACE: the consent section" }
    }
  ],
  "rules": [
    {
      "$comment": "How the level follows from the answers besides the highest ticked indicator: raise_level (age-conditional escalation), advisory (consider the next level, MARAC, Prevent, LADO), strategy_discussion. Conditions are in content/SCHEMA.md.",
      "id": "cumulative_level_2", "kind": "advisory", "advisory": "consider_next_level",
      "when": { "all": [ { "count": { "level": 2, "min": 3 } }, { "fact": "level", "op": "eq", "value": 2 } ] },
      "text": "REPLACE: the document's words on several level 2 needs together (\"consider whether level 3 is needed\")",
      "source": { "lines": [1, 1], "section": "REPLACE: the section on cumulative needs" }
    }
  ],
  "timescales": [
    {
      "$comment": "How fast each answer comes, from the document's timescales: amount, unit (hours, working_days, calendar_days) and what starts the clock. when: the results it applies to.",
      "id": "referral_decision", "label": "REPLACE: the front door decides what happens next",
      "amount": 1, "unit": "working_days", "starts": "REPLACE: when the front door receives the referral",
      "when": { "fact": "level", "op": "ge", "value": 4 },
      "source": { "lines": [1, 1], "section": "REPLACE: the timescales section" }
    }
  ]
}
)json";

constexpr std::string_view scenarios_template = R"json({
  "scenarios": [
    {
      "id": "nothing_ticked",
      "description": "No concern ticked: universal services (the default level). REPLACE the cites with your document's lines.",
      "cites": "REPLACE: the lines that define level 1",
      "answers": { "date": "2026-11-23", "age_years": 8 },
      "expect": { "level": 1, "route": { "id": "universal" } }
    },
    {
      "id": "one_level_2_need",
      "description": "One level 2 indicator: a single-agency response.",
      "cites": "REPLACE: the lines of the level 2 indicator and the level 2 response",
      "answers": { "date": "2026-11-23", "age_years": 8, "indicators": ["child_2_attendance"] },
      "expect": { "level": 2, "route": { "id": "single_agency" }, "reasons": [ { "indicator": "child_2_attendance" } ] }
    },
    {
      "id": "level_4_with_consent",
      "description": "A level 4 indicator marked for a strategy discussion: a referral to the front door.",
      "cites": "REPLACE: the lines of the level 4 indicator, the matrix key and the level 4 response",
      "answers": { "date": "2026-11-23", "age_years": 8, "indicators": ["child_4_injury"], "consent": "given" },
      "expect": { "level": 4, "strategy_discussion": true, "route": { "id": "statutory_referral" } }
    },
    {
      "id": "immediate_danger",
      "description": "A child in immediate danger: 999 first.",
      "cites": "REPLACE: the lines that say to call 999",
      "answers": { "date": "2026-11-23", "immediate_danger": true },
      "expect": { "immediate_action": "call_999" }
    }
  ]
}
)json";

constexpr std::string_view readme_template = R"md(# @ID@ content pack

A new pack made by `threshold new @ID@`. Replace every value marked REPLACE in `pack.json` with what
the partnership's threshold document says, cite the document's lines and section in each `source`, and
record here every decision the text forced. content/SCHEMA.md explains every field; the `"$comment"`
notes in `pack.json` say where each value comes from in a threshold document (nobody but you sees them).

## Source

- File: `REPLACE-source.txt` (the plain-text copy of the document that every `"lines"` citation counts
  in; `partnership.source_file`).
- Title: **REPLACE: the document's title**, published by REPLACE: the partnership.
- Date: REPLACE: the publication date and the review date, as the document gives them.
- Checked: the pack was last checked against the document on the day in `partnership.checked`;
  change it each time you check again, and add `partnership.review_by` if the document gives a review date.
- Link: REPLACE: where the partnership publishes it (`partnership.url`).

## What the pack covers

| Part of the pack | Source lines |
| --- | --- |
| Levels and their definitions (`levels`) | REPLACE |
| Indicator matrix (`domains`, `indicators`) | REPLACE |
| Ways forward and contacts (`routes`, `contacts`, `emergency`) | REPLACE |
| Consent (`consent`) | REPLACE |
| Timescales (`timescales`) | REPLACE |

## What the source does not cover (also in `partnership.not_covered`)

- REPLACE: each thing a practitioner might look for that the document does not say.

## Interpretation decisions

- REPLACE: every place where the text had to be read one way (an indicator repaired from a broken
  table, a level given to a row the document leaves unclear, a consent exception worded for the screen).

## Scenarios

`scenarios.json` holds test cases as data: realistic cases with the result the document gives, each
citing the lines it checks, at, below and above every age or count boundary. Before publishing:

```sh
threshold validate content/@ID@/pack.json
threshold check --pack content/@ID@/pack.json
threshold scenarios --pack content/@ID@/pack.json
```

## Before publishing

- No value still says REPLACE; the front door's number is not the placeholder 01632 960000 (a number
  Ofcom keeps for drama, which rings nowhere).
- Every phone number, email and link checked against the partnership's own website.
)md";

std::string filled(std::string_view text, const std::string& id, const std::string& schema_path,
                   const std::string& checked = "") {
  std::string out;
  for (size_t at = 0; at < text.size();) {
    if (text.compare(at, 4, "@ID@") == 0) {
      out += id;
      at += 4;
    } else if (text.compare(at, 9, "@CHECKED@") == 0) {
      out += checked;
      at += 9;
    } else if (text.compare(at, 8, "@SCHEMA@") == 0) {
      out += schema_path;
      at += 8;
    } else {
      out += text[at++];
    }
  }
  return out;
}

}  // namespace

bool is_pack_id(std::string_view id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

pack_files new_pack_files(const std::string& id, const std::string& schema_path, std::optional<date> checked) {
  std::string pack = filled(pack_template, id, schema_path, checked ? format_date(*checked) : "");
  auto drop_line = [&pack](const std::string& line) {
    if (auto at = pack.find(line); at != std::string::npos) pack.erase(at, line.size());
  };
  if (schema_path.empty()) drop_line("  \"$schema\": \"\",\n");
  if (!checked) drop_line("    \"checked\": \"\",\n");
  return {pack, filled(scenarios_template, id, schema_path), filled(readme_template, id, schema_path)};
}

}  // namespace threshold
