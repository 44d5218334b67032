/// The file identifier of the trailer's `/ID` (PDF 32000-1:2008, 14.4): 16 bytes derived from
/// the file's content, so the same document always gets the same identifier. Two 64-bit FNV-1a
/// hashes with different offset bases (Foundation on Linux has no MD5; the identifier needs to
/// be unique, not secret).
enum FileIdentifier {
    /// 16 bytes digesting `bytes`.
    static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var first: UInt64 = 0xCBF2_9CE4_8422_2325
        var second: UInt64 = 0x6C62_272E_07BB_0142
        let prime: UInt64 = 0x0000_0100_0000_01B3
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* prime
            second = (second ^ UInt64(byte ^ 0x5A)) &* prime
        }
        second ^= UInt64(bytes.count)
        return [first, second].flatMap { value in (0..<8).map { UInt8(truncatingIfNeeded: value >> (56 - 8 * $0)) } }
    }
}
