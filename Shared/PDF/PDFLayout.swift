/// Lays blocks out on pages: each block wrapped to the column, set from the top margin down, a
/// new page where the next line would cross the bottom margin, and the footer "Page i sur n".
struct PDFLayout: Sendable {
    var style: PDFLayoutStyle

    /// A block wrapped to the column, before it is placed on a page.
    private struct Measured {
        var text: PDFLayoutStyle.Text
        /// The lines, each with its left edge.
        var lines: [(x: Double, runs: [PDFPage.Run])]
        /// Kept on the same page as the first line of the next block (titles and headings).
        var keepWithNext = false
        /// Drawn at the margin on the first line's baseline (a bullet).
        var marker: PDFPage.Run?
    }

    private enum Item {
        case text(Measured)
        case space(Double)
        case pageBreak
    }

    /// The pages of `blocks`, with their footers; one page at least.
    func pages(for blocks: [PDFBlock]) -> [PDFPage] {
        let items = blocks.map(measure)
        var pages: [PDFPage] = []
        var page = PDFPage()
        let top = style.pageHeight - style.marginTop
        var y = top

        func newPage() {
            pages.append(page)
            page = PDFPage()
            y = top
        }

        for (index, item) in items.enumerated() {
            switch item {
            case .pageBreak:
                if !page.lines.isEmpty { newPage() }
            case .space(let height):
                if !page.lines.isEmpty { y -= height }
            case .text(let block):
                if block.keepWithNext, !page.lines.isEmpty, y - keptHeight(from: index, in: items) < style.marginBottom
                {
                    newPage()
                }
                if !page.lines.isEmpty { y -= block.text.spaceBefore }
                for (number, line) in block.lines.enumerated() {
                    if y - block.text.leading < style.marginBottom, !page.lines.isEmpty { newPage() }
                    let baseline = y - block.text.leading * 0.78
                    if number == 0, let marker = block.marker {
                        page.lines.append(.init(x: style.marginLeft, y: baseline, runs: [marker]))
                    }
                    if !line.runs.isEmpty { page.lines.append(.init(x: line.x, y: baseline, runs: line.runs)) }
                    y -= block.text.leading
                }
                y -= block.text.spaceAfter
            }
        }
        // A break at the end opens no blank page.
        if !page.lines.isEmpty || pages.isEmpty { pages.append(page) }
        return addingFooters(to: pages)
    }

    /// The height from the block at `index` (a title or heading) down to the first line of the
    /// first block it is kept with, through spacers and other headings.
    private func keptHeight(from index: Int, in items: [Item]) -> Double {
        var height = 0.0
        var current = index
        while current < items.count {
            switch items[current] {
            case .pageBreak: return height
            case .space(let space): height += space
            case .text(let block):
                let lines = block.keepWithNext ? block.lines.count : min(1, block.lines.count)
                height += block.text.spaceBefore + Double(lines) * block.text.leading
                if !block.keepWithNext { return height }
                height += block.text.spaceAfter
            }
            current += 1
        }
        return height
    }

    private func addingFooters(to pages: [PDFPage]) -> [PDFPage] {
        pages.enumerated().map { index, page in
            var page = page
            let footer = style.footer
            let text = WinAnsiEncoding.encode("Page \(index + 1) sur \(pages.count)")
            let run = PDFPage.Run(font: footer.font, size: footer.size, bytes: text)
            page.lines.append(.init(x: (style.pageWidth - run.width) / 2, y: style.footerBaseline, runs: [run]))
            return page
        }
    }

    private func measure(_ block: PDFBlock) -> Item {
        let left = style.marginLeft
        let column = PDFTextWrapper(width: style.columnWidth)
        func wrapped(_ text: PDFLayoutStyle.Text, _ string: String) -> [(x: Double, runs: [PDFPage.Run])] {
            column.lines([.init(font: text.font, size: text.size, text: string)]).map { (left, $0) }
        }
        switch block {
        case .title(let string):
            return .text(Measured(text: style.title, lines: wrapped(style.title, string), keepWithNext: true))
        case .heading(let string):
            return .text(Measured(text: style.heading, lines: wrapped(style.heading, string), keepWithNext: true))
        case .paragraph(let string):
            return .text(Measured(text: style.body, lines: wrapped(style.body, string)))
        case .note(let string):
            return .text(Measured(text: style.note, lines: wrapped(style.note, string)))
        case .field(let label, let value):
            let text = style.field
            let bold = PDFFont.helveticaBold
            // French typography: a non-breaking space before the colon.
            let lines = column.lines([
                .init(font: bold, size: text.size, text: label + "\u{00A0}:"),
                .init(font: text.font, size: text.size, text: " " + value)
            ])
            return .text(Measured(text: text, lines: lines.map { (left, $0) }))
        case .bullet(let string):
            let text = style.bullet
            let indented = PDFTextWrapper(width: style.columnWidth - style.bulletIndent)
            var lines = indented.lines([.init(font: text.font, size: text.size, text: string)])
                .map { (x: left + style.bulletIndent, runs: $0) }
            if lines.isEmpty { lines = [(left + style.bulletIndent, [])] }
            // The bullet (0x95) is drawn apart at the margin, on the first line's baseline.
            let bullet = PDFPage.Run(font: text.font, size: text.size, bytes: [0x95])
            return .text(Measured(text: text, lines: lines, marker: bullet))
        case .spacer:
            return .space(style.spacer)
        case .pageBreak:
            return .pageBreak
        }
    }
}
