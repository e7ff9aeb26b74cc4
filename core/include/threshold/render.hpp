#pragma once
#include <string>

#include "threshold/pack.hpp"

namespace threshold {

struct render_options {
  bool fragment = false;  // body content only (for the page's no-JavaScript fallback)
};

/// The whole guidance as a self-contained static HTML reference: levels, every indicator by domain and
/// level with its flags, consent, routes, contacts, timescales, checklist, escalation and pathways.
std::string render(const pack& p, render_options options = {});

}  // namespace threshold
