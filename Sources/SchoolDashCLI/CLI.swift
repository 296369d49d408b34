import SchoolMetrics
import SchoolRender

/// The `schooldash` command: parses the words, runs the command, returns the exit code.
public enum CLI {
    public static func run(_ arguments: [String], console: Console) -> ExitCode {
        switch ArgumentParser.parse(arguments) {
        case .failure(let error):
            console.err("schooldash: \(error.message)")
            console.err("Try 'schooldash \(error.command.map { "\($0) " } ?? "")--help'.")
            return .usage
        case .success(let invocation):
            return run(invocation, console: console)
        }
    }

    static func run(_ invocation: Invocation, console: Console) -> ExitCode {
        switch invocation {
        case .help(let topic):
            guard let text = HelpText.text(for: topic) else {
                console.err("schooldash: no help for '\(topic ?? "")'")
                return .usage
            }
            console.out(text)
            return .ok
        case .version:
            console.out("schooldash \(HelpText.version)")
            return .ok
        case .check(let options):
            return CheckCommand(options: options, console: console).run()
        case .build(let options):
            return BuildCommand(options: options, console: console).run()
        case .metrics(let options):
            return MetricsCommand(options: options, console: console).run()
        case .charts(let options):
            return ChartsCommand(options: options, console: console).run()
        case .summary(let options):
            return SummaryCommand(options: options, console: console).run()
        case .report(let options):
            return ReportCommand(options: options, console: console).run()
        case .mergeManifests(let options):
            return MergeManifestsCommand(options: options, console: console).run()
        case .sample(let options):
            return SampleCommand(options: options, console: console).run()
        case .gallery(let options):
            return GalleryCommand(options: options, console: console).run()
        case .importReports(let options):
            return ImportCommand(options: options, console: console).run()
        case .template(let options):
            return TemplateCommand(options: options, console: console).run()
        }
    }

    /// Loads the inputs, reports (.txt, .docx) imported on the fly, or says why they cannot be
    /// read (a usage or I/O error); `workers` read files and records at once.
    static func load(_ inputs: [String], console: Console, language: Language, maxFileSize megabytes: Int = 100,
                     workers: Int = 1) -> Loader.Result? {
        do {
            return try Loader(maximumFileSize: megabytes << 20, converters: [ReportInputs.converter], workers: workers).load(paths: inputs)
        } catch {
            console.err("schooldash: \(error.path): \(error.message.text(language))")
            return nil
        }
    }

    /// The output folder, checked before any work, or nil after saying why it cannot be used.
    static func outputFolder(_ path: String, console: Console) -> OutputFolder? {
        do {
            return try OutputFolder(path)
        } catch {
            console.err("schooldash: \(error)")
            return nil
        }
    }

    /// The drawing engine with its fonts checked, or nil after saying what is missing.
    static func renderer(console: Console) -> Renderer? {
        do {
            return try Renderer()
        } catch {
            console.err("schooldash: \(error)")
            return nil
        }
    }
}
