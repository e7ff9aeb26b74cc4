#include "threshold/render.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace threshold {

namespace {

// Appends like a stream without pulling iostreams into the WebAssembly build (about 100 KB).
struct html_out {
  std::string text;
  html_out& operator<<(const std::string& s) {
    text += s;
    return *this;
  }
  html_out& operator<<(const char* s) {
    text += s;
    return *this;
  }
  html_out& operator<<(int n) {
    text += std::to_string(n);
    return *this;
  }
  html_out& operator<<(size_t n) {
    text += std::to_string(n);
    return *this;
  }
  std::string str() const { return text; }
};

std::string escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// "Source: <document>, <section>": the document and section, as the
// screener cites them; never our file names or line numbers, which are for content authors (validate).
std::string cite(const partnership& about, const citation& c) {
  return "<p class=\"ts-ref__source\">Source: " + escape(cite_for_people(about, c)) + "</p>\n";
}

std::string paragraphs(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& p : items) out += "<p>" + escape(p) + "</p>\n";
  return out;
}

std::string bullets(const std::vector<std::string>& items) {
  if (items.empty()) return "";
  std::string out = "<ul>\n";
  for (const auto& i : items) out += "<li>" + escape(i) + "</li>\n";
  return out + "</ul>\n";
}

std::string unit_words(time_unit u) {
  switch (u) {
    case time_unit::hours: return "hours";
    case time_unit::working_days: return "working days";
    case time_unit::calendar_days: return "days";
  }
  return "";
}

// Checked again when writing a link, whatever the loader let through: only https:, http:, mailto:
// and tel:, spelled out at the very start (browsers skip leading spaces and drop tabs and newlines,
// so " javascript:" and "java<TAB>script:" are schemes too), and no control character anywhere.
bool safe_link(const std::string& url) {
  for (char c : url)
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) return false;
  auto starts = [&](std::string_view scheme) {
    if (url.size() <= scheme.size()) return false;
    for (size_t i = 0; i < scheme.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(url[i])) != scheme[i]) return false;
    return true;
  };
  return starts("https://") || starts("http://") || starts("mailto:") || starts("tel:");
}

std::string phone_link(const std::string& phone) {
  std::string digits;
  for (char c : phone)
    if ((c >= '0' && c <= '9') || c == '+') digits += c;
  return "<a href=\"tel:" + digits + "\">" + escape(phone) + "</a>";
}

std::string contact_html(const contact& c) {
  std::string out = "<li><strong>" + escape(c.label) + "</strong>";
  if (!c.phone.empty()) out += ": " + phone_link(c.phone);
  if (!c.hours.empty()) out += " (" + escape(c.hours) + ")";
  if (c.after_hours) {
    out += "; out of hours, " + escape(c.after_hours->label);
    if (!c.after_hours->phone.empty()) out += ": " + phone_link(c.after_hours->phone);
    if (!c.after_hours->hours.empty()) out += " (" + escape(c.after_hours->hours) + ")";
  }
  if (!c.email.empty()) out += "; email <a href=\"mailto:" + escape(c.email) + "\">" + escape(c.email) + "</a>";
  if (!c.url.empty()) {
    if (safe_link(c.url))
      out += "; <a href=\"" + escape(c.url) + "\">" + escape(c.url) + "</a>";
    else
      out += "; " + escape(c.url);  // shown, never followed
  }
  if (!c.notes.empty()) out += ". " + escape(c.notes);
  return out + "</li>\n";
}

const char* full_page_style =
    "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;line-height:1.5;max-width:60rem;"
    "margin:0 auto;padding:1rem;color:#0b0c0c}h1,h2,h3{line-height:1.2}.ts-ref__source{color:#505a5f;font-size:.9rem}"
    "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #b1b4b6;text-align:left;padding:.4rem;"
    "vertical-align:top}.ts-ref__flag{font-weight:bold}.ts-ref{overflow-wrap:anywhere}@media print{a{color:#000}}";

// The stand-alone reference runs nothing and loads nothing: only the style above (by its SHA-256,
// which tests/cli_test.sh recomputes) may apply. Like the site's, and stricter: no script at all.
const char* full_page_csp =
    "default-src 'none'; style-src 'sha256-9/B72tf8WipijWSN9717N+MLiwLmNNH8oECTUpL5aqQ='; img-src data:; base-uri "
    "'none'; "
    "form-action 'none'";

}  // namespace

std::string render(const pack& p, render_options options) {
  html_out h;
  if (!options.fragment) {
    h << "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\""
      << full_page_csp << "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
      << escape(p.about.name) << ": threshold guidance reference</title>\n<style>" << full_page_style
      << "</style>\n</head>\n<body>\n<main>\n";
  }
  h << "<div class=\"ts-ref\" lang=\"en-GB\">\n";
  h << "<h1 class=\"govuk-heading-l\">" << escape(p.about.name) << "</h1>\n";
  h << "<p class=\"govuk-body-l\">" << escape(p.about.document_title) << "</p>\n";
  if (!p.about.applies_to.empty()) h << "<p>" << escape(p.about.applies_to) << "</p>\n";
  // How current it is, in the page's words; a reference written once cannot know today's date, so the
  // review-by date is stated, not judged.
  h << "<p>" << escape(p.about.currency_text);
  if (p.about.review_by) {
    h << " Due for review on " << escape(p.about.review_by_text) << ": after that, check " << escape(p.about.name)
      << "'s ";
    if (safe_link(p.about.url))
      h << "<a href=\"" << escape(p.about.url) << "\">own page</a>";
    else
      h << "own page";
    h << " for a newer version.";
  }
  h << "</p>\n";
  h << "<p><strong>This reference is indicative: the criteria are a guide and do not replace professional "
       "judgement.</strong></p>\n";
  if (std::any_of(p.indicators.begin(), p.indicators.end(), [](const indicator& i) { return i.strategy_discussion; }))
    h << "<p>In the lists below, <span class=\"ts-ref__flag\">[strategy discussion]</span> marks the entries the "
         "guidance links to a strategy discussion.</p>\n";
  if (!p.about.not_covered.empty()) {
    h << "<h2>What this guidance does not cover</h2>\n" << bullets(p.about.not_covered);
  }

  h << "<h2>If a child is in immediate danger</h2>\n" << paragraphs(p.emergency.text);
  if (!p.emergency.then_contacts.empty()) {
    h << "<p>Then contact:</p>\n<ul>\n";
    for (const auto& id : p.emergency.then_contacts)
      if (const contact* c = p.find_contact(id)) h << contact_html(*c);
    h << "</ul>\n";
  }
  h << cite(p.about, p.emergency.source);

  h << "<h2>Levels of need</h2>\n";
  for (const auto& l : p.levels) {
    h << "<h3 id=\"level-" << l.number << "\">Level " << l.number << ": " << escape(l.label) << "</h3>\n";
    if (!l.summary.empty()) h << "<p><strong>" << escape(l.summary) << "</strong></p>\n";
    h << paragraphs(l.definition);
    if (!l.response.empty()) h << "<h4>Response</h4>\n" << paragraphs(l.response);
    if (!l.assessments.empty()) h << "<h4>Assessments</h4>\n" << paragraphs(l.assessments);
    if (const route* r = p.find_route(l.route)) h << "<p>Route: " << escape(r->label) << "</p>\n";
    h << cite(p.about, l.source);
  }

  if (!p.indicators.empty()) {
    h << "<h2>Indicators by area and level</h2>\n";
    for (const auto& d : p.domains) {
      h << "<h3>" << escape(d.label) << "</h3>\n";
      for (const auto& l : p.levels) {
        std::string items;
        for (const auto& i : p.indicators) {
          if (i.domain != d.id || i.level != l.number) continue;
          items += "<li>" + escape(i.text);
          if (i.strategy_discussion) items += " <span class=\"ts-ref__flag\">[strategy discussion]</span>";
          if (i.immediate_danger) items += " <span class=\"ts-ref__flag\">[immediate danger]</span>";
          if (i.consent_may_increase_risk)
            items += " <span class=\"ts-ref__flag\">[seeking consent may increase risk]</span>";
          if (i.strength) items += " <span class=\"ts-ref__flag\">[strength]</span>";
          items += " <span class=\"ts-ref__source\">(" + escape(cite_for_people(p.about, i.source)) + ")</span></li>\n";
        }
        if (items.empty()) continue;
        h << "<h4>Level " << l.number << ": " << escape(l.label) << "</h4>\n<ul>\n" << items << "</ul>\n";
      }
    }
    if (p.strategy_discussion)
      h << paragraphs(p.strategy_discussion->text) << cite(p.about, p.strategy_discussion->source);
  }

  if (!p.consent.empty()) {
    h << "<h2>Consent</h2>\n";
    for (const auto& c : p.consent) {
      h << "<h3>Level " << c.level << "</h3>\n" << paragraphs(c.text);
      for (const auto& e : c.exceptions) h << "<h4>Exception</h4>\n" << paragraphs(e.text) << cite(p.about, e.source);
      if (c.when_refused)
        h << "<h4>If consent is refused</h4>\n"
          << paragraphs(c.when_refused->text) << cite(p.about, c.when_refused->source);
      if (c.not_yet_sought)
        h << "<h4>If consent has not yet been sought</h4>\n"
          << paragraphs(c.not_yet_sought->text) << cite(p.about, c.not_yet_sought->source);
      if (c.record) h << "<h4>What to record</h4>\n" << paragraphs(c.record->text) << cite(p.about, c.record->source);
      h << cite(p.about, c.source);
    }
  }

  h << "<h2>Routes and contacts</h2>\n";
  for (const auto& r : p.routes) {
    h << "<h3>" << escape(r.label) << "</h3>\n" << paragraphs(r.text);
    if (!r.contacts.empty()) {
      h << "<ul>\n";
      for (const auto& id : r.contacts)
        if (const contact* c = p.find_contact(id)) h << contact_html(*c);
      h << "</ul>\n";
    }
    h << cite(p.about, r.source);
  }
  h << "<h3>All contacts</h3>\n<ul>\n";
  for (const auto& c : p.contacts) h << contact_html(c);
  h << "</ul>\n";

  bool other_routes = false;
  for (const auto& r : p.rules)
    if (r.kind == rule::type::advisory) other_routes = true;
  if (other_routes || !p.rules.empty()) {
    h << "<h2>Rules and other routes</h2>\n<ul>\n";
    for (const auto& r : p.rules)
      h << "<li>" << escape(r.text) << " <span class=\"ts-ref__source\">(" << escape(cite_for_people(p.about, r.source))
        << ")</span></li>\n";
    h << "</ul>\n";
  }

  if (!p.timescales.empty()) {
    h << "<h2>Timescales</h2>\n<ul>\n";
    for (const auto& t : p.timescales) {
      h << "<li>" << escape(t.label) << ": " << t.amount << " " << unit_words(t.unit);
      if (!t.starts.empty()) h << ", from " << escape(t.starts);
      h << " <span class=\"ts-ref__source\">(" << escape(cite_for_people(p.about, t.source)) << ")</span></li>\n";
    }
    h << "</ul>\n";
  }

  for (const auto& pr : p.prompts)
    h << "<h2>" << escape(pr.label) << "</h2>\n" << bullets(pr.items) << cite(p.about, pr.source);

  if (p.referral_checklist) {
    h << "<h2>" << escape(p.referral_checklist->label) << "</h2>\n";
    for (const auto& g : p.referral_checklist->groups) {
      if (!g.label.empty()) h << "<h3>" << escape(g.label) << "</h3>\n";
      h << bullets(g.items) << cite(p.about, g.source);
    }
  }

  if (p.challenge) {
    h << "<h2>" << escape(p.challenge->label) << "</h2>\n";
    for (const auto& s : p.challenge->stages) {
      h << "<h3>" << escape(s.label);
      if (s.from_day > 0) {
        h << " (";
        if (s.from_day == s.to_day)
          h << "day " << s.from_day;
        else
          h << "days " << s.from_day << " to " << s.to_day;
        h << ", " << unit_words(s.unit) << ")";
      }
      h << "</h3>\n" << paragraphs(s.text) << cite(p.about, s.source);
    }
  }

  if (!p.pathways.empty()) {
    h << "<h2>Procedures</h2>\n";
    for (const auto& pw : p.pathways) {
      h << "<h3>" << escape(pw.title) << "</h3>\n";
      if (!pw.summary.empty()) h << "<p>" << escape(pw.summary) << "</p>\n";
      h << "<ol>\n";
      for (const auto& n : pw.nodes) {
        if (n.kind == pathway_node::type::branch) continue;
        h << "<li>";
        if (!n.title.empty()) h << "<strong>" << escape(n.title) << "</strong> ";
        for (size_t t = 0; t < n.text.size(); ++t) h << (t ? "<br>" : "") << escape(n.text[t]) << " ";
        if (n.kind == pathway_node::type::question) {
          h << "<ul>";
          for (const auto& o : n.options) h << "<li>" << escape(o.label) << "</li>";
          h << "</ul>";
        }
        if (n.timescale) h << " (" << n.timescale->amount << " " << unit_words(n.timescale->unit) << ")";
        h << " <span class=\"ts-ref__source\">(" << escape(cite_for_people(p.about, n.source)) << ")</span></li>\n";
      }
      h << "</ol>\n";
    }
  }

  h << "<p class=\"ts-ref__source\">Source document: " << escape(p.about.document_title) << ".</p>\n</div>\n";
  if (!options.fragment) h << "</main>\n</body>\n</html>\n";
  return h.str();
}

}  // namespace threshold
