/// The `capacity` greatest elements seen, kept in a binary min-heap: O(log k) per insertion,
/// so ranking n candidates costs O(n log k) and k elements of memory.
public struct TopK<Element> {
    /// How many elements are kept.
    public let capacity: Int
    private let isBefore: (Element, Element) -> Bool
    private var heap: [Element] = []

    /// An empty selection; `isBefore(a, b)` is true when `a` ranks before (is better than) `b`,
    /// a strict total order so that the result does not depend on the order of insertion.
    public init(capacity: Int, by isBefore: @escaping (Element, Element) -> Bool) {
        precondition(capacity > 0, "a top-k keeps at least one element")
        self.capacity = capacity
        self.isBefore = isBefore
        heap.reserveCapacity(capacity)
    }

    /// Offers `element`: kept when fewer than `capacity` are held or it beats the worst one.
    public mutating func insert(_ element: Element) {
        if heap.count < capacity {
            heap.append(element)
            siftUp(heap.count - 1)
        } else if isBefore(element, heap[0]) {
            heap[0] = element
            siftDown(0)
        }
    }

    /// The worst element kept, once `capacity` are held: what a new one must beat.
    public var threshold: Element? {
        heap.count == capacity ? heap.first : nil
    }

    /// The elements kept, best first.
    public var sorted: [Element] {
        heap.sorted(by: isBefore)
    }

    // The root is the worst element kept: a parent ranks after its children.
    private mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard isBefore(heap[parent], heap[child]) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ index: Int) {
        var parent = index
        while true {
            var worst = parent
            let left = 2 * parent + 1
            let right = left + 1
            if left < heap.count, isBefore(heap[worst], heap[left]) { worst = left }
            if right < heap.count, isBefore(heap[worst], heap[right]) { worst = right }
            guard worst != parent else { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
