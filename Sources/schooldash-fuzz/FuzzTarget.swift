import Foundation
import SchoolMetrics

/// The fuzz target of `make fuzz`: bytes as a JSON file (first byte even) or a CSV file (odd),
/// through the loader and the validator. A crash, a trap, a hang, or an error without a line is
/// a finding. Built with `-sanitize=fuzzer -DFUZZING`, libFuzzer drives it; built normally (as
/// every `swift build` does), it replays the files it is given, which is how findings are checked.
enum FuzzTarget {
    static func run(_ bytes: [UInt8]) {
        if let error = FuzzInput.check(bytes).unlocatedErrors.first {
            preconditionFailure("error \(error.code) has no line")
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("cannot read \(path)")
                exit(2)
            }
            FuzzTarget.run(Array(data))
            print("\(path): ok")
        }
    }
}
#endif
