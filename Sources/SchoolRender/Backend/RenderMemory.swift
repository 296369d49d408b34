internal import CCairo

/// How the process hands out memory for page images.
public enum RenderMemory {
    /// Page images are 5–10 MB buffers made and freed for every page. glibc maps such buffers
    /// fresh from the kernel each time, which zeroes every page: a third of the time of a PNG.
    /// Served from the heap instead, they are reused. Call once, at the start of a program.
    public static func reuseLargeBuffers() {
        mallopt(M_MMAP_THRESHOLD, 64 << 20)
        mallopt(M_TRIM_THRESHOLD, 256 << 20)
    }
}
