/// The exit codes every command uses.
public enum ExitCode: Int32, Sendable {
    /// Everything went well (warnings alone too).
    case ok = 0
    /// The data have errors.
    case dataErrors = 1
    /// The command line is wrong, or a file or folder cannot be read or written.
    case usage = 2
}
