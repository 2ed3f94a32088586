#ifndef BB_SEGMENT_OUTPUT_DEV_H
#define BB_SEGMENT_OUTPUT_DEV_H

#include <vector>

#include <OutputDev.h>

#include "include/bb_paths.h"

class GfxPath;

// A poppler output device that paints nothing and records the straight, axis-parallel lines a
// page draws, in device space (72 dpi, upside down: poppler-glib's page coordinates).
//
// Text, images, patterns and shadings never become segments: a table border is a stroke or a
// filled rectangle, and skipping the rest is what makes this cheaper than rendering the page.
class SegmentOutputDev final : public OutputDev {
public:
    std::vector<bb_segment> segments;

    bool upsideDown() override { return true; }
    bool useDrawChar() override { return false; }
    bool interpretType3Chars() override { return false; }
    bool needNonText() override { return true; }

    // Type 3 glyphs are text: report every one as already drawn so poppler never runs it.
    bool beginType3Char(GfxState *, double, double, double, double, CharCode, const Unicode *, int) override { return true; }

    // Claiming patterns and shadings as done keeps poppler from cutting them into many small
    // fills, which would read as lines.
    bool useTilingPatternFill() override { return true; }
    bool tilingPatternFill(GfxState *, Gfx *, Catalog *, GfxTilingPattern *, const double *, int, int, int, int, double, double) override { return true; }
    bool useShadedFills(int) override { return true; }
    bool functionShadedFill(GfxState *, GfxFunctionShading *) override { return true; }
    bool axialShadedFill(GfxState *, GfxAxialShading *, double, double) override { return true; }
    bool radialShadedFill(GfxState *, GfxRadialShading *, double, double) override { return true; }
    bool gouraudTriangleShadedFill(GfxState *, GfxGouraudTriangleShading *) override { return true; }
    bool patchMeshShadedFill(GfxState *, GfxPatchMeshShading *) override { return true; }

    // The images' default handlers only skip an inline image's data, which the content stream
    // parser needs; they draw nothing, so they are kept.

    // A soft mask's content is drawn into the mask, not onto the page.
    void beginTransparencyGroup(GfxState *, const double *, GfxColorSpace *, bool, bool, bool forSoftMask) override;
    void endTransparencyGroup(GfxState *) override;

    void stroke(GfxState *state) override;
    void fill(GfxState *state) override { fillPath(state); }
    void eoFill(GfxState *state) override { fillPath(state); }

private:
    struct Limits {
        double x0, y0, x1, y1;
    };

    // One entry per open transparency group: whether it draws a soft mask.
    std::vector<bool> groupIsMask;
    int openMasks = 0;

    void fillPath(GfxState *state);
    bool drawsOnPage(GfxState *state) const;
    static Limits limits(GfxState *state);
    void add(double xa, double ya, double xb, double yb, double width, const Limits &limits);
};

#endif
