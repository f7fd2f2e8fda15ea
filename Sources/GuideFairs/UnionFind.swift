/// Disjoint sets over 0..<count (path halving, union by size): the grouping of entries into
/// companies. Which element ends up as a root depends on the order of unions, the sets do not.
struct UnionFind {
    private var parent: [Int32]
    private var size: [Int32]

    init(count: Int) {
        parent = (0..<Int32(count)).map { $0 }
        size = [Int32](repeating: 1, count: count)
    }

    mutating func root(_ element: Int32) -> Int32 {
        var node = element
        while parent[Int(node)] != node {
            let grandparent = parent[Int(parent[Int(node)])]
            parent[Int(node)] = grandparent
            node = grandparent
        }
        return node
    }

    mutating func union(_ a: Int32, _ b: Int32) {
        var rootA = root(a)
        var rootB = root(b)
        guard rootA != rootB else { return }
        if size[Int(rootA)] < size[Int(rootB)] { swap(&rootA, &rootB) }
        parent[Int(rootB)] = rootA
        size[Int(rootA)] += size[Int(rootB)]
    }
}
