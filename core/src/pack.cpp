#include "threshold/pack.hpp"

#include <algorithm>

#include "stable_order.hpp"

namespace threshold {

std::string format_citation(const citation& c) {
  std::string lines = c.line_from == c.line_to
                          ? "line " + std::to_string(c.line_from)
                          : "lines " + std::to_string(c.line_from) + "-" + std::to_string(c.line_to);
  std::string text = c.file + " " + lines;
  if (!c.section.empty()) text += " (" + c.section + ")";
  return text;
}

std::string cite_for_people(const partnership& about, const citation& c) {
  std::string text = about.cite_as;
  // A section that is the document's own name (a one-page source cited as "<area> guidance, <title>") is
  // not said twice.
  const bool named =
      text.size() >= c.section.size() && text.compare(text.size() - c.section.size(), c.section.size(), c.section) == 0;
  if (!c.section.empty() && !named) text += ", " + c.section;
  if (!c.page.empty()) text += ", " + c.page;
  return text;
}

std::string format_number(double value) {
  // Integer arithmetic instead of printf's %g: keeps printf and long-double support out of the WASM.
  const bool negative = value < 0;
  const long long scaled = static_cast<long long>((negative ? -value : value) * 10000 + 0.5);
  std::string text = std::to_string(scaled / 10000);
  long long fraction = scaled % 10000;
  if (fraction) {
    std::string digits = std::to_string(fraction);
    digits = std::string(4 - digits.size(), '0') + digits;
    while (digits.back() == '0') digits.pop_back();
    text += "." + digits;
  }
  return (negative && scaled ? "-" : "") + text;
}

std::optional<bool> guidance_overdue(const partnership& about, std::optional<date> on) {
  if (!about.review_by) return false;
  if (!on) return std::nullopt;
  return *on > *about.review_by;
}

const char* const default_significant_harm_question =
    "Do you suspect that the child is suffering, or is likely to suffer, significant harm?";
const char* const default_indicative_notice =
    "This result is indicative. The criteria are a guide and do not replace your professional judgement: discuss "
    "your concerns with your safeguarding lead.";

std::string_view to_string(step_kind k) {
  switch (k) {
    case step_kind::call_999: return "call_999";
    case step_kind::call: return "call";
    case step_kind::strategy_discussion: return "strategy_discussion";
    case step_kind::form: return "form";
    case step_kind::talk_to_lead: return "talk_to_lead";
    case step_kind::consent: return "consent";
    case step_kind::read: return "read";
  }
  return "read";
}

std::optional<step_kind> step_kind_named(std::string_view name) {
  for (step_kind k : {step_kind::call_999, step_kind::call, step_kind::strategy_discussion, step_kind::form,
                      step_kind::talk_to_lead, step_kind::consent, step_kind::read})
    if (to_string(k) == name) return k;
  return std::nullopt;
}

std::string_view to_string(consent_verdict v) {
  switch (v) {
    case consent_verdict::seek_consent: return "seek_consent";
    case consent_verdict::proceed_and_inform: return "proceed_and_inform";
    case consent_verdict::proceed_without_consent: return "proceed_without_consent";
    case consent_verdict::seek_advice: return "seek_advice";
    case consent_verdict::not_applicable: return "not_applicable";
    case consent_verdict::undetermined: return "undetermined";
  }
  return "undetermined";
}

std::string to_string(time_unit u) {
  switch (u) {
    case time_unit::hours: return "hours";
    case time_unit::working_days: return "working_days";
    case time_unit::calendar_days: return "calendar_days";
  }
  return "working_days";
}

namespace {
template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}
}  // namespace

const pathway_node* pathway::find(const std::string& node_id) const {
  return find_by_id(nodes, node_id);
}

const level* pack::find_level(int number) const {
  auto it = std::find_if(levels.begin(), levels.end(), [&](const level& l) { return l.number == number; });
  return it == levels.end() ? nullptr : &*it;
}
void pack::index_indicators() {
  indicator_order.resize(indicators.size());
  for (size_t i = 0; i < indicators.size(); ++i) indicator_order[i] = static_cast<std::uint32_t>(i);
  // Stable: among equal ids (which the loader refuses) the first stays first, as a scan finds it.
  detail::stable_sort_positions(indicator_order,
                                [&](std::uint32_t a, std::uint32_t b) { return indicators[a].id < indicators[b].id; });
  concern_order.clear();
  for (size_t i = 0; i < indicators.size(); ++i)
    if (!indicators[i].strength) concern_order.push_back(static_cast<std::uint32_t>(i));
  // Stable: within a domain and level, the pack's order.
  detail::stable_sort_positions(concern_order, [&](std::uint32_t a, std::uint32_t b) {
    const indicator& x = indicators[a];
    const indicator& y = indicators[b];
    const int by_domain = x.domain.compare(y.domain);
    return by_domain != 0 ? by_domain < 0 : x.level < y.level;
  });
}

std::vector<const indicator*> pack::concerns_at(const std::string& domain, int level) const {
  std::vector<const indicator*> out;
  if (indicator_order.size() != indicators.size()) {  // not indexed: a scan
    for (const auto& i : indicators)
      if (!i.strength && i.level == level && i.domain == domain) out.push_back(&i);
    return out;
  }
  auto before = [&](std::uint32_t k, int) {
    const indicator& i = indicators[k];
    const int by_domain = i.domain.compare(domain);
    return by_domain != 0 ? by_domain < 0 : i.level < level;
  };
  auto after = [&](int, std::uint32_t k) {
    const indicator& i = indicators[k];
    const int by_domain = domain.compare(i.domain);
    return by_domain != 0 ? by_domain < 0 : level < i.level;
  };
  auto from = std::lower_bound(concern_order.begin(), concern_order.end(), 0, before);
  auto to = std::upper_bound(from, concern_order.end(), 0, after);
  out.reserve(static_cast<size_t>(to - from));
  for (auto it = from; it != to; ++it) out.push_back(&indicators[*it]);
  return out;
}

namespace {
/// Position of the indicator `id`, or indicators.size(). Without an index of the current size (a pack
/// built by hand, or indicators added since), a scan.
size_t indicator_position(const pack& p, const std::string& id) {
  if (p.indicator_order.size() == p.indicators.size()) {
    auto it = std::lower_bound(p.indicator_order.begin(), p.indicator_order.end(), id,
                               [&](std::uint32_t k, const std::string& v) { return p.indicators[k].id < v; });
    return it != p.indicator_order.end() && p.indicators[*it].id == id ? *it : p.indicators.size();
  }
  for (size_t i = 0; i < p.indicators.size(); ++i)
    if (p.indicators[i].id == id) return i;
  return p.indicators.size();
}
}  // namespace

const indicator* pack::find_indicator(const std::string& id) const {
  size_t i = indicator_position(*this, id);
  return i < indicators.size() ? &indicators[i] : nullptr;
}
const contact* pack::find_contact(const std::string& id) const {
  return find_by_id(contacts, id);
}
std::vector<const contact*> pack::find_contacts(const std::vector<std::string>& ids) const {
  std::vector<const contact*> out;
  for (const auto& id : ids)
    if (const contact* c = find_contact(id)) out.push_back(c);
  return out;
}
const route* pack::find_route(const std::string& id) const {
  return find_by_id(routes, id);
}
const domain* pack::find_domain(const std::string& id) const {
  return find_by_id(domains, id);
}
const pathway* pack::find_pathway(const std::string& id) const {
  return find_by_id(pathways, id);
}
const consent_rule* pack::find_consent(int level_number) const {
  auto it =
      std::find_if(consent.begin(), consent.end(), [&](const consent_rule& c) { return c.level == level_number; });
  return it == consent.end() ? nullptr : &*it;
}

std::string pack::indicator_pointer(const std::string& id) const {
  size_t i = indicator_position(*this, id);
  return i < indicators.size() ? "/indicators/" + std::to_string(i) : "";
}

}  // namespace threshold
