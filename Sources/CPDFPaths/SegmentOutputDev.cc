#include "SegmentOutputDev.h"

#include <algorithm>
#include <cmath>

#include <GfxState.h>

namespace {

// A line whose ends differ across it by at most this (points) is still horizontal or vertical:
// about the drift the pixel scan this replaced tolerated when joining rows of one line.
constexpr double axisSlack = 1.0;
// A filled rectangle no thicker than this (points) is drawn as a line, not as an area.
constexpr double thinRect = 2.0;
// Corners of a filled rectangle may differ by this much (points) from rounding.
constexpr double cornerSlack = 0.05;
// Paint at least this light (0-255 luma over a white page) is not a line anyone sees: the
// darkness threshold the pixel scan used.
constexpr double lightLuma = 200;

bool isLight(const GfxRGB &rgb, double opacity)
{
    const double luma = 255 * (0.299 * colToDbl(rgb.r) + 0.587 * colToDbl(rgb.g) + 0.114 * colToDbl(rgb.b));
    return 255 - opacity * (255 - luma) >= lightLuma;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= cornerSlack;
}

} // namespace

void SegmentOutputDev::beginTransparencyGroup(GfxState *, const double *, GfxColorSpace *, bool, bool, bool forSoftMask)
{
    groupIsMask.push_back(forSoftMask);
    openMasks += forSoftMask ? 1 : 0;
}

void SegmentOutputDev::endTransparencyGroup(GfxState *)
{
    if (groupIsMask.empty()) {
        return;
    }
    openMasks -= groupIsMask.back() ? 1 : 0;
    groupIsMask.pop_back();
}

bool SegmentOutputDev::drawsOnPage(GfxState *state) const
{
    return openMasks == 0 && state->getPath() != nullptr;
}

SegmentOutputDev::Limits SegmentOutputDev::limits(GfxState *state)
{
    double x0, y0, x1, y1;
    state->getClipBBox(&x0, &y0, &x1, &y1);
    return { std::max(x0, 0.0), std::max(y0, 0.0), std::min(x1, state->getPageWidth()), std::min(y1, state->getPageHeight()) };
}

void SegmentOutputDev::stroke(GfxState *state)
{
    GfxRGB rgb;
    state->getStrokeRGB(&rgb);
    if (!drawsOnPage(state) || isLight(rgb, state->getStrokeOpacity())) {
        return;
    }
    const Limits limits = SegmentOutputDev::limits(state);
    const double width = state->getTransformedLineWidth();
    const GfxPath *path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
        const GfxSubpath *subpath = path->getSubpath(s);
        for (int i = 0; i + 1 < subpath->getNumPoints(); ++i) {
            // A point flagged as a curve is a Bézier control point: its neighbouring pieces are curved.
            if (subpath->getCurve(i) || subpath->getCurve(i + 1)) {
                continue;
            }
            double xa, ya, xb, yb;
            state->transform(subpath->getX(i), subpath->getY(i), &xa, &ya);
            state->transform(subpath->getX(i + 1), subpath->getY(i + 1), &xb, &yb);
            add(xa, ya, xb, yb, width, limits);
        }
    }
}

void SegmentOutputDev::fillPath(GfxState *state)
{
    GfxRGB rgb;
    state->getFillRGB(&rgb);
    if (!drawsOnPage(state) || isLight(rgb, state->getFillOpacity())) {
        return;
    }
    const Limits limits = SegmentOutputDev::limits(state);
    const GfxPath *path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
        // Only rectangles: four corners, or five when the path returns to its start.
        const GfxSubpath *subpath = path->getSubpath(s);
        const int n = subpath->getNumPoints();
        if (n < 4 || n > 5) {
            continue;
        }
        double x[5], y[5];
        bool straight = true;
        for (int i = 0; i < n; ++i) {
            straight = straight && !subpath->getCurve(i);
            state->transform(subpath->getX(i), subpath->getY(i), &x[i], &y[i]);
        }
        if (!straight || (n == 5 && !(near(x[4], x[0]) && near(y[4], y[0])))) {
            continue;
        }
        bool rectangle = true;
        for (int i = 0; i < 4; ++i) {
            const int j = (i + 1) % 4, k = (i + 2) % 4;
            const bool horizontal = near(y[i], y[j]);
            // Each side runs along exactly one axis, and the sides turn at every corner.
            rectangle = rectangle && horizontal != near(x[i], x[j]) && horizontal != near(y[j], y[k]);
        }
        const double x0 = std::max(std::min({ x[0], x[1], x[2], x[3] }), limits.x0);
        const double y0 = std::max(std::min({ y[0], y[1], y[2], y[3] }), limits.y0);
        const double x1 = std::min(std::max({ x[0], x[1], x[2], x[3] }), limits.x1);
        const double y1 = std::min(std::max({ y[0], y[1], y[2], y[3] }), limits.y1);
        if (!rectangle || !(x1 >= x0 && y1 >= y0)) {
            continue;
        }
        // A thin rectangle is a line along its long side; a small square, such as the piece
        // some producers draw where two borders cross, belongs to lines both ways.
        const bool thinAcross = y1 - y0 <= thinRect, thinAlong = x1 - x0 <= thinRect;
        if (thinAcross) {
            add(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2, y1 - y0, limits);
        }
        if (thinAlong) {
            add((x0 + x1) / 2, y0, (x0 + x1) / 2, y1, x1 - x0, limits);
        }
        if (!thinAcross && !thinAlong) {
            // A dark area: its edges are the lines a reader sees.
            add(x0, y0, x1, y0, 0, limits);
            add(x0, y1, x1, y1, 0, limits);
            add(x0, y0, x0, y1, 0, limits);
            add(x1, y0, x1, y1, 0, limits);
        }
    }
}

void SegmentOutputDev::add(double xa, double ya, double xb, double yb, double width, const Limits &limits)
{
    width = std::isfinite(width) && width > 0 ? width : 0;
    const double half = width / 2;
    const double dx = std::abs(xb - xa), dy = std::abs(yb - ya);
    // Written so that a NaN or infinite coordinate fails every test and is dropped.
    if (dy <= axisSlack && dx > dy) {
        const double y = (ya + yb) / 2;
        const double x0 = std::max(std::min(xa, xb), limits.x0), x1 = std::min(std::max(xa, xb), limits.x1);
        if (y >= limits.y0 - half && y <= limits.y1 + half && x1 > x0) {
            segments.push_back({ x0, y, x1, y, width });
        }
    } else if (dx <= axisSlack && dy > dx) {
        const double x = (xa + xb) / 2;
        const double y0 = std::max(std::min(ya, yb), limits.y0), y1 = std::min(std::max(ya, yb), limits.y1);
        if (x >= limits.x0 - half && x <= limits.x1 + half && y1 > y0) {
            segments.push_back({ x, y0, x, y1, width });
        }
    }
}
