/// Comparisons whose running time does not depend on where the inputs differ.
public enum ConstantTime {
    /// Whether `lhs` and `rhs` hold the same bytes, examining every byte whatever the
    /// outcome. Only the lengths may leak; they are public for tokens and MACs.
    public static func isEqual(_ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        // OR the XOR of every pair: no early exit on the first difference.
        var difference: UInt8 = 0
        for (left, right) in zip(lhs, rhs) {
            difference |= left ^ right
        }
        return difference == 0
    }
}
