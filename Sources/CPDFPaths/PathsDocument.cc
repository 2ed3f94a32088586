#include "include/bb_paths.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>

#include <GlobalParams.h>
#include <goo/GooString.h>
#include <PDFDoc.h>
#include <Page.h>

#include "MutedMessages.h"
#include "SegmentOutputDev.h"

// Thread safety: poppler's core reads one process-wide `globalParams`. poppler-glib creates and
// destroys it through GlobalParamsIniter, a count of the documents using it kept under poppler's
// own mutex; each document here holds one such count too. So documents can be opened, read and
// closed on any threads, and globalParams never disappears under one of them (setting it
// ourselves, once, could replace it while glib was using it, or leave it null after glib's last
// document freed it). A single document is not thread-safe.
struct bb_paths_document {
    // Declared first so that it outlives the document.
    GlobalParamsIniter globalParams { nullptr };
    std::unique_ptr<PDFDoc> pdf;
};

extern "C" bb_paths_document *bb_paths_document_open(const char *path, const char *password, int *error_code)
{
    try {
        auto document = std::make_unique<bb_paths_document>();
        // poppler-glib likewise tries the one password as the owner's and the user's.
        std::optional<GooString> secret;
        if (password != nullptr) {
            secret = GooString(password);
        }
        document->pdf = std::make_unique<PDFDoc>(std::make_unique<GooString>(path), secret, secret);
        if (!document->pdf->isOk()) {
            *error_code = document->pdf->getErrorCode();
            return nullptr;
        }
        // The caller owns the document from here and frees it with bb_paths_document_close.
        return document.release();
    } catch (...) {
        // No C++ exception may reach Swift; poppler's own failures are error codes, so this is memory.
        *error_code = -1;
        return nullptr;
    }
}

extern "C" void bb_paths_document_close(bb_paths_document *document)
{
    delete document;
}

namespace {

// A page's resources without their fonts for as long as it lives. Loading a page's fonts (reading
// each embedded font file to map its codes) is most of what showing a page costs, and this pass
// draws no text: its own device skips glyphs. The fonts are put back afterwards, since pages
// inheriting the same resources share the dictionary. Only this document's thread sees it.
class HiddenFonts {
public:
    explicit HiddenFonts(Page *page) : resources(page->getResourceDict())
    {
        if (resources != nullptr) {
            fonts = resources->lookupNF("Font").copy();
            resources->remove("Font");
        }
    }

    ~HiddenFonts()
    {
        if (resources != nullptr && !fonts.isNull()) {
            resources->add("Font", std::move(fonts));
        }
    }

    HiddenFonts(const HiddenFonts &) = delete;
    HiddenFonts &operator=(const HiddenFonts &) = delete;

private:
    Dict *resources;
    Object fonts;
};

} // namespace

extern "C" int bb_paths_page_segments(bb_paths_document *document, int page_index, bb_segment **segments, size_t *count)
{
    *segments = nullptr;
    *count = 0;
    if (page_index < 0 || page_index >= document->pdf->getNumPages()) {
        return -1;
    }
    try {
        SegmentOutputDev device;
        Page *page = document->pdf->getPage(page_index + 1);
        if (page == nullptr) {
            return -1;
        }
        const HiddenFonts hidden(page);
        // Without fonts, poppler names an unknown font at every text operator: not a problem of the file.
        const MutedMessages muted;
        // 72 dpi, the page's own rotation, cropped, as displayed (not printed): the arguments
        // poppler-glib lays out a page's text with, so segments and text share coordinates.
        document->pdf->displayPage(&device, page_index + 1, 72, 72, 0, false, true, false);
        if (device.segments.empty()) {
            return 0;
        }
        auto *copy = static_cast<bb_segment *>(std::malloc(device.segments.size() * sizeof(bb_segment)));
        if (copy == nullptr) {
            return -1;
        }
        std::memcpy(copy, device.segments.data(), device.segments.size() * sizeof(bb_segment));
        // The caller owns the array from here and frees it with bb_paths_segments_free.
        *segments = copy;
        *count = device.segments.size();
        return 0;
    } catch (...) {
        // No C++ exception may reach Swift; the only one poppler's drawing can raise is bad_alloc.
        return -1;
    }
}

extern "C" void bb_paths_segments_free(bb_segment *segments)
{
    std::free(segments);
}
