import GuideModel

/// Moving between stands on a floor plan with the arrow keys: the nearest stand whose centre
/// lies in that direction, preferring stands straight ahead over ones off to the side.
public enum StandNavigator {
    /// The top-left-most stand, where a plan opens.
    public static func firstStand(in hall: Hall) -> Stand? {
        hall.stands.min { ($0.rect.y, $0.rect.x, $0.code) < ($1.rect.y, $1.rect.x, $1.code) }
    }

    /// The nearest stand lying wholly beyond `code`'s edge in `direction`; among those, the gap
    /// counts once and the sideways offset of the centres three times, so straight ahead wins.
    public static func neighbour(of code: String, _ direction: Direction, in hall: Hall) -> Stand? {
        guard let from = hall.stand(code: code) else { return firstStand(in: hall) }
        let f = from.rect
        var best: (score: Int, stand: Stand)?
        for stand in hall.stands where stand.code != code {
            let s = stand.rect
            let gap: Int
            let side: Int
            switch direction {
            case .up:
                guard s.maxY <= f.y else { continue }
                (gap, side) = (f.y - s.maxY, abs((s.x * 2 + s.width) - (f.x * 2 + f.width)))
            case .down:
                guard s.y >= f.maxY else { continue }
                (gap, side) = (s.y - f.maxY, abs((s.x * 2 + s.width) - (f.x * 2 + f.width)))
            case .left:
                guard s.maxX <= f.x else { continue }
                (gap, side) = (f.x - s.maxX, abs((s.y * 2 + s.height) - (f.y * 2 + f.height)))
            case .right:
                guard s.x >= f.maxX else { continue }
                (gap, side) = (s.x - f.maxX, abs((s.y * 2 + s.height) - (f.y * 2 + f.height)))
            }
            let score = gap * 2 + side * 3
            if best == nil || score < best!.score || (score == best!.score && stand.code < best!.stand.code) {
                best = (score, stand)
            }
        }
        return best?.stand
    }
}
