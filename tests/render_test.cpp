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
  EXPECT_NE(html.find("fixture.txt line 17 (Health L4)"), std::string::npos);
}

TEST(render, includes_levels_consent_routes_contacts_timescales_checklist_escalation_and_pathways) {
  std::string html = render(testing::mini(), {.fragment = true});
  for (const char* text : {"Level 4: Statutory", "Consider overriding with your DSL.", "Referral to the front door",
                           "<a href=\"tel:01234567890\">01234 567890</a>", "Emergency Duty Team",
                           "Outcome in writing: 5 working days", "What to include", "Stage 1 (day 1, working days)",
                           "Step up", "Does the family consent?", "Nothing real: this is a test fixture."})
    EXPECT_NE(html.find(text), std::string::npos) << text;
}

TEST(render, escapes_markup_in_content) {
  pack p = testing::mini();
  p.indicators[0].text = "<script>alert(1)</script> & more";
  std::string html = render(p, {.fragment = true});
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"), std::string::npos);
}

}  // namespace
}  // namespace threshold
