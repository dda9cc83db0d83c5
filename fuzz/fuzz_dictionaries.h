// fuzz_dictionaries.h: the text of fuzz/fuzz_command.dict and fuzz/fuzz_view_hash.dict, made from the
// vocabulary (every verb, field, layout, metric, theme, panel and enum value), the URL hash's keys and the ids
// of the data set the targets start from, so a new word reaches the fuzzers without anyone retyping it.
// tests/core/fuzz_dictionaries_test.cpp compares the committed files with this text and rewrites them when
// SSE_WRITE_FUZZ_DICTS=1 is set.
#pragma once

#include <string>
#include <vector>

#include "core/model.h"
#include "core/view_state.h"
#include "core/vocabulary.h"

namespace sse::fuzz {

// The dictionary text of a target ("fuzz_command" or "fuzz_view_hash"), with the ids of `data` (the targets'
// data set, tests/data/tour_valid.json); "" for another target.
inline std::string DictionaryText(const std::string& target, const Dataset& data) {
    const bool hash = target == "fuzz_view_hash";
    if (!hash && target != "fuzz_command") return "";
    std::vector<std::string> words = VocabularyWords();
    auto add = [&](const std::string& w) {
        for (const std::string& have : words)
            if (have == w) return;
        words.push_back(w);
    };
    auto add_ids = [&](const auto& items) {
        for (const auto& item : items) add(item.id);
    };
    add_ids(data.actors);
    add_ids(data.links);
    add_ids(data.territories);
    add_ids(data.cases);
    add_ids(data.recommendations);
    add_ids(data.tours);
    // A year range, and numbers that break naive parsing (not-a-number, infinities, overflow, underflow, hex floats).
    for (const char* w : {"2016-2026", "nan", "inf", "-inf", "1e308", "-1e308", "1e-308", "0x1p1023"}) add(w);
    std::string text = hash ? "# libFuzzer dictionary for fuzz_view_hash: hash keys, command words and ids of tests/data/tour_valid.json.\n"
                            : "# libFuzzer dictionary for fuzz_command: the command vocabulary and the ids of tests/data/tour_valid.json.\n";
    text += "# Generated from src/core/vocabulary.cpp by fuzz/fuzz_dictionaries.h: do not edit; regenerate with\n"
            "#   SSE_WRITE_FUZZ_DICTS=1 build/native/tests/sse_core_tests --gtest_filter='FuzzDictionaries.*'\n";
    // Wire names and ids are plain text without quotes or backslashes (the loader and vocabulary_test check).
    for (const std::string& w : words) text += "\"" + w + "\"\n";
    if (hash) {
        for (const std::string& key : ViewHashKeys()) text += "\"" + key + "=\"\n";
        // Separators and escapes: percent-encoded comma, space, NUL, a two-byte character, a broken escape.
        for (const char* w : {"&", "#", "%2C", "%20", "%00", "%C3%93", "%zz", "+", ","}) text += "\"" + std::string(w) + "\"\n";
    } else {
        text += "\"\\x0a\"\n";  // a newline inside a command
    }
    return text;
}

}  // namespace sse::fuzz
