import Foundation
import Testing
@testable import SchoolMetrics

/// The loader's extension point: readers for further file endings, given by the caller.
@Suite struct InputConverterTests {
    /// "id;ward" lines, a stand-in for a kind of file the loader does not know.
    static let lines = InputConverter(endings: [".Lines"]) { bytes, name in
        let text = String(decoding: bytes, as: UTF8.self)
        guard !text.isEmpty else { return .failed(Message(en: "nothing in \(name)", vi: "không có gì trong \(name)")) }
        let records = text.split(separator: "\n").map { line -> String in
            let parts = line.split(separator: ";")
            return "{\"school\": {\"id\": \"\(parts[0])\", \"name\": \"Trường \(parts[0])\", \"ward\": \"\(parts[1])\"}, \"period\": \"2024\", \"sources\": []}"
        }
        return .records(json: Array("[\(records.joined(separator: ","))]".utf8))
    }

    private func write(_ text: String, _ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("converter-\(UUID())-\(name)").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aConvertedFileLoadsLikeJSON() throws {
        let path = try write("thcs-a;Phường 1\nthcs-b;Phường 2\n", "two.lines")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = try Loader(converters: [Self.lines]).load(paths: [path])
        #expect(loaded.records.map(\.school.id) == ["thcs-a", "thcs-b"])
        #expect(!loaded.diagnostics.hasErrors)
        // Without the converter the same file is read as JSON and refused at its first byte.
        let plain = try Loader().load(paths: [path])
        #expect(plain.records.isEmpty && plain.diagnostics.hasErrors)
    }

    @Test func aFailedConversionIsAnErrorNamingTheFileAlone() throws {
        let path = try write("", "empty.lines")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = try Loader(converters: [Self.lines]).load(paths: [path])
        let error = try #require(loaded.diagnostics.all.first)
        #expect(error.code == "unreadable-report" && error.place == SourcePlace(file: path))
        #expect(error.message.en.contains("nothing in") && error.message.vi.contains("không có gì"))
    }

    /// A missing identity field in a converted import is named with its option, at the file alone.
    @Test func aConvertedImportWithoutWardNamesTheOption() throws {
        let path = try write("thcs-a;\n", "noward.lines")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let converter = InputConverter(endings: [".lines"]) { _, _ in
            .records(json: Array("{\"school\": {\"id\": \"thcs-a\", \"name\": \"Trường A\"}, \"period\": \"2024\", \"review\": []}".utf8))
        }
        let loaded = try Loader(converters: [converter]).load(paths: [path])
        let error = try #require(loaded.diagnostics.all.first { $0.code == "missing-field" })
        #expect(error.field == "school.ward" && error.place == SourcePlace(file: path))
        #expect(error.message.en.contains("--ward") && error.message.vi.contains("--ward"))
        // A record typed by hand keeps the plain message.
        let typed = Loader().load(bytes: Array("{\"school\": {\"id\": \"thcs-a\", \"name\": \"Trường A\"}, \"period\": \"2024\"}".utf8), name: "typed.json")
        #expect(typed.diagnostics.all.first { $0.code == "missing-field" }?.message.en == "\"school.ward\" is required")
    }
}
