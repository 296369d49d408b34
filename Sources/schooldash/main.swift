import SchoolDashCLI
import SchoolRender

#if canImport(Glibc)
import Glibc
#endif

RenderMemory.reuseLargeBuffers()
exit(CLI.run(Array(CommandLine.arguments.dropFirst()), console: StandardConsole()).rawValue)
