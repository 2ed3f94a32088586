internal import CXlsxWriter

extension Workbook {
    /// The workbook's format for `style`, made once; formats belong to the workbook and are
    /// freed with it.
    func format(_ style: CellStyle?) throws(WorkbookError) -> UnsafeMutablePointer<lxw_format>? {
        guard let style else { return nil }
        if let known = formats[style] { return known }
        guard let workbook = try openHandle(), let format = workbook_add_format(workbook) else {
            throw WorkbookError(file: path, reason: "cannot add a cell format")
        }
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if let size = style.fontSize { format_set_font_size(format, size) }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        switch style.fill {
        case .solid(let color):
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, color)
        case .hatched(let color):
            // A pattern's lines take the foreground colour, its gaps the background.
            format_set_pattern(format, UInt8(LXW_PATTERN_LIGHT_UP.rawValue))
            format_set_fg_color(format, color)
            format_set_bg_color(format, 0xFFFFFF)
        case nil:
            break
        }
        if let color = style.fontColor { format_set_font_color(format, color) }
        if style.indent > 0 { format_set_indent(format, UInt8(style.indent)) }
        if style.wrap { format_set_text_wrap(format) }
        if style.border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if style.centered { format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue)) }
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        formats[style] = format
        return format
    }
}
