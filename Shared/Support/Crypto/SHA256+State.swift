extension SHA256 {
    /// The eight working words H0…H7 of FIPS 180-4 §6.2.
    struct State: Sendable {
        var h0, h1, h2, h3, h4, h5, h6, h7: UInt32

        /// FIPS 180-4 §5.3.3: the first 32 bits of the fractional parts of the square roots
        /// of the first eight primes.
        static let initial = State(
            h0: 0x6a09_e667, h1: 0xbb67_ae85, h2: 0x3c6e_f372, h3: 0xa54f_f53a,
            h4: 0x510e_527f, h5: 0x9b05_688c, h6: 0x1f83_d9ab, h7: 0x5be0_cd19)

        /// The digest: H0…H7 big-endian (FIPS 180-4 §6.2.2, step 4).
        var bytes: [UInt8] {
            var bytes = [UInt8](repeating: 0, count: SHA256.byteCount)
            bytes.withUnsafeMutableBytes { buffer in
                for (index, word) in [h0, h1, h2, h3, h4, h5, h6, h7].enumerated() {
                    buffer.storeBytes(of: word.bigEndian, toByteOffset: index * 4, as: UInt32.self)
                }
            }
            return bytes
        }

        /// Processes one 64-byte block (FIPS 180-4 §6.2.2), using `schedule` (64 words) as
        /// scratch space so that no block allocates.
        mutating func compress(_ block: UnsafeRawPointer, schedule w: UnsafeMutablePointer<UInt32>) {
            for t in 0..<16 {
                w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self))
            }
            for t in 16..<64 {
                let s0 = w[t - 15].rotatedRight(7) ^ w[t - 15].rotatedRight(18) ^ (w[t - 15] >> 3)
                let s1 = w[t - 2].rotatedRight(17) ^ w[t - 2].rotatedRight(19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var a = h0
            var b = h1
            var c = h2
            var d = h3
            var e = h4
            var f = h5
            var g = h6
            var h = h7
            // Eight rounds per turn, each naming the words where they now are instead of moving
            // all eight along (h = g, g = f…): the same rounds, with fewer instructions.
            SHA256.roundConstants.withUnsafeBufferPointer { k in
                for t in stride(from: 0, to: 64, by: 8) {
                    Self.round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
                    Self.round(h, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
                    Self.round(g, h, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
                    Self.round(f, g, h, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
                    Self.round(e, f, g, &h, a, b, c, &d, k[t + 4] &+ w[t + 4])
                    Self.round(d, e, f, &g, h, a, b, &c, k[t + 5] &+ w[t + 5])
                    Self.round(c, d, e, &f, g, h, a, &b, k[t + 6] &+ w[t + 6])
                    Self.round(b, c, d, &e, f, g, h, &a, k[t + 7] &+ w[t + 7])
                }
            }
            h0 &+= a
            h1 &+= b
            h2 &+= c
            h3 &+= d
            h4 &+= e
            h5 &+= f
            h6 &+= g
            h7 &+= h
        }

        /// One round of FIPS 180-4 §6.2.2 step 3 on the words in the order a…h, with `kw`
        /// = K(t) + W(t): d becomes d + T1 (the next e), h becomes T1 + T2 (the next a).
        @inline(__always)
        private static func round(
            _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
            _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
        ) {
            let sum1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
            let choice = (e & f) ^ (~e & g)
            let t1 = h &+ sum1 &+ choice &+ kw
            let sum0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            d &+= t1
            h = t1 &+ sum0 &+ majority
        }
    }

    /// FIPS 180-4 §4.2.2: the first 32 bits of the fractional parts of the cube roots of
    /// the first sixty-four primes.
    static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2
    ]
}

extension UInt32 {
    /// ROTR^n of FIPS 180-4 §3.2.
    @inline(__always)
    fileprivate func rotatedRight(_ count: UInt32) -> UInt32 {
        (self >> count) | (self << (32 - count))
    }
}
