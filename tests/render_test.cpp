#include "support.hpp"

namespace threshold {
namespace {

TEST(render, a_full_page_is_a_self_contained_document) {
  std::string html = render(testing::mini());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<html lang=\"en-GB\">"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
}

TEST(render, includes_every_indicator_with_its_flags_and_citation) {
  std::string html = render(testing::mini(), {.fragment = true});
  EXPECT_EQ(html.find("<!DOCTYPE"), std::string::npos);
  for (const auto& i : testing::mini().indicators) EXPECT_NE(html.find(i.text), std::string::npos) << i.id;
  EXPECT_NE(html.find("I am a non-mobile baby with a bruise <span class=\"ts-ref__flag\">[strategy discussion]</span>"),
            std::string::npos);
  // Cited as the screener cites: the document and section, never our file name or line numbers.
  EXPECT_NE(html.find("(" + cite_for_people(testing::mini().about, testing::mini().indicators[0].source) + ")"),
            std::string::npos);
  EXPECT_EQ(html.find(".txt"), std::string::npos);
  EXPECT_EQ(html.find(" line "), std::string::npos);
}

TEST(render, includes_levels_consent_routes_contacts_timescales_checklist_escalation_and_pathways) {
  std::string html = render(testing::mini(), {.fragment = true});
  for (const char* text : {"Level 4: Statutory", "Consider overriding with your DSL.", "Referral to the front door",
                           "<a href=\"tel:01234567890\">01234 567890</a>", "Emergency Duty Team",
                           "Outcome in writing: 5 working days", "What to include", "Stage 1 (day 1, working days)",
                           "Step up", "Does the family consent?", "Nothing real: this is a test fixture."})
    EXPECT_NE(html.find(text), std::string::npos) << text;
}

// Issue 27: the reference says how current the guidance is, in the page's words. Written once, it
// cannot know today's date: it states the review-by date rather than judging it.
TEST(render, says_when_the_guidance_is_dated_checked_and_due_for_review) {
  pack p = testing::mini();
  std::string html = render(p, {.fragment = true});
  EXPECT_NE(html.find("<p>Guidance dated 2026.</p>"), std::string::npos);
  EXPECT_EQ(html.find("Published:"), std::string::npos);
  p.about.published = "";
  p.about.checked = date{2026, 12, 7};
  p.about.checked_text = "7 December 2026";
  p.about.currency_text = "Guidance undated, checked 7 December 2026.";
  p.about.review_by = date{2022, 3, 31};
  p.about.review_by_text = "31 March 2022";
  html = render(p, {.fragment = true});
  EXPECT_NE(html.find("<p>Guidance undated, checked 7 December 2026. Due for review on 31 March 2022: after that, "
                      "check Testshire Safeguarding Partnership's own page for a newer version.</p>"),
            std::string::npos);
  p.about.url = "https://testshire.example/threshold";
  html = render(p, {.fragment = true});
  EXPECT_NE(html.find("check Testshire Safeguarding Partnership's <a href=\"https://testshire.example/threshold\">own "
                      "page</a> for a newer version."),
            std::string::npos);
  p.about.url = "javascript:alert(1)";
  EXPECT_EQ(render(p, {.fragment = true}).find("javascript:"), std::string::npos);
}

TEST(render, the_five_references_carry_their_currency_line) {
  for (const char* id : {"dudley", "gloucestershire", "luton", "medway", "walsall"}) {
    auto r = load_pack(testing::read(std::string("content/") + id + "/pack.json"), testing::calendar());
    ASSERT_TRUE(r.ok()) << id;
    const std::string html = render(*r.value, {.fragment = true});
    EXPECT_NE(html.find("<p>" + r.value->about.currency_text), std::string::npos) << id;
    EXPECT_NE(r.value->about.currency_text.find(", checked "), std::string::npos) << id;
  }
}

TEST(render, escapes_markup_in_content) {
  pack p = testing::mini();
  p.indicators[0].text = "<script>alert(1)</script> & more";
  std::string html = render(p, {.fragment = true});
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"), std::string::npos);
}

TEST(render, writes_a_link_only_for_safe_schemes) {
  // Issue 10, defect 3: a contact url of javascript:alert(1) was written into href and ran on a click.
  for (const char* hostile : {"javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)",
                              "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
                              "\x01https://example.org", "https:", "//example.org"}) {
    pack p = testing::mini();
    ASSERT_FALSE(p.contacts.empty());
    p.contacts[0].url = hostile;
    std::string html = render(p, {.fragment = true});
    EXPECT_EQ(html.find("href=\"" + p.contacts[0].url.substr(0, 4)), std::string::npos) << hostile;
    for (size_t at = html.find("href=\""); at != std::string::npos; at = html.find("href=\"", at + 1)) {
      std::string target = html.substr(at + 6, 8);
      EXPECT_TRUE(target.rfind("https://", 0) == 0 || target.rfind("http://", 0) == 0 ||
                  target.rfind("mailto:", 0) == 0 || target.rfind("tel:", 0) == 0)
          << hostile << ": " << target;
    }
  }
  for (const char* fine :
       {"https://example.org/a?b=c", "HTTP://example.org", "mailto:team@example.org", "tel:+441234"}) {
    pack p = testing::mini();
    p.contacts[0].url = fine;
    EXPECT_NE(render(p, {.fragment = true}).find(std::string("href=\"") + fine + "\""), std::string::npos) << fine;
  }
}

TEST(render, the_full_page_has_a_strict_content_security_policy) {
  // Issue 10, defect 3: the rendered reference had no CSP, so an injected link's script ran.
  std::string html = render(testing::mini());
  auto at = html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-");
  ASSERT_NE(at, std::string::npos);
  EXPECT_LT(at, html.find("<style>"));  // before anything it governs
  EXPECT_EQ(html.find("unsafe"), std::string::npos);
  EXPECT_EQ(render(testing::mini(), {.fragment = true}).find("Content-Security-Policy"), std::string::npos);
}

}  // namespace
}  // namespace threshold
