/// Hands out unique ids in a fixed order: an item keeps the plain slug of its name when no earlier
/// item took it, else gets `-2`, `-3`... skipping every plain slug of the whole list, so a later
/// item's own slug is never taken by an earlier item's suffix. The same list always gets the same
/// ids.
struct SlugAllocator {
    private var taken: Set<String> = []
    private let plain: Set<String>

    /// `plainSlugs`: the plain slug of every item that will ask.
    init(plainSlugs: some Sequence<String>) {
        plain = Set(plainSlugs)
    }

    /// The id for an item whose plain slug is `slug` (`fallback` when it is empty).
    mutating func id(for slug: String, fallback: String) -> String {
        let base = slug.isEmpty ? fallback : slug
        if taken.insert(base).inserted { return base }
        var number = 2
        while true {
            let candidate = "\(base)-\(number)"
            if !plain.contains(candidate), taken.insert(candidate).inserted { return candidate }
            number += 1
        }
    }
}
