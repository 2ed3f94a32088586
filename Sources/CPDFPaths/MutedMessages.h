#pragma once

// Poppler's messages raised on this thread are dropped while a MutedMessages is alive: the paths
// pass shows a page without its fonts (see PathsDocument.cc), so poppler complains of an unknown
// font at every text operator; the text pass reads the same page and reports its real problems.
class MutedMessages {
public:
    MutedMessages();
    ~MutedMessages();
    MutedMessages(const MutedMessages &) = delete;
    MutedMessages &operator=(const MutedMessages &) = delete;
};
