// fuzz_command.cpp: libFuzzer target for Explorer::Command, the text commands that embedders send
// through window.explorer.command() and the desktop --command flag. Each line of the input is one
// command, applied in order to a copy of a pristine Explorer (tests/data/tour_valid.json, or
// SSE_FUZZ_DATA); after each, the camera must be finite and the selection in range; at the end the state
// must be valid JSON and the view encodable as a hash (for one input in 8), the edited data set must read back from
// what it writes as the same data set, and undoing every document edit must give the pristine data back. At most 16 commands per input.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/dataset_loader.h"
#include "core/dataset_writer.h"
#include "core/view_state.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    sse::Explorer ex = sse_fuzz::BaseExplorer();
    size_t start = 0;
    for (int count = 0; start <= input.size() && count < 16; ++count) {
        size_t end = input.find('\n', start);
        if (end == std::string::npos) end = input.size();
        const sse::CommandResult r = ex.Command(input.substr(start, end - start));
        if (r.message.empty()) sse_fuzz::Fail("command result without a message");
        sse_fuzz::CheckExplorer(ex);
        ex.Tick(0.05);  // animations and the force layout advance between commands, as in the app
        start = end + 1;
    }
    // The state reached must be valid JSON and encodable as a view hash: checked for one input in 8 (by input
    // hash, so a finding reproduces), since encoding the state (StateJson, then parsing it) cost three times
    // as much as all the commands of an input together. EncodeViewHash parses StateJson() (nlohmann throws
    // on invalid JSON: an uncaught exception is a finding).
    if (sse_fuzz::Sampled(data, size, 8)) {
        sse_fuzz::CheckExplorer(ex, true);
        sse::EncodeViewHash(ex);
    }
    // Document edits among the commands: the data set they made (most committed in place: document_in_place.cpp)
    // is exactly what reading it as a file gives; undoing them all gives the pristine data back, byte for byte.
    if (ex.Doc().CanUndo()) {
        const sse::LoadResult reread = sse::LoadDataset(sse::WriteDataset(ex.Data()), "edited.json");
        if (!reread.ok) sse_fuzz::Fail("the edited data set does not read back as a valid file");
        if (!(reread.dataset == ex.Data())) sse_fuzz::Fail("the edited data set differs from the file it writes");
        static const std::string pristine = sse::WriteDataset(sse_fuzz::BaseExplorer().Data());
        while (ex.Doc().CanUndo())
            if (!ex.Undo().ok) sse_fuzz::Fail("undo failed");
        if (sse::WriteDataset(ex.Data()) != pristine) sse_fuzz::Fail("undoing every edit did not restore the data");
    }
    return 0;
}
