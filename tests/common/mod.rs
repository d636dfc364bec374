//! What the native tests of several crates share (each includes this file by path; the rules
//! beside it are shared with the fuzz targets too).

/// A small deterministic generator (xorshift64*) for generated test input: the same seed gives
/// the same cases, so a failure names a case that replays.
pub struct Rng(pub u64);

impl Rng {
    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// One of `items`.
    #[allow(dead_code, reason = "not every test file picks from a list")]
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}
