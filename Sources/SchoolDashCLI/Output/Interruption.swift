import Foundation

/// On SIGINT or SIGTERM, removes the temporary files being written and exits, so an
/// interrupted run leaves neither half-written nor temporary files behind.
enum Interruption {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers once; later calls do nothing.
    static func cleanUpOnSignals() {
        guard sources.isEmpty else { return }
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                TemporaryFiles.shared.removeAll()
                // `_exit`, not `exit`: the workers are still drawing, and the handlers `exit`
                // runs (library destructors, stream flushing) must not race with them.
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
