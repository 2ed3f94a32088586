// Poppler's complaints (syntax errors, missing fonts …) caught through its error callback, so a
// document's messages are counted and quoted in its warnings instead of being printed to the
// terminal, often thousands of lines per file.
//
// Thread safety: poppler calls the callback from whichever thread is reading; every access to the
// collected messages holds one mutex. The messages belong to the process, not to a document: a
// process reads one document at a time (ingest workers are processes; extract reads its files
// one after another), and bb_messages_start begins a document's collection.

#include "bb_paths.h"
#include "MutedMessages.h"

#include <Error.h>

#include <cstring>
#include <mutex>
#include <string>
#include <vector>

namespace {

std::mutex lock;
size_t total = 0;
std::vector<std::string> kept;

// How many MutedMessages are alive on this thread (poppler calls back on the reading thread).
thread_local int mutedDepth = 0;

void collect(ErrorCategory, Goffset, const char *message)
{
    if (mutedDepth > 0) {
        return;
    }
    std::lock_guard<std::mutex> guard(lock);
    ++total;
    if (kept.size() < BB_MESSAGES_KEPT && message != nullptr) {
        const std::string text(message);
        for (const auto &other : kept) {
            if (other == text) {
                return;
            }
        }
        kept.push_back(text);
    }
}

} // namespace

void bb_messages_start(void)
{
    std::lock_guard<std::mutex> guard(lock);
    total = 0;
    kept.clear();
    setErrorCallback(collect);
}

size_t bb_messages_count(void)
{
    std::lock_guard<std::mutex> guard(lock);
    return total;
}

size_t bb_messages_kept(void)
{
    std::lock_guard<std::mutex> guard(lock);
    return kept.size();
}

size_t bb_messages_copy(size_t index, char *buffer, size_t size)
{
    std::lock_guard<std::mutex> guard(lock);
    if (index >= kept.size() || buffer == nullptr || size == 0) {
        return 0;
    }
    const size_t length = std::min(kept[index].size(), size - 1);
    std::memcpy(buffer, kept[index].data(), length);
    buffer[length] = '\0';
    return length;
}

MutedMessages::MutedMessages()
{
    ++mutedDepth;
}

MutedMessages::~MutedMessages()
{
    --mutedDepth;
}
