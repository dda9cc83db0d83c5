// import_mapper.cpp: see import_mapper.h. Tables become JSON objects (in the format's key order), the JSON is checked
// by the data set loader, and each of the loader's diagnostics is moved from its JSON pointer (/actors/3/kind) back to
// the cell the value came from.
#include "core/import_mapper.h"
#include "core/import_columns.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "core/country_table.h"
#include "core/dataset_loader.h"
#include "core/dataset_writer.h"
#include "core/diagnostic_codes.h"
#include "core/import_vocabulary.h"
#include "core/search.h"
#include "core/vocabulary.h"

namespace sse {

namespace {

using Severity = Diagnostic::Severity;
using namespace import_cells;

// Where an item of the data set came from: its table and row, and the column of each key it was given.
struct Origin {
    int table = -1;
    int row = -1;
    std::vector<std::pair<const char*, int>> columns;  // JSON key (a literal or an ImportColumn's header) -> column
};

struct Row {
    int table = 0, row = 0;
    const std::vector<int>* column_of = nullptr;  // per ImportColumn: the cell index, or -1 (the table's)
    const std::vector<std::string>* cells = nullptr;
    const std::vector<int>* attribute_columns = nullptr;  // cells kept as attributes (columns we do not know)
    const std::vector<std::string>* header = nullptr;     // the table's header row
    // The trimmed text of column `k` ("" when absent).
    std::string Get(size_t k) const {
        const int c = (*column_of)[k];
        if (c < 0 || static_cast<size_t>(c) >= cells->size()) return "";
        return Trim((*cells)[static_cast<size_t>(c)]);
    }
};

class Mapper {
public:
    Mapper(const std::vector<ImportTable>& tables, MappedImport& out, const Dataset* context)
        : tables_(tables), out_(out), context_(context) {}

    size_t carried_actors = 0, carried_territories = 0;

    void Run(const MapOptions& options) {
        for (size_t t = 0; t < tables_.size(); ++t) Classify(static_cast<int>(t));
        if (context_) {
            for (const Actor& a : context_->actors) {
                context_actor_name_.emplace(FoldForSearch(a.name), a.id);
                actor_level_.emplace(a.id, WireName(a.level));
            }
        }
        for (TableRole role : kRoles) RegisterIds(role);
        JsonNode root = JsonNode::Object();
        root.Put("format", JsonNode::Text(kFormatName));
        std::string title = options.title;
        if (title.empty()) {
            std::vector<std::string> files;
            for (const ImportTable& t : tables_) {
                if (std::find(files.begin(), files.end(), t.file) == files.end()) files.push_back(t.file);
            }
            for (size_t i = 0; i < files.size() && i < 4; ++i) title += (i ? ", " : "") + files[i];
            if (title.empty()) title = "Imported data";
        }
        root.Put("dataset", JsonNode::Object().Put("id", JsonNode::Text(options.dataset_id)).Put("title", JsonNode::Text(title)));
        JsonNode territories = BuildTerritories();
        JsonNode actors = BuildActors();
        JsonNode links = BuildLinks();
        JsonNode cases = BuildCases();
        JsonNode recommendations = BuildRecommendations();
        CarryFromContext(actors, territories);
        for (JsonNode& t : extra_territories_) territories.Push(std::move(t));
        root.Put("territories", std::move(territories));
        root.Put("actors", std::move(actors));
        root.Put("links", std::move(links));
        root.Put("cases", std::move(cases));
        root.Put("recommendations", std::move(recommendations));
        out_.json = InlineJson(root);
    }

    void Locate(std::vector<Diagnostic>& loader_diagnostics) {
        for (Diagnostic& d : loader_diagnostics) {
            const Origin* origin = nullptr;
            std::string key;
            if (!d.pointer.empty()) {
                const size_t a = d.pointer.find('/', 1);
                const std::string section = d.pointer.substr(1, a == std::string::npos ? std::string::npos : a - 1);
                if (a != std::string::npos) {
                    const size_t b = d.pointer.find('/', a + 1);
                    const long index = std::strtol(d.pointer.c_str() + a + 1, nullptr, 10);
                    if (b != std::string::npos) {
                        const size_t c = d.pointer.find('/', b + 1);
                        key = d.pointer.substr(b + 1, c == std::string::npos ? std::string::npos : c - b - 1);
                    }
                    for (size_t r = 0; r < std::size(kRoles); ++r) {
                        if (section == TableRoleName(kRoles[r]) && index >= 0 &&
                            static_cast<size_t>(index) < origins_[r].size()) {
                            origin = &origins_[r][static_cast<size_t>(index)];
                        }
                    }
                }
            }
            if (!origin || origin->table < 0) {
                // A whole-file problem (or one about the generated data set info): name the first file.
                d.file = tables_.empty() ? std::string("import") : tables_.front().file;
                d.line = 0;
                d.column = 0;
                out_.diagnostics.push_back(std::move(d));
                continue;
            }
            int column = -1;
            for (const auto& [k, c] : origin->columns) {
                if (key == k) column = c;
            }
            // The missing sources of a table without a 'sources' column were warned about once, at its header.
            bool sources_missing = false;
            for (const auto& [k, c] : origin->columns) sources_missing = sources_missing || (std::string_view(k) == "sources" && c < 0);
            if (sources_missing && d.severity == Severity::Warning && d.code == ToString(DiagnosticCode::MissingField) &&
                d.message.find("'sources'") != std::string::npos) {
                continue;
            }
            const ImportTable& table = tables_[static_cast<size_t>(origin->table)];
            std::string message = d.message;
            if (column >= 0) {
                const std::string& header = HeaderCell(origin->table, column);
                if (!header.empty()) message = "column " + QuoteForMessage(header, 60) + ": " + message;
            }
            Diagnostic located = CellDiagnostic(table, static_cast<size_t>(origin->row),
                                                static_cast<size_t>(std::max(column, 0)), d.severity, d.code, message);
            // The JSON pointer names a place in the generated JSON, not in the user's file: the cell replaces it.
            out_.diagnostics.push_back(std::move(located));
        }
    }

private:

    const std::string& HeaderCell(int table, int column) const {
        static const std::string kEmpty;
        const TableInfo& info = info_[static_cast<size_t>(table)];
        if (info.header < 0) return kEmpty;
        const auto& cells = tables_[static_cast<size_t>(table)].rows[static_cast<size_t>(info.header)];
        return static_cast<size_t>(column) < cells.size() ? cells[static_cast<size_t>(column)] : kEmpty;
    }

    void Warn(int table, int row, int column, DiagnosticCode code, std::string message) {
        out_.diagnostics.push_back(CellDiagnostic(tables_[static_cast<size_t>(table)], static_cast<size_t>(row),
                                                  static_cast<size_t>(std::max(column, 0)), Severity::Warning,
                                                  ToString(code), std::move(message)));
    }
    void Fail(int table, int row, int column, DiagnosticCode code, std::string message) {
        out_.diagnostics.push_back(CellDiagnostic(tables_[static_cast<size_t>(table)], static_cast<size_t>(row),
                                                  static_cast<size_t>(std::max(column, 0)), Severity::Error,
                                                  ToString(code), std::move(message)));
    }

    void Classify(int t) { info_.push_back(ClassifyTable(tables_, t, out_.diagnostics)); }

    // Every data row of every table with `role`, in order.
    template <typename F>
    void ForRows(TableRole role, F&& f) {
        for (size_t t = 0; t < tables_.size(); ++t) {
            const TableInfo& info = info_[t];
            if (info.role != role) continue;
            const ImportTable& table = tables_[t];
            for (size_t r = static_cast<size_t>(info.header) + 1; r < table.rows.size(); ++r) {
                Row row;
                row.table = static_cast<int>(t);
                row.row = static_cast<int>(r);
                row.column_of = &info.column_of;
                row.cells = &table.rows[r];
                row.attribute_columns = &info.attribute_columns;
                row.header = &table.rows[static_cast<size_t>(info.header)];
                bool any = false;
                for (const std::string& cell : table.rows[r]) any = any || cell.find_first_not_of(" \t\r\n") != std::string::npos;
                if (any) f(row);
            }
        }
    }

    // Rows of the tables with `role` (an upper bound of the items they make: blank rows are skipped).
    size_t RowCount(TableRole role) const {
        size_t n = 0;
        for (size_t t = 0; t < tables_.size(); ++t) {
            if (info_[t].role == role) n += tables_[t].rows.size() - static_cast<size_t>(info_[t].header) - 1;
        }
        return n;
    }

    // The index of our column `header` (a literal) among the role's columns. Asked about forty times per row: the
    // answer is kept by the literal's address (a linear search of the names was a sixth of an import's time).
    size_t Col(TableRole role, const char* header) {
        auto& cache = col_cache_[static_cast<size_t>(role)];
        auto it = cache.find(header);
        if (it != cache.end()) return it->second;
        const auto& columns = ImportColumns(role);
        size_t i = 0;
        while (i < columns.size() && std::string_view(columns[i].header) != header) ++i;
        cache.emplace(header, i);
        return i;  // columns.size() is never reached for the names used below
    }

    // Ids first, so that links and cases can refer to actors by the id a row was given or made.
    void RegisterIds(TableRole role) {
        if (role != TableRole::Actors && role != TableRole::Territories) return;
        const size_t k_id = Col(role, "id");
        const size_t k_name = Col(role, "name");
        std::vector<std::string>& final_ids = role == TableRole::Actors ? actor_ids_ : territory_ids_;
        std::unordered_set<std::string> used;
        ForRows(role, [&](const Row& row) {
            const std::string id = row.Get(k_id);
            if (!id.empty() && IsValidId(id)) used.insert(id);
        });
        ForRows(role, [&](const Row& row) {
            std::string id = row.Get(k_id);
            const std::string name = row.Get(k_name);
            std::string final_id = id;
            if (id.empty() || !IsValidId(id)) {
                std::string base = Slug(id.empty() ? name : id);
                if (base.empty()) base = std::string(role == TableRole::Actors ? "actor-" : "territory-") + std::to_string(final_ids.size() + 1);
                final_id = base;
                for (int n = 2; used.count(final_id); ++n) final_id = base + "-" + std::to_string(n);
                used.insert(final_id);
                if (!id.empty()) {
                    Warn(row.table, row.row, (*row.column_of)[k_id], DiagnosticCode::BadId,
                         "id " + QuoteForMessage(id, 60) + " is not a valid id (a-z, 0-9, '.', '_', '-'); '" + final_id +
                             "' is used instead");
                }
            }
            final_ids.push_back(final_id);
            auto& by_key = role == TableRole::Actors ? actor_by_key_ : territory_by_key_;
            if (!id.empty()) by_key.emplace(id, final_id);
            by_key.emplace(final_id, final_id);
            if (!name.empty()) by_name_[static_cast<size_t>(role)].emplace(FoldForSearch(name), final_id);
            if (role == TableRole::Actors) {
                const std::string short_name = row.Get(Col(role, "short_name"));
                if (!short_name.empty()) by_name_[static_cast<size_t>(role)].emplace(FoldForSearch(short_name), final_id);
                // As PutWord will read it, so that a link's kind is derived from the levels the actors get.
                std::string level = EnumText(row.Get(Col(role, "level")));
                if (level.empty()) level = kFallbackLevel;
                if (TableOf<Level>().Find(level) < 0) level = GuessLevel(level);
                actor_level_.emplace(final_id, level);
            }
        });
    }

    // An actor named by id or name, as its final id; the text itself when none matches (the loader then says so).
    std::string ResolveActor(const std::string& text) {
        auto it = actor_by_key_.find(text);
        if (it != actor_by_key_.end()) return it->second;
        auto by = by_name_[static_cast<size_t>(TableRole::Actors)].find(FoldForSearch(text));
        if (by != by_name_[static_cast<size_t>(TableRole::Actors)].end()) return by->second;
        if (context_) {  // an actor of the data already open
            std::string id = context_->FindActor(text) >= 0 ? text : "";
            auto named = context_actor_name_.find(FoldForSearch(text));
            if (id.empty() && named != context_actor_name_.end()) id = named->second;
            if (!id.empty()) {
                if (std::find(carry_actors_.begin(), carry_actors_.end(), id) == carry_actors_.end()) carry_actors_.push_back(id);
                return id;
            }
        }
        return text;
    }

    bool CarryTerritory(const std::string& id) {
        if (!context_) return false;
        for (const Territory& t : context_->territories) {
            if (t.id != id) continue;
            if (std::find(carry_territories_.begin(), carry_territories_.end(), id) == carry_territories_.end()) {
                carry_territories_.push_back(id);
            }
            return true;
        }
        return false;
    }

    // The carried actors and territories (with each carried territory's parents), appended unchanged.
    void CarryFromContext(JsonNode& actors, JsonNode& territories) {
        if (!context_) return;
        for (const std::string& id : carry_actors_) {
            const int i = context_->FindActor(id);
            if (i < 0) continue;
            const Actor& a = context_->actors[static_cast<size_t>(i)];
            actors.Push(ActorToJson(a));
            origins_[1].push_back(Origin{});
            ++carried_actors;
            if (!territory_by_key_.count(a.territory_id)) CarryTerritory(a.territory_id);
        }
        for (size_t k = 0; k < carry_territories_.size(); ++k) {  // grows while parents are added
            for (const Territory& t : context_->territories) {
                if (t.id != carry_territories_[k]) continue;
                territories.Push(TerritoryToJson(t));
                origins_[0].push_back(Origin{});
                ++carried_territories;
                if (!t.parent_id.empty() && !territory_by_key_.count(t.parent_id)) CarryTerritory(t.parent_id);
            }
        }
    }

    // A territory named by id, by name, or as a country (code or name: then added from the country table).
    std::string ResolveTerritory(const std::string& text, int table, int row, int column) {
        auto it = territory_by_key_.find(text);
        if (it != territory_by_key_.end()) return it->second;
        auto by = by_name_[static_cast<size_t>(TableRole::Territories)].find(FoldForSearch(text));
        if (by != by_name_[static_cast<size_t>(TableRole::Territories)].end()) return by->second;
        if (CarryTerritory(text)) return text;  // a territory of the data already open ("es-ct", "fr")
        if (const Country* c = FindCountry(text)) {
            std::string id = FoldForSearch(c->alpha2);
            if (territory_by_key_.count(id)) return id;  // a Territories table already has this id
            if (CarryTerritory(id)) return id;           // so has the data already open
            territory_by_key_.emplace(id, id);
            territory_by_key_.emplace(text, id);
            extra_territories_.push_back(JsonNode::Object()
                                             .Put("id", JsonNode::Text(id))
                                             .Put("name", JsonNode::Text(c->name))
                                             .Put("kind", JsonNode::Text("country"))
                                             .Put("lat", JsonNode::Number(c->lat))
                                             .Put("lon", JsonNode::Number(c->lon)));
            extra_origins_.push_back(Origin{table, row, {{"id", column}, {"name", column}}});
            out_.generated_territories.push_back(id);
            return id;
        }
        return text;
    }

    // Fields shared by actors, links and cases: years, confidence, quote, reasoning, sources.
    void PutProvenance(TableRole role, const Row& row, JsonNode& obj, Origin& origin, bool with_years) {
        auto col = [&](const char* h) { return (*row.column_of)[Col(role, h)]; };
        if (with_years) {
            const std::string from = row.Get(Col(role, "year_from")), to = row.Get(Col(role, "year_to"));
            const std::string note = row.Get(Col(role, "years_note"));
            if (!from.empty() || !to.empty() || !note.empty()) {
                JsonNode years = JsonNode::Object();
                if (!from.empty()) years.Put("from", NumberNode(from));
                if (!to.empty()) years.Put("to", NumberNode(to));
                if (!note.empty()) years.Put("note", JsonNode::Text(note));
                obj.Put("years", std::move(years));
                origin.columns.emplace_back("years", col(from.empty() ? "year_to" : "year_from"));
            }
        }
        std::string confidence = EnumText(row.Get(Col(role, "confidence")));
        std::string reasoning = row.Get(Col(role, "reasoning"));
        const ImportTable& table = tables_[static_cast<size_t>(row.table)];
        if (confidence.empty()) {
            // Workshop data must not be blocked by a missing tag: it is the user's own reading, and says so. A table
            // without the column was warned about once, at its header.
            confidence = "inferred";
            if (reasoning.empty()) reasoning = "Imported from " + table.file + " without a confidence tag.";
            if (col("confidence") >= 0) {
                Warn(row.table, row.row, col("confidence"), DiagnosticCode::MissingField,
                     "no confidence given (verified, brief or inferred); recorded as 'inferred'");
            }
        }
        obj.Put("confidence", JsonNode::Text(confidence));
        origin.columns.emplace_back("confidence", col("confidence"));
        const std::string quote = row.Get(Col(role, "quote"));
        if (!quote.empty()) obj.Put("quote", JsonNode::Text(quote));
        origin.columns.emplace_back("quote", col("quote"));
        if (!reasoning.empty()) obj.Put("reasoning", JsonNode::Text(reasoning));
        origin.columns.emplace_back("reasoning", col("reasoning"));
        const std::vector<std::string> urls = SplitBar(row.Get(Col(role, "sources")));
        const std::vector<std::string> titles = SplitBar(row.Get(Col(role, "source_title")));
        if (!urls.empty()) {
            JsonNode sources = JsonNode::Array();
            for (size_t i = 0; i < urls.size(); ++i) {
                sources.Push(JsonNode::Object()
                                 .Put("url", JsonNode::Text(urls[i]))
                                 .Put("title", JsonNode::Text(i < titles.size() ? titles[i] : urls[i])));
            }
            obj.Put("sources", std::move(sources));
        }
        origin.columns.emplace_back("sources", col("sources"));
    }

    void PutText(TableRole role, const Row& row, const char* header, const char* key, JsonNode& obj, Origin& origin) {
        const size_t k = Col(role, header);
        const std::string v = row.Get(k);
        if (!v.empty()) obj.Put(key, JsonNode::Text(v));
        origin.columns.emplace_back(key, (*row.column_of)[k]);
    }
    void PutEnum(TableRole role, const Row& row, const char* header, JsonNode& obj, Origin& origin) {
        const size_t k = Col(role, header);
        const std::string v = row.Get(k);
        if (!v.empty()) obj.Put(header, JsonNode::Text(EnumText(v)));
        origin.columns.emplace_back(header, (*row.column_of)[k]);
    }
    template <typename Resolve>
    void PutList(TableRole role, const Row& row, const char* header, JsonNode& obj, Origin& origin, Resolve&& resolve,
                 bool always) {
        const size_t k = Col(role, header);
        const std::vector<std::string> items = SplitBar(row.Get(k));
        if (!items.empty() || always) {
            JsonNode list = JsonNode::Array();
            for (const std::string& item : items) list.Push(JsonNode::Text(resolve(item)));
            obj.Put(header, std::move(list));
        }
        origin.columns.emplace_back(header, (*row.column_of)[k]);
    }

    // A row's kept columns (non-empty cells, keyed by their header as written), then `originals` (the texts a
    // vocabulary cell was read from), as the item's "attributes"; left out when there are none.
    void PutAttributes(const Row& row, Attributes originals, JsonNode& obj) {
        Attributes all;
        for (int c : *row.attribute_columns) {
            const size_t i = static_cast<size_t>(c);
            if (i >= row.cells->size() || i >= row.header->size()) continue;
            std::string value = Trim((*row.cells)[i]);
            if (!value.empty()) all.emplace_back(Trim((*row.header)[i]), std::move(value));
        }
        for (auto& kv : originals) all.push_back(std::move(kv));
        if (all.empty()) return;
        JsonNode map = JsonNode::Object();
        for (auto& [key, value] : all) {
            if (!map.Find(key)) map.Put(key, JsonNode::Text(std::move(value)));  // two columns of one name: the first
        }
        obj.Put("attributes", std::move(map));
    }

    // A vocabulary cell (`text`, from `column` of the row; `key` is the format's field): ours as is; another tool's
    // word read as the nearest of ours by `guess`, its text kept in `originals` and warned about once per word and
    // table; empty: `fallback` when given (warned once per table), else left out (the loader then says what is missing).
    void PutWord(const Row& row, const char* key, int column, const std::string& text, const EnumTable& vocab,
                 std::string (*guess)(const std::string&), const char* fallback, JsonNode& obj, Attributes& originals) {
        std::string word = EnumText(text);
        if (!text.empty() && vocab.Find(word) < 0) {
            const std::string mapped = guess(word);
            std::string attribute = column >= 0 ? Trim(HeaderCell(row.table, column)) : std::string(key);
            if (FoldHeader(attribute) == key) attribute += " (as written)";
            originals.emplace_back(attribute, text);
            if (warned_.insert(std::to_string(row.table) + '\x1f' + key + '\x1f' + word).second) {
                Warn(row.table, row.row, column, DiagnosticCode::BadEnum,
                     std::string(vocab.what) + " " + QuoteForMessage(text, 60) + " is not one of the explorer's (" +
                         vocab.Allowed() + "): read as '" + mapped + "', the text is kept as attribute " +
                         QuoteForMessage(attribute, 60) + " (said once for every row with this word)");
            }
            word = mapped;
        } else if (text.empty() && fallback) {
            if (warned_.insert(std::to_string(row.table) + '\x1f' + key).second) {
                const TableInfo& info = info_[static_cast<size_t>(row.table)];
                if (column < 0) {
                    Warn(row.table, info.header, 0, DiagnosticCode::MissingField,
                         std::string("no '") + key + "' column: every row is read as '" + fallback + "'");
                } else {
                    Warn(row.table, row.row, column, DiagnosticCode::MissingField,
                         std::string("no ") + vocab.what + " given: read as '" + fallback +
                             "' (said once for this table; other empty cells of this column are read the same way)");
                }
            }
            word = fallback;
        }
        if (!word.empty()) obj.Put(key, JsonNode::Text(word));
    }

    // The territory of actors that name none: one generated 'global' territory, so that such a row still loads.
    std::string UnplacedTerritory(const Row& row, int column) {
        if (warned_.insert(std::to_string(row.table) + "\x1fterritory").second) {
            const TableInfo& info = info_[static_cast<size_t>(row.table)];
            Warn(row.table, column < 0 ? info.header : row.row, column, DiagnosticCode::MissingField,
                 std::string(column < 0 ? "no 'territory' column" : "no territory given (said once for this table)") +
                     ": such actors are placed in '" + kUnplacedTerritory +
                     "' (a country code or name, e.g. 'GB', puts them on the map)");
        }
        if (!territory_by_key_.count(kUnplacedTerritory)) {
            territory_by_key_.emplace(kUnplacedTerritory, kUnplacedTerritory);
            extra_territories_.push_back(JsonNode::Object()
                                             .Put("id", JsonNode::Text(kUnplacedTerritory))
                                             .Put("name", JsonNode::Text("Place not given"))
                                             .Put("kind", JsonNode::Text("global")));
            extra_origins_.push_back(Origin{});
            out_.generated_territories.push_back(kUnplacedTerritory);
        }
        return kUnplacedTerritory;
    }

    JsonNode BuildTerritories() {
        const TableRole role = TableRole::Territories;
        JsonNode list = JsonNode::Array();
        size_t index = 0;
        ForRows(role, [&](const Row& row) {
            JsonNode obj = JsonNode::Object();
            obj.members.reserve(20);  // every field of the row: no reallocation while it is filled
            Origin origin{row.table, row.row, {}};
            origin.columns.reserve(24);
            obj.Put("id", JsonNode::Text(territory_ids_[index++]));
            origin.columns.emplace_back("id", (*row.column_of)[Col(role, "id")]);
            PutText(role, row, "name", "name", obj, origin);
            PutEnum(role, row, "kind", obj, origin);
            const std::string parent = row.Get(Col(role, "parent"));
            if (!parent.empty()) {
                auto it = territory_by_key_.find(parent);
                obj.Put("parent", JsonNode::Text(it != territory_by_key_.end() ? it->second : parent));
            }
            origin.columns.emplace_back("parent", (*row.column_of)[Col(role, "parent")]);
            for (const char* h : {"lat", "lon"}) {
                const std::string v = row.Get(Col(role, h));
                if (!v.empty()) obj.Put(h, NumberNode(v));
                origin.columns.emplace_back(h, (*row.column_of)[Col(role, h)]);
            }
            list.Push(std::move(obj));
            origins_[0].push_back(std::move(origin));
        });
        return list;
    }

    JsonNode BuildActors() {
        const TableRole role = TableRole::Actors;
        JsonNode list = JsonNode::Array();
        list.members.reserve(RowCount(role));
        size_t index = 0;
        ForRows(role, [&](const Row& row) {
            JsonNode obj = JsonNode::Object();
            obj.members.reserve(20);  // every field of the row: no reallocation while it is filled
            Origin origin{row.table, row.row, {}};
            origin.columns.reserve(24);
            obj.Put("id", JsonNode::Text(actor_ids_[index++]));
            origin.columns.emplace_back("id", (*row.column_of)[Col(role, "id")]);
            PutText(role, row, "name", "name", obj, origin);
            PutText(role, row, "short_name", "short_name", obj, origin);
            Attributes originals;
            for (const char* key : {"kind", "level"}) {
                const size_t k = Col(role, key);
                const bool kind = key[0] == 'k';
                PutWord(row, key, (*row.column_of)[k], row.Get(k), kind ? TableOf<ActorKind>() : TableOf<Level>(),
                        kind ? GuessActorKind : GuessLevel, kind ? kFallbackActorKind : kFallbackLevel, obj, originals);
                origin.columns.emplace_back(key, (*row.column_of)[k]);
            }
            const size_t k_ter = Col(role, "territory");
            const std::string territory = row.Get(k_ter);
            obj.Put("territory", JsonNode::Text(territory.empty() ? UnplacedTerritory(row, (*row.column_of)[k_ter])
                                                : ResolveTerritory(territory, row.table, row.row, (*row.column_of)[k_ter])));
            origin.columns.emplace_back("territory", (*row.column_of)[k_ter]);
            PutText(role, row, "description", "description", obj, origin);
            PutText(role, row, "website", "website", obj, origin);
            PutEnum(role, row, "silk_role", obj, origin);
            PutProvenance(role, row, obj, origin, true);
            PutAttributes(row, std::move(originals), obj);
            list.Push(std::move(obj));
            origins_[1].push_back(std::move(origin));
        });
        return list;
    }

    JsonNode BuildLinks() {
        const TableRole role = TableRole::Links;
        JsonNode list = JsonNode::Array();
        list.members.reserve(RowCount(role));
        std::unordered_set<std::string> used;
        std::unordered_map<std::string, int> next_suffix;  // base id -> suffixes used so far (no quadratic search)
        ForRows(role, [&](const Row& row) {
            const std::string id = row.Get(Col(role, "id"));
            if (IsValidId(id)) used.insert(id);
        });
        ForRows(role, [&](const Row& row) {
            JsonNode obj = JsonNode::Object();
            obj.members.reserve(20);  // every field of the row: no reallocation while it is filled
            Origin origin{row.table, row.row, {}};
            origin.columns.reserve(24);
            const std::string from = ResolveActor(row.Get(Col(role, "from")));
            const std::string to = ResolveActor(row.Get(Col(role, "to")));
            std::string relation = EnumText(row.Get(Col(role, "relation")));
            std::string direction = EnumText(row.Get(Col(role, "direction")));
            // Gephi's edge 'Type' column says whether an edge is directed, not what it means.
            if (relation == "directed" || relation == "undirected" || relation == "mutual") {
                if (direction.empty()) direction = relation;
                relation.clear();
            }
            if (direction == "directed") direction = "outward";
            if (direction == "undirected" || direction == "mutual") direction = "both";
            std::string id = row.Get(Col(role, "id"));
            if (!IsValidId(id)) {  // made from the two ids and the relation, numbered when repeated
                std::string base = id.empty() ? from + "-" + to + (relation.empty() ? "" : "-" + relation) : id;
                if (!IsValidId(base)) base = Slug(base);
                if (base.empty()) base = "link";
                std::string made = base;
                int& n = next_suffix[base];
                while (used.count(made)) made = base + "-" + std::to_string(++n + 1);
                used.insert(made);
                id = made;
            }
            obj.Put("id", JsonNode::Text(id));
            origin.columns.emplace_back("id", (*row.column_of)[Col(role, "id")]);
            if (!from.empty()) obj.Put("from", JsonNode::Text(from));
            origin.columns.emplace_back("from", (*row.column_of)[Col(role, "from")]);
            if (!to.empty()) obj.Put("to", JsonNode::Text(to));
            origin.columns.emplace_back("to", (*row.column_of)[Col(role, "to")]);
            std::string kind = EnumText(row.Get(Col(role, "kind")));
            if (kind.empty()) {  // derived from the two actors' levels, as the format defines it
                auto a = actor_level_.find(from), b = actor_level_.find(to);
                if (a != actor_level_.end() && b != actor_level_.end() && !a->second.empty() && !b->second.empty()) {
                    kind = a->second == b->second ? "horizontal" : "vertical";
                } else if (a == actor_level_.end() || b == actor_level_.end()) {
                    kind = "horizontal";  // an unknown actor is already an error that blocks the load: say only that
                }
            }
            if (!kind.empty()) obj.Put("kind", JsonNode::Text(kind));
            origin.columns.emplace_back("kind", (*row.column_of)[Col(role, "kind")]);
            Attributes originals;
            const int relation_column = (*row.column_of)[Col(role, "relation")];
            PutWord(row, "relation", relation_column, relation.empty() ? std::string() : row.Get(Col(role, "relation")),
                    TableOf<Relation>(), GuessRelation, kFallbackRelation, obj, originals);
            origin.columns.emplace_back("relation", relation_column);
            // A link's arrow runs from 'from' to 'to': without a direction column that is what it means.
            obj.Put("direction", JsonNode::Text(direction.empty() ? "outward" : direction));
            origin.columns.emplace_back("direction", (*row.column_of)[Col(role, "direction")]);
            PutList(role, row, "values", obj, origin, [](const std::string& v) { return EnumText(v); }, false);
            const std::string weight = row.Get(Col(role, "weight"));
            double w = 0;
            if (!weight.empty() && !(ParseNumber(weight, &w) && w == 1)) obj.Put("weight", NumberNode(weight));
            origin.columns.emplace_back("weight", (*row.column_of)[Col(role, "weight")]);
            const std::string year_from = row.Get(Col(role, "year_from"));
            (void)year_from;
            // years come with the provenance fields below (the format puts them before 'cases')
            JsonNode tail = JsonNode::Object();
            tail.members.reserve(8);
            PutProvenance(role, row, tail, origin, true);
            if (const JsonNode* years = tail.Find("years")) obj.Put("years", *years);
            PutList(role, row, "cases", obj, origin, [](const std::string& v) { return v; }, false);
            PutText(role, row, "description", "description", obj, origin);
            for (auto& [key, value] : tail.members) {
                if (key != "years") obj.Put(key, std::move(value));
            }
            PutAttributes(row, std::move(originals), obj);
            list.Push(std::move(obj));
            origins_[2].push_back(std::move(origin));
        });
        return list;
    }

    JsonNode BuildCases() {
        const TableRole role = TableRole::Cases;
        JsonNode list = JsonNode::Array();
        ForRows(role, [&](const Row& row) {
            JsonNode obj = JsonNode::Object();
            obj.members.reserve(20);  // every field of the row: no reallocation while it is filled
            Origin origin{row.table, row.row, {}};
            origin.columns.reserve(24);
            std::string id = row.Get(Col(role, "id"));
            if (id.empty()) id = Slug(row.Get(Col(role, "title")));
            obj.Put("id", JsonNode::Text(id));
            origin.columns.emplace_back("id", (*row.column_of)[Col(role, "id")]);
            PutText(role, row, "title", "title", obj, origin);
            const size_t k_ter = Col(role, "territory");
            const std::string territory = row.Get(k_ter);
            if (!territory.empty()) {
                obj.Put("territory", JsonNode::Text(ResolveTerritory(territory, row.table, row.row, (*row.column_of)[k_ter])));
            }
            origin.columns.emplace_back("territory", (*row.column_of)[k_ter]);
            PutText(role, row, "summary", "summary", obj, origin);
            PutList(role, row, "actors", obj, origin, [&](const std::string& v) { return ResolveActor(v); }, true);
            PutList(role, row, "links", obj, origin, [](const std::string& v) { return v; }, false);
            PutList(role, row, "recommendations", obj, origin, [](const std::string& v) { return v; }, true);
            const std::string brief = row.Get(Col(role, "brief_source"));
            if (!brief.empty()) {
                const std::string title = row.Get(Col(role, "brief_source_title"));
                obj.Put("brief_source", JsonNode::Object()
                                            .Put("url", JsonNode::Text(brief))
                                            .Put("title", JsonNode::Text(title.empty() ? brief : title)));
            }
            origin.columns.emplace_back("brief_source", (*row.column_of)[Col(role, "brief_source")]);
            PutProvenance(role, row, obj, origin, false);
            list.Push(std::move(obj));
            origins_[3].push_back(std::move(origin));
        });
        return list;
    }

    JsonNode BuildRecommendations() {
        const TableRole role = TableRole::Recommendations;
        JsonNode list = JsonNode::Array();
        ForRows(role, [&](const Row& row) {
            JsonNode obj = JsonNode::Object();
            obj.members.reserve(20);  // every field of the row: no reallocation while it is filled
            Origin origin{row.table, row.row, {}};
            origin.columns.reserve(24);
            PutText(role, row, "id", "id", obj, origin);
            const std::string number = row.Get(Col(role, "number"));
            if (!number.empty()) obj.Put("number", NumberNode(number));
            origin.columns.emplace_back("number", (*row.column_of)[Col(role, "number")]);
            PutText(role, row, "title", "title", obj, origin);
            PutText(role, row, "text", "text", obj, origin);
            PutList(role, row, "cases", obj, origin, [](const std::string& v) { return v; }, true);
            list.Push(std::move(obj));
            origins_[4].push_back(std::move(origin));
        });
        return list;
    }

public:
    void AppendExtraOrigins() {
        for (Origin& o : extra_origins_) origins_[0].push_back(std::move(o));
    }

private:
    const std::vector<ImportTable>& tables_;
    MappedImport& out_;
    std::vector<TableInfo> info_;
    std::vector<std::string> actor_ids_, territory_ids_;  // final ids, in row order
    std::unordered_map<std::string, std::string> actor_by_key_, territory_by_key_;  // given or final id -> final id
    std::unordered_map<std::string, std::string> by_name_[6];  // per TableRole: folded name -> final id
    std::unordered_map<std::string, std::string> actor_level_;  // final id -> level as written
    std::vector<JsonNode> extra_territories_;  // countries named by code or name
    std::vector<Origin> extra_origins_;
    std::unordered_set<std::string> warned_;
    std::unordered_map<const char*, size_t> col_cache_[6];  // per TableRole: Col's answers  // what a once-per-table warning was already given for
    std::vector<Origin> origins_[5];  // per section (territories, actors, links, cases, recommendations)
    const Dataset* context_ = nullptr;
    std::unordered_map<std::string, std::string> context_actor_name_;  // folded name -> id, in the open data
    std::vector<std::string> carry_actors_, carry_territories_;       // ids to carry over from the open data
};

}  // namespace

MappedImport MapTables(const std::vector<ImportTable>& tables, std::vector<Diagnostic> reader_diagnostics,
                       const MapOptions& options) {
    MappedImport out;
    out.diagnostics = std::move(reader_diagnostics);
    bool reader_failed = false;
    for (const Diagnostic& d : out.diagnostics) reader_failed = reader_failed || d.severity == Severity::Error;
    Mapper mapper(tables, out, options.context);
    mapper.Run(options);
    mapper.AppendExtraOrigins();
    LoadResult load = LoadDataset(out.json, "import");
    mapper.Locate(load.diagnostics);
    out.territories = load.dataset.territories.size();
    out.actors = load.dataset.actors.size();
    out.links = load.dataset.links.size();
    out.cases = load.dataset.cases.size();
    out.recommendations = load.dataset.recommendations.size();
    out.actors -= std::min(out.actors, mapper.carried_actors);  // what the files bring, not what they refer to
    out.territories -= std::min(out.territories, mapper.carried_territories);
    for (const Diagnostic& d : out.diagnostics) (d.severity == Severity::Error ? out.errors : out.warnings)++;
    const bool something = out.actors > 0 || out.territories > 0 || out.links > 0 || out.cases > 0;
    out.ok = out.errors == 0 && !reader_failed && something;
    // Errors first (they are what stops the load), then by file and line.
    std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.severity != b.severity) return a.severity == Severity::Error;
        if (a.file != b.file) return a.file < b.file;
        return a.line < b.line;
    });
    if (out.diagnostics.size() > static_cast<size_t>(kMaxDiagnostics)) {
        const size_t hidden = out.diagnostics.size() - static_cast<size_t>(kMaxDiagnostics);
        out.diagnostics.resize(static_cast<size_t>(kMaxDiagnostics));
        Diagnostic d;
        d.severity = out.errors > kMaxDiagnostics ? Severity::Error : Severity::Warning;
        d.file = tables.empty() ? std::string("import") : tables.front().file;
        d.code = ToString(DiagnosticCode::TooManyDiagnostics);
        d.message = std::to_string(hidden) + " more problems are not shown; fix the problems above first";
        out.diagnostics.push_back(std::move(d));
    }
    if (out.errors == 0 && !something) {
        Diagnostic d;
        d.file = tables.empty() ? std::string("import") : tables.front().file;
        d.code = ToString(DiagnosticCode::EmptyFile);
        d.message = "nothing to import: no actors table was found (name a file or sheet 'actors', or give a header row "
                    "with 'id' or 'name')";
        out.diagnostics.push_back(std::move(d));
        ++out.errors;
    }
    return out;
}

}  // namespace sse
