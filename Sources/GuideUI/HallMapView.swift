import GuideModel
import GuideNavigation
import GuidePlan
import TerminalCanvas

/// A hall floor plan drawn with box-drawing characters, scaled to the space available. The
/// selected stand has a double border and reverse-video label (not colour alone), favourites a ★,
/// visited ones a ✓, and the stops of My plan's walking route their number ("1·A12").
enum HallMapView {
    struct Box {
        var x0: Int, y0: Int, x1: Int, y1: Int
        var width: Int { x1 - x0 }
        var height: Int { y1 - y0 }
    }

    static func draw(_ hall: Hall, route: HallRoute, state: GuideState, catalog: Catalog, into buffer: inout CellBuffer, area: Rect) {
        guard let size = hall.size, area.height >= 5 else { return }
        let exhibitors = Rows.hallExhibitors(hall.id, in: catalog)
        let byStand = Dictionary(grouping: exhibitors.filter { $0.stand?.code != nil }) { $0.stand!.code! }
        let tour = WalkingRoute(plan: state.plan, catalog: catalog).halls.first { $0.hallID == hall.id }
        var stopNumber: [String: Int] = [:]
        for (index, stop) in (tour?.stops ?? []).enumerated() where stopNumber[stop.standCode] == nil { stopNumber[stop.standCode] = index + 1 }
        var title = " \(hall.name) — \(hall.stands.count) stands, \(exhibitors.count) exhibitors"
        if let tour, !tour.stops.isEmpty {
            title += " · My plan: walk 1→\(tour.stops.count)" + (tour.start.map { start in
                if case .entrance(let name) = start { return " from " + (name ?? "the entrance") }
                return ""
            } ?? "")
        }
        buffer.put(title, x: area.x, y: area.y, style: .bold, maxWidth: area.width)
        let mapArea = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 3)
        let sx = Double(mapArea.width - 1) / Double(size.width)
        let sy = Double(mapArea.height - 1) / Double(size.height)
        func box(_ rect: GridRect) -> Box {
            Box(x0: mapArea.x + Int((Double(rect.x) * sx).rounded(.down)), y0: mapArea.y + Int((Double(rect.y) * sy).rounded(.down)),
                x1: mapArea.x + Int((Double(rect.maxX) * sx).rounded(.down)), y1: mapArea.y + Int((Double(rect.maxY) * sy).rounded(.down)))
        }
        // Walls go into a junction grid first, so shared walls join (┬ ┼ ├) instead of overlapping.
        var walls = WallGrid(area: mapArea)
        walls.add(box(GridRect(x: 0, y: 0, width: size.width, height: size.height)))
        var boxes: [(Stand, Box)] = []
        for stand in hall.stands {
            let b = box(stand.rect)
            boxes.append((stand, b))
            if b.width >= 3 && b.height >= 1 { walls.add(b) }
        }
        walls.draw(into: &buffer, style: Theme.border)
        for feature in hall.features {
            let b = box(feature.rect)
            let label = TextSanitizer.sanitizeLine(feature.name ?? feature.kind.rawValue)
            let width = max(b.width, min(DisplayWidth.of(label), mapArea.maxX - b.x0 - 1))
            buffer.put(TextLayout.truncate(label, toWidth: width), x: b.x0 + 1, y: b.y0 + max(0, b.height / 2), style: Theme.dim)
        }
        let selected = route.selectedStand
        for (stand, b) in boxes {
            let isSelected = stand.code == selected
            let here = byStand[stand.code] ?? []
            let favourites = here.filter { state.plan.contains(exhibitor: $0.id) }
            let label: String
            if let number = stopNumber[stand.code] {
                label = "\(number)·" + stand.code
            } else if !favourites.isEmpty {
                let allVisited = favourites.allSatisfy { state.plan.mark(.exhibitor($0.id))?.visited.value == true }
                label = (allVisited ? "✓" : "★") + stand.code
            } else {
                label = stand.code
            }
            if b.width < 3 || b.height < 1 {
                buffer.put(label, x: b.x0, y: b.y0, style: isSelected ? Theme.selectedStand : .plain, maxWidth: max(1, b.width + 1))
                if isSelected { buffer.cursor = (b.x0, b.y0) }
                continue
            }
            if isSelected { drawBox(b, into: &buffer, style: Theme.selectedStand.with(foreground: .yellow), double: true) }
            let labelY = b.height >= 2 ? b.y0 + 1 : b.y0
            buffer.put(TextLayout.truncate(label, toWidth: b.width - 1), x: b.x0 + 1, y: labelY, style: isSelected ? Theme.selectedStand : .bold)
            if isSelected { buffer.cursor = (b.x0 + 1, labelY) }
            if b.height >= 3, let first = here.first {
                let name = here.count > 1 ? "\(here.count) exhibitors" : TextSanitizer.sanitizeLine(first.name)
                buffer.put(TextLayout.truncate(name, toWidth: b.width - 1), x: b.x0 + 1, y: b.y0 + 2, style: Theme.dim)
            }
        }
        // What is at the selected stand.
        let infoY = area.maxY - 2
        if let code = selected {
            let here = byStand[code] ?? []
            let describe = Describe(catalog: catalog)
            let text: String
            if here.isEmpty {
                text = "Stand \(code): no exhibitor in the data"
            } else {
                let stop = stopNumber[code].map { "stop \($0) of \(tour?.stops.count ?? 0) · " } ?? ""
                text = "Stand \(code): " + stop + here.map { e in
                    (state.plan.contains(exhibitor: e.id) ? "★ " : "") + e.name + (e.country.map { " · " + describe.country($0) } ?? "")
                }.joined(separator: "; ")
            }
            buffer.put(" " + text, x: area.x, y: infoY, style: .bold, maxWidth: area.width)
            let acting = here.count > 1 ? here[route.standMember % here.count] : nil
            let keys = acting.map { " Enter opens, f adds \($0.name) (\(route.standMember % here.count + 1) of \(here.count))" } ?? " Enter opens · f adds to My plan"
            buffer.put(keys + " · ←↑↓→ move between stands", x: area.x, y: infoY + 1, style: Theme.dim, maxWidth: area.width)
        }
    }

    /// Box-drawing by junctions: each cell records which of its four sides a wall leaves through.
    struct WallGrid {
        static let up: UInt8 = 1, down: UInt8 = 2, left: UInt8 = 4, right: UInt8 = 8
        let area: Rect
        var cells: [UInt8]

        init(area: Rect) {
            self.area = area
            cells = Array(repeating: 0, count: max(0, area.width * area.height))
        }

        mutating func mark(_ x: Int, _ y: Int, _ bits: UInt8) {
            let cx = x - area.x
            let cy = y - area.y
            guard cx >= 0, cy >= 0, cx < area.width, cy < area.height else { return }
            cells[cy * area.width + cx] |= bits
        }

        mutating func add(_ b: Box) {
            guard b.width >= 1, b.height >= 1 else { return }
            for x in b.x0...b.x1 {
                let bits = (x > b.x0 ? WallGrid.left : 0) | (x < b.x1 ? WallGrid.right : 0)
                mark(x, b.y0, bits)
                mark(x, b.y1, bits)
            }
            for y in b.y0...b.y1 {
                let bits = (y > b.y0 ? WallGrid.up : 0) | (y < b.y1 ? WallGrid.down : 0)
                mark(b.x0, y, bits)
                mark(b.x1, y, bits)
            }
        }

        func draw(into buffer: inout CellBuffer, style: Style) {
            for cy in 0..<area.height {
                for cx in 0..<area.width {
                    let bits = cells[cy * area.width + cx]
                    guard bits != 0, let glyph = WallGrid.glyph(bits) else { continue }
                    buffer.put(glyph, x: area.x + cx, y: area.y + cy, style: style)
                }
            }
        }

        static func glyph(_ bits: UInt8) -> String? {
            let u = bits & up != 0, d = bits & down != 0, l = bits & left != 0, r = bits & right != 0
            switch (u, d, l, r) {
            case (false, false, true, _), (false, false, _, true): return "─"
            case (true, _, false, false), (_, true, false, false): return "│"
            case (false, true, false, true): return "┌"
            case (false, true, true, false): return "┐"
            case (true, false, false, true): return "└"
            case (true, false, true, false): return "┘"
            case (true, true, false, true): return "├"
            case (true, true, true, false): return "┤"
            case (false, true, true, true): return "┬"
            case (true, false, true, true): return "┴"
            case (true, true, true, true): return "┼"
            default: return nil
            }
        }
    }

    static func drawBox(_ b: Box, into buffer: inout CellBuffer, style: Style, double: Bool) {
        guard b.width >= 1, b.height >= 1 else { return }
        let h = double ? "═" : "─"
        let v = double ? "║" : "│"
        let corners = double ? ("╔", "╗", "╚", "╝") : ("┌", "┐", "└", "┘")
        for x in (b.x0 + 1)..<b.x1 {
            buffer.put(h, x: x, y: b.y0, style: style)
            buffer.put(h, x: x, y: b.y1, style: style)
        }
        if b.height >= 2 {
            for y in (b.y0 + 1)..<b.y1 {
                buffer.put(v, x: b.x0, y: y, style: style)
                buffer.put(v, x: b.x1, y: y, style: style)
            }
        }
        buffer.put(corners.0, x: b.x0, y: b.y0, style: style)
        buffer.put(corners.1, x: b.x1, y: b.y0, style: style)
        buffer.put(corners.2, x: b.x0, y: b.y1, style: style)
        buffer.put(corners.3, x: b.x1, y: b.y1, style: style)
    }
}
