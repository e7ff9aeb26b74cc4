#pragma once
// The whole public API: load_pack, evaluate, search, render, walk, diff_packs (see docs/API.md).
#include "threshold/calendar.hpp"
#include "threshold/describe.hpp"
#include "threshold/diff.hpp"
#include "threshold/error.hpp"
#include "threshold/evaluate.hpp"
#include "threshold/json_io.hpp"
#include "threshold/pack.hpp"
#include "threshold/pathway.hpp"
#include "threshold/render.hpp"
#include "threshold/search.hpp"
