#include "threshold/search.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>

#include "json_value.hpp"
#include "stable_order.hpp"

namespace threshold {

namespace {

// content/search-synonyms.json, built in (CMakeLists.txt writes it into search_synonyms.inc).
const char* const synonyms_json =
#include "search_synonyms.inc"
    ;

const std::set<std::string>& stopwords() {
  static const std::set<std::string> words = {"a",    "an",  "and",  "are", "as",    "at", "be",  "by",  "for",
                                              "from", "has", "have", "i",   "in",    "is", "it",  "me",  "my",
                                              "of",   "on",  "or",   "the", "their", "to", "was", "with"};
  return words;
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c)) {
      current += static_cast<char>(std::tolower(c));
    } else if (!current.empty()) {
      words.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(current);
  return words;
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Simple plurals and verb endings, so "bruises", "bruising" and "bruise" meet.
std::string stem(std::string w) {
  if (w.size() > 4 && ends_with(w, "ies")) return w.substr(0, w.size() - 3) + "y";
  if (w.size() > 5 && ends_with(w, "ing"))
    w = w.substr(0, w.size() - 3);
  else if (w.size() > 4 && ends_with(w, "ed"))
    w = w.substr(0, w.size() - 2);
  else if (w.size() > 4 && (ends_with(w, "ses") || ends_with(w, "xes") || ends_with(w, "ches") || ends_with(w, "shes")))
    w = w.substr(0, w.size() - 2);
  else if (w.size() > 3 && ends_with(w, "s") && !ends_with(w, "ss"))
    w = w.substr(0, w.size() - 1);
  if (w.size() > 3 && ends_with(w, "e")) w = w.substr(0, w.size() - 1);
  return w;
}

// Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), capped for speed.
int distance(const std::string& a, const std::string& b) {
  if (a == b) return 0;
  const size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > 2) return 3;
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i)
    for (size_t j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[n][m];
}

// typed word -> the phrases it also finds, each as its words and their stems.
struct phrase {
  std::vector<std::string> words, stems;
};
using synonym_table = std::map<std::string, std::vector<phrase>>;

const synonym_table& synonyms() {
  static const synonym_table table = [] {
    synonym_table t;
    auto parsed = detail::parse_json(synonyms_json);
    const detail::json_value* list = parsed.ok && parsed.value.is_object() ? parsed.value.find("synonyms") : nullptr;
    if (!list || !list->is_array()) return t;  // tests/search_test.cpp checks the file loads
    for (const auto& entry : list->items()) {
      const detail::json_value* typed = entry.find("typed");
      const detail::json_value* finds = entry.find("finds");
      if (!typed || !finds || !typed->is_array() || !finds->is_array()) continue;
      for (const auto& word : typed->items())
        for (const auto& found : finds->items()) {
          if (!word.is_string() || !found.is_string()) continue;
          phrase ph;
          for (auto& w : words_of(found.as_string())) {
            ph.stems.push_back(stem(w));
            ph.words.push_back(std::move(w));
          }
          if (!ph.words.empty()) t[word.as_string()].push_back(std::move(ph));
        }
    }
    return t;
  }();
  return table;
}

struct field_word {
  std::string word, stemmed;
  double weight;
};

double match(const std::string& query_word, const std::string& query_stem, const field_word& w) {
  if (query_stem == w.stemmed || query_word == w.word) return 1.0 * w.weight;
  if (query_word.size() >= 3 && w.word.compare(0, query_word.size(), query_word) == 0) return 0.8 * w.weight;
  if (query_stem.size() >= 4) {
    int allowed = query_stem.size() >= 7 ? 2 : 1;
    if (distance(query_stem, w.stemmed) <= allowed) return 0.6 * w.weight;
  }
  return 0;
}

}  // namespace

size_t search_synonym_count() {
  return synonyms().size();
}

std::vector<search_hit> search(const pack& p, std::string_view query) {
  // Bounded work whatever is typed or pasted: the first max_search_query_bytes, up to
  // max_search_terms different words.
  query = query.substr(0, max_search_query_bytes);
  std::vector<std::string> terms, all;
  for (auto& w : words_of(query)) {
    if (std::find(all.begin(), all.end(), w) != all.end()) continue;
    all.push_back(w);
    if (!stopwords().count(w) && terms.size() < max_search_terms) terms.push_back(w);
  }
  if (terms.empty()) terms.assign(all.begin(), all.begin() + static_cast<long>(std::min(all.size(), max_search_terms)));
  if (terms.empty()) return {};
  std::vector<std::string> stems;
  std::vector<const std::vector<phrase>*> alternatives;
  for (const auto& t : terms) {
    stems.push_back(stem(t));
    auto it = synonyms().find(t);
    alternatives.push_back(it == synonyms().end() ? nullptr : &it->second);
  }

  struct scored {
    search_hit hit;
    size_t matched;
  };
  std::vector<scored> found;
  for (const auto& ind : p.indicators) {
    // At most max_search_words_per_indicator words, so that no indicator's text (or list of
    // keywords) makes every search slow; false once the indicator has that many.
    std::vector<field_word> fields;
    auto add = [&](std::string_view text, double weight) {
      for (auto& w : words_of(text)) {
        if (fields.size() == max_search_words_per_indicator) return false;
        fields.push_back({w, stem(w), weight});
      }
      return fields.size() < max_search_words_per_indicator;
    };
    bool room = add(ind.text, 1.0);
    for (size_t k = 0; room && k < ind.keywords.size(); ++k) room = add(ind.keywords[k], 0.9);
    room = room && add(ind.hint, 0.7);
    if (const domain* d = p.find_domain(ind.domain); room && d) room = add(d->label, 0.4);
    for (size_t t = 0; room && t < ind.tags.size(); ++t) room = add(ind.tags[t], 0.5);

    double score = 0;
    size_t matched = 0;
    auto best_match = [&](const std::string& word, const std::string& word_stem) {
      double best = 0;
      for (const auto& w : fields) best = std::max(best, match(word, word_stem, w));
      return best;
    };
    for (size_t q = 0; q < terms.size(); ++q) {
      double best = best_match(terms[q], stems[q]);
      // A synonym's phrase counts when every one of its words matches, a little below the word itself.
      if (alternatives[q])
        for (const auto& ph : *alternatives[q]) {
          double weakest = 1e9;
          for (size_t i = 0; i < ph.words.size() && weakest > 0; ++i)
            weakest = std::min(weakest, best_match(ph.words[i], ph.stems[i]));
          best = std::max(best, 0.9 * weakest);
        }
      if (best > 0) ++matched;
      score += best;
    }
    if (matched == 0) continue;
    // Words typed in the order the text uses them rank a little higher.
    std::string text = " ";
    for (auto& w : words_of(ind.text)) text += w + " ";
    std::string phrase = " ";
    for (auto& t : terms) phrase += t + " ";
    if (terms.size() > 1 && text.find(phrase) != std::string::npos) score += 0.5;
    if (ind.strength) score -= 0.05;
    found.push_back({{&ind, score}, matched});
  }
  size_t most = 0;
  for (const auto& f : found) most = std::max(most, f.matched);
  std::vector<search_hit> hits;
  for (const auto& f : found)
    if (f.matched == most) hits.push_back(f.hit);
  detail::stable_sort_items(hits, [](const search_hit& x, const search_hit& y) {
    if (x.score != y.score) return x.score > y.score;
    return x.match->text.size() < y.match->text.size();
  });
  return hits;
}

}  // namespace threshold
