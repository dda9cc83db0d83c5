// id_table.h: internal to the loader. The hash table from id to where the id is defined, one per
// top-level list; every reference in a data file is looked up here, so it is built for speed.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace sse::load {

// Where an id is defined: index in the model, index in the JSON list, offset of the id text.
struct IdEntry {
    int model_index;
    uint32_t json_index;
    uint32_t offset;
};

// The text of an id table entry, for Nearest() (load_collector.h).
inline std::string_view KeyOf(const std::pair<std::string_view, IdEntry>& e) { return e.first; }

// Equality for short keys without a call into the C library (most keys differ in length or first byte).
inline bool SameKey(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i]) return false;
    }
    return true;
}

// Open addressing, linear probing, no allocation per entry: much faster than std::unordered_map for
// 60,000 short ids (one probe sequence, no node allocations, good locality).
class IdTable {
public:
    // Makes room for n ids without rehashing.
    void Reserve(size_t n) {
        entries_.reserve(n);
        if (n * 2 > slots_.size()) Rehash(n * 2);
    }
    // Adds key -> entry and returns nullptr; if the key exists, returns its entry and adds nothing.
    const IdEntry* Insert(std::string_view key, const IdEntry& entry) {
        if ((entries_.size() + 1) * 2 > slots_.size()) Rehash(std::max<size_t>(16, slots_.size() * 2));
        const uint32_t h = Hash(key);
        size_t i = h & (slots_.size() - 1);
        for (; slots_[i].index_plus_one != 0; i = (i + 1) & (slots_.size() - 1)) {
            const auto& e = entries_[slots_[i].index_plus_one - 1];
            if (slots_[i].hash == h && SameKey(e.first, key)) return &e.second;
        }
        entries_.emplace_back(key, entry);
        slots_[i] = Slot{h, static_cast<uint32_t>(entries_.size())};
        return nullptr;
    }
    // The entry of `key`, or nullptr.
    const IdEntry* Find(std::string_view key) const {
        if (slots_.empty()) return nullptr;
        const uint32_t h = Hash(key);
        for (size_t i = h & (slots_.size() - 1); slots_[i].index_plus_one != 0; i = (i + 1) & (slots_.size() - 1)) {
            const auto& e = entries_[slots_[i].index_plus_one - 1];
            if (slots_[i].hash == h && SameKey(e.first, key)) return &e.second;
        }
        return nullptr;
    }
    // In insertion (file) order.
    const std::vector<std::pair<std::string_view, IdEntry>>& entries() const { return entries_; }

private:
    struct Slot {
        uint32_t hash;
        uint32_t index_plus_one;  // 0: empty
    };
    static uint32_t Hash(std::string_view s) {  // FNV-1a
        uint32_t h = 2166136261u;
        for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
        return h ^ (h >> 15);
    }
    // Re-slots every entry into a table of at least min_slots (a power of two, at least 16).
    void Rehash(size_t min_slots) {
        size_t n = 16;
        while (n < min_slots) n *= 2;
        slots_.assign(n, Slot{0, 0});
        for (size_t e = 0; e < entries_.size(); ++e) {
            const uint32_t h = Hash(entries_[e].first);
            size_t i = h & (n - 1);
            while (slots_[i].index_plus_one != 0) i = (i + 1) & (n - 1);
            slots_[i] = Slot{h, static_cast<uint32_t>(e + 1)};
        }
    }

    std::vector<Slot> slots_;
    std::vector<std::pair<std::string_view, IdEntry>> entries_;
};

}  // namespace sse::load
